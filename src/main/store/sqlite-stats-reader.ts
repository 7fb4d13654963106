// The statistics' reads on SQLite (the stats panel), on the read-only connection: rollups kept by triggers and
// bounded index ranges, never a scan of the table. Memory-policy posts are added in.
import { NETWORKS, type Network } from '../../shared/post.ts';
import type { HourlyCount, NetworkCount, RatingStats, SentimentSplit } from '../../shared/stats.ts';
import type { MemoryPostView, NetworkTally } from './memory-post-cache.ts';
import { SqliteAnswerRollups } from './sqlite-answer-rollups.ts';
import type { ReadableDB } from './sqlite-handles.ts';
import { SqliteHourlyCounts } from './sqlite-hourly-counts.ts';
import { SqliteLiveCounts } from './sqlite-live-counts.ts';
import { SqliteRatingStats } from './sqlite-rating-stats.ts';
import type { AnswerWindow, StatsReader, ThemeWeeks, WaitingRow } from './store-api.ts';

export class SqliteStatsReader implements StatsReader {
  private readonly liveCounts: SqliteLiveCounts;
  private readonly hourly: SqliteHourlyCounts;
  private readonly answers: SqliteAnswerRollups;
  private readonly ratings: SqliteRatingStats;

  constructor(
    db: ReadableDB,
    private readonly memory: MemoryPostView,
    private readonly now: () => number,
  ) {
    this.liveCounts = new SqliteLiveCounts(db);
    this.hourly = new SqliteHourlyCounts(db, memory);
    this.answers = new SqliteAnswerRollups(db, memory);
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

  async answerWindow(sinceHourMs: number, targetSeconds: number, oldest: number): Promise<AnswerWindow> {
    return this.answers.answerWindow(sinceHourMs, targetSeconds, oldest);
  }

  async waitingPosts(limit: number): Promise<{ total: number; posts: WaitingRow[] }> {
    return this.answers.allWaiting(limit);
  }

  async toneSince(sinceHourMs: number): Promise<SentimentSplit> {
    return this.answers.toneSince(sinceHourMs);
  }

  async themeWeeks(sinceHourMs: number, untilMs: number): Promise<ThemeWeeks> {
    return this.answers.themeWeeks(sinceHourMs, untilMs);
  }

  async ratingStats(nowMs: number): Promise<RatingStats> {
    return this.ratings.onTheWall(nowMs);
  }
}
