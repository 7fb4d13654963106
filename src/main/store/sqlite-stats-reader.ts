// The statistics' reads on SQLite (the stats panel), on the read-only connection: rollups kept by triggers and
// bounded index ranges, never a scan of the table. Memory-policy posts are added in.
import { NETWORKS, type Network } from '../../shared/post.ts';
import type { AnswerStats, HourlyCount, NetworkCount, RatingStats, SentimentSplit } from '../../shared/stats.ts';
import type { MemoryPostView, NetworkTally } from './memory-post-cache.ts';
import { SqliteAnswerStats } from './sqlite-answer-stats.ts';
import type { ReadableDB } from './sqlite-handles.ts';
import { SqliteHourlyCounts } from './sqlite-hourly-counts.ts';
import { SqliteLiveCounts } from './sqlite-live-counts.ts';
import { SqliteRatingStats } from './sqlite-rating-stats.ts';
import { SqliteSentimentSplit } from './sqlite-sentiment-split.ts';
import type { AnswerFactsCursor, AnswerFactsPage, PageCursor, SentimentPage, StatsReader } from './store-api.ts';

export class SqliteStatsReader implements StatsReader {
  private readonly liveCounts: SqliteLiveCounts;
  private readonly hourly: SqliteHourlyCounts;
  private readonly sentiment: SqliteSentimentSplit;
  private readonly answers: SqliteAnswerStats;
  private readonly ratings: SqliteRatingStats;

  constructor(
    db: ReadableDB,
    private readonly memory: MemoryPostView,
    private readonly now: () => number,
  ) {
    this.liveCounts = new SqliteLiveCounts(db);
    this.hourly = new SqliteHourlyCounts(db, memory);
    this.sentiment = new SqliteSentimentSplit(db, memory);
    this.answers = new SqliteAnswerStats(db, memory);
    this.ratings = new SqliteRatingStats(db, memory);
  }

  async countsPerNetwork(sinceMs: number): Promise<NetworkCount[]> {
    const tally: Map<Network, NetworkTally> = this.memory.tallyPerNetwork(sinceMs);
    for (const row of this.liveCounts.countsSince(sinceMs, this.now())) {
      const network = NETWORKS.find((n) => n === row.network);
      if (!network) continue;
      const counts = tally.get(network) ?? { today: 0, total: 0 };
      tally.set(network, { today: counts.today + row.today, total: counts.total + row.total });
    }
    // A network is listed when it has a post on the wall (the rollup's parts may each add zero).
    return NETWORKS.flatMap((network) => {
      const counts = tally.get(network);
      return counts && counts.total > 0 ? [{ network, today: counts.today, total: counts.total }] : [];
    });
  }

  async hourlyCounts(nowMs: number, hours: number): Promise<HourlyCount[]> {
    return this.hourly.lastHours(nowMs, hours);
  }

  async sentimentSplit(sinceMs: number, nowMs: number, untilMs: number = nowMs): Promise<SentimentSplit> {
    return this.sentiment.since(sinceMs, nowMs, untilMs);
  }

  async sentimentPage(
    sinceMs: number,
    untilMs: number,
    nowMs: number,
    after: PageCursor | undefined,
    limit: number,
  ): Promise<SentimentPage> {
    return this.sentiment.page(sinceMs, untilMs, nowMs, after, limit);
  }

  async answerStats(sinceMs: number, nowMs: number, targetSeconds: number): Promise<Omit<AnswerStats, 'windowHours'>> {
    return this.answers.answers(sinceMs, nowMs, targetSeconds);
  }

  async answerFacts(
    sinceMs: number,
    untilMs: number,
    nowMs: number,
    after: AnswerFactsCursor | undefined,
    limit: number,
  ): Promise<AnswerFactsPage> {
    return this.answers.factsPage(sinceMs, untilMs, nowMs, after, limit);
  }

  async ratingStats(nowMs: number): Promise<RatingStats> {
    return this.ratings.onTheWall(nowMs);
  }
}
