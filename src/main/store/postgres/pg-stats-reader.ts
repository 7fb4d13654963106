// The statistics' reads on PostgreSQL (the same answers as ../sqlite-stats-reader.ts): aggregates over the
// partial indexes of live posts, each read bounded by its window, plus the memory-policy posts.
import { NETWORKS, type Network } from '../../../shared/post.ts';
import type { HourlyCount, NetworkCount, RatingStats, SentimentSplit } from '../../../shared/stats.ts';
import { HOUR_MS, hourStartOf } from '../hour-bucket.ts';
import type { MemoryPostView } from '../memory-post-cache.ts';
import type { AnswerWindow, StatsReader, ThemeWeeks, WaitingRow } from '../store-api.ts';
import { PgAnswerRollups } from './pg-answer-rollups.ts';
import type { Queryable } from './pg-pool.ts';

const LIVE = `state = 'live' AND (expires_at IS NULL OR expires_at > $1)`;
const HOUR_START = `(created_at - ((created_at % ${HOUR_MS}) + ${HOUR_MS}) % ${HOUR_MS})`;

export class PgStatsReader implements StatsReader {
  private readonly answers: PgAnswerRollups;

  constructor(
    private readonly db: Queryable,
    private readonly memory: MemoryPostView,
    private readonly now: () => number,
  ) {
    this.answers = new PgAnswerRollups(db, memory);
  }

  async countsPerNetwork(sinceMs: number): Promise<NetworkCount[]> {
    const tally = this.memory.tallyPerNetwork(sinceMs);
    const { rows } = await this.db.query<{ network: string; today: number; total: number }>(
      `SELECT network, COUNT(*) FILTER (WHERE created_at >= $2) AS today, COUNT(*) AS total
       FROM posts WHERE ${LIVE} GROUP BY network`,
      [this.now(), sinceMs],
    );
    for (const row of rows) {
      const network = NETWORKS.find((n) => n === row.network);
      if (!network) continue;
      const counts = tally.get(network) ?? { today: 0, total: 0 };
      tally.set(network, { today: counts.today + row.today, total: counts.total + row.total });
    }
    return NETWORKS.flatMap((network) => {
      const counts = tally.get(network);
      return counts && counts.total > 0 ? [{ network, today: counts.today, total: counts.total }] : [];
    });
  }

  async hourlyCounts(nowMs: number, hours: number): Promise<HourlyCount[]> {
    const to = hourStartOf(nowMs) + HOUR_MS;
    const from = to - hours * HOUR_MS;
    const buckets = Array.from({ length: hours }, () => new Map<Network, number>());
    const add = (network: string, hourStart: number, count: number): void => {
      const known = NETWORKS.find((n) => n === network);
      const bucket = buckets[(hourStart - from) / HOUR_MS];
      if (!known || !bucket || count <= 0) return;
      bucket.set(known, (bucket.get(known) ?? 0) + count);
    };
    const { rows } = await this.db.query<{ network: string; hour_start: number; post_count: number }>(
      `SELECT network, ${HOUR_START} AS hour_start, COUNT(*) AS post_count FROM posts
       WHERE ${LIVE} AND created_at >= $2 AND created_at < $3 GROUP BY 1, 2`,
      [nowMs, from, to],
    );
    for (const row of rows) add(row.network, row.hour_start, row.post_count);
    for (const { post, createdMs } of this.memory.entries()) {
      if (post.state === 'live' && createdMs >= from && createdMs < to) add(post.network, hourStartOf(createdMs), 1);
    }
    return buckets.map((bucket, i) => ({
      hourStart: new Date(from + i * HOUR_MS).toISOString(),
      perNetwork: Object.fromEntries(bucket),
    }));
  }

  async answerWindow(sinceHourMs: number, targetSeconds: number, oldest: number): Promise<AnswerWindow> {
    return this.answers.answerWindow(sinceHourMs, targetSeconds, oldest);
  }

  async waitingPosts(limit: number): Promise<{ total: number; posts: WaitingRow[] }> {
    return this.answers.waitingPosts(limit);
  }

  async toneSince(sinceHourMs: number): Promise<SentimentSplit> {
    return this.answers.toneSince(sinceHourMs);
  }

  async themeWeeks(sinceHourMs: number, untilMs: number): Promise<ThemeWeeks> {
    return this.answers.themeWeeks(sinceHourMs, untilMs);
  }

  async ratingStats(nowMs: number): Promise<RatingStats> {
    const { rows } = await this.db.query<{ rated: number; millis: number | null }>(
      `SELECT COUNT(*) AS rated, SUM(ROUND(rating * 1000)) AS millis FROM posts
       WHERE ${LIVE} AND rating IS NOT NULL AND kind IN ('review', 'tip') AND is_brand = 0`,
      [nowMs],
    );
    let count = rows[0]?.rated ?? 0;
    let millis = rows[0]?.millis ?? 0;
    for (const { post } of this.memory.entries()) {
      const rated = post.kind === 'review' || post.kind === 'tip';
      if (post.state !== 'live' || post.author.isBrand || !rated || post.rating === undefined) continue;
      count += 1;
      millis += Math.round(post.rating * 1000);
    }
    return { average: count > 0 ? millis / count / 1000 : null, count };
  }
}
