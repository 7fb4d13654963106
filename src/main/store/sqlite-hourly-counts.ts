// Live posts per network and hour over the last N hours, for the stats panel's chart. Same three parts as
// sqlite-live-counts.ts, all bounded by the window: the 002 rollup's buckets (read by primary key, one range
// per network), TTL posts not yet expired (posts_expiry), and the memory posts.
import type Database from 'better-sqlite3';
import { NETWORKS, type Network } from '../../shared/post.ts';
import type { HourlyCount } from '../../shared/stats.ts';
import { HOUR_MS, hourStartOf } from './hour-bucket.ts';
import type { MemoryPostView } from './memory-post-cache.ts';
import type { ReadableDB } from './sqlite-handles.ts';

/** `network IN (every network)` lets SQLite seek the (network, hour_start) key once per network. */
export const ROLLUP_HOURS_SQL =
  `SELECT network, hour_start, post_count FROM live_posts_per_hour` +
  ` WHERE network IN (${NETWORKS.map((n) => `'${n}'`).join(', ')}) AND hour_start >= @from AND hour_start < @to`;

export const TTL_HOURS_SQL =
  `SELECT network, created_at - ((created_at % ${HOUR_MS}) + ${HOUR_MS}) % ${HOUR_MS} AS hour_start, COUNT(*) AS post_count` +
  ` FROM posts WHERE expires_at > @now AND state = 'live' AND created_at >= @from AND created_at < @to GROUP BY 1, 2`;

interface HourRow {
  network: string;
  hour_start: number;
  post_count: number;
}

type HourParams = Record<string, number>;

export class SqliteHourlyCounts {
  private readonly readInOneSnapshot: (from: number, to: number, now: number) => HourRow[];

  constructor(
    db: ReadableDB,
    private readonly memory: MemoryPostView,
  ) {
    const rollup: Database.Statement<[HourParams], HourRow> = db.prepare(ROLLUP_HOURS_SQL);
    const ttl: Database.Statement<[HourParams], HourRow> = db.prepare(TTL_HOURS_SQL);
    this.readInOneSnapshot = db.transaction((from: number, to: number, now: number) => [
      ...rollup.all({ from, to }),
      ...ttl.all({ from, to, now }),
    ]);
  }

  /** `hours` entries, oldest first; the last is the hour holding `nowMs` (so far). Empty hours are zero. */
  lastHours(nowMs: number, hours: number): HourlyCount[] {
    const to = hourStartOf(nowMs) + HOUR_MS;
    const from = to - hours * HOUR_MS;
    const buckets = Array.from({ length: hours }, () => new Map<Network, number>());
    const add = (network: string, hourStart: number, count: number): void => {
      const known = NETWORKS.find((n) => n === network);
      const bucket = buckets[(hourStart - from) / HOUR_MS];
      if (!known || !bucket || count <= 0) return;
      bucket.set(known, (bucket.get(known) ?? 0) + count);
    };
    for (const row of this.readInOneSnapshot(from, to, nowMs)) add(row.network, row.hour_start, row.post_count);
    for (const { post, createdMs } of this.memory.entries()) {
      if (post.state === 'live' && createdMs >= from && createdMs < to) add(post.network, hourStartOf(createdMs), 1);
    }
    return buckets.map((bucket, i) => ({
      hourStart: new Date(from + i * HOUR_MS).toISOString(),
      perNetwork: Object.fromEntries(bucket),
    }));
  }
}
