// Brute force, for the tests of the live_posts_per_hour rollup: what the counts must be, computed straight
// from the posts table (the query the reader ran before the rollup) and grouped in TypeScript.
import Database from 'better-sqlite3';
import { NETWORKS } from '../../../src/shared/post.ts';
import type { NetworkCount } from '../../../src/shared/stats.ts';
import { mulberry32 } from '../../../src/connectors/demo/seeded-random.ts';

const HOUR_MS = 3_600_000;

export interface BucketRow {
  network: string;
  hour_start: number;
  post_count: number;
}

/** What live_posts_per_hour must hold: live posts without TTL per network and floored hour, no empty rows. */
export function bruteForceBuckets(db: Database.Database): BucketRow[] {
  const rows = db
    .prepare<[], { network: string; created_at: number }>(
      `SELECT network, created_at FROM posts WHERE state = 'live' AND expires_at IS NULL`,
    )
    .all();
  const counts = new Map<string, BucketRow>();
  for (const { network, created_at } of rows) {
    const hourStart = Math.floor(created_at / HOUR_MS) * HOUR_MS;
    const id = `${network}\u0000${hourStart}`;
    const bucket = counts.get(id) ?? { network, hour_start: hourStart, post_count: 0 };
    bucket.post_count += 1;
    counts.set(id, bucket);
  }
  return [...counts.values()].sort(byNetworkThenHour);
}

export function rollupBuckets(db: Database.Database): BucketRow[] {
  const rows = db.prepare<[], BucketRow>('SELECT network, hour_start, post_count FROM live_posts_per_hour').all();
  return rows.sort(byNetworkThenHour);
}

/** A live post in memory (cache policy "memory"), as the test knows it. */
export interface MemoryPostFact {
  network: string;
  createdMs: number;
}

/** countsPerNetwork as it must be: a direct GROUP BY over the file, plus the memory posts the test holds. */
export function bruteForceCounts(
  path: string,
  sinceMs: number,
  nowMs: number,
  memoryPosts: Iterable<MemoryPostFact>,
): NetworkCount[] {
  const db = new Database(path, { readonly: true });
  const rows = db
    .prepare<[number, number], { network: string; today: number; total: number }>(
      `SELECT network, SUM(created_at >= ?) AS today, COUNT(*) AS total FROM posts
       WHERE state = 'live' AND (expires_at IS NULL OR expires_at > ?) GROUP BY network`,
    )
    .all(sinceMs, nowMs);
  db.close();
  const tally = new Map(rows.map((row) => [row.network, { today: row.today, total: row.total }]));
  for (const post of memoryPosts) {
    const counts = tally.get(post.network) ?? { today: 0, total: 0 };
    counts.total += 1;
    if (post.createdMs >= sinceMs) counts.today += 1;
    tally.set(post.network, counts);
  }
  return NETWORKS.flatMap((network) => {
    const counts = tally.get(network);
    return counts ? [{ network, ...counts }] : [];
  });
}

function byNetworkThenHour(a: BucketRow, b: BucketRow): number {
  return a.network < b.network ? -1 : a.network > b.network ? 1 : a.hour_start - b.hour_start;
}

/** A seeded generator, so that a failing random run can be replayed. */
export const seededRandom = mulberry32;
