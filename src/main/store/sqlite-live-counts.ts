// Live posts per network in the SQLite file, in O(hour buckets) rather than O(rows): the stats tick runs it
// up to once a second while posts stream in. Three disjoint parts, read in one snapshot:
// - persisted posts without TTL: the live_posts_per_hour rollup (migration 002), whole hours since `since`;
// - the same posts in [since, first hour start ≥ since): counted exactly (a day may start at a :30 offset);
// - TTL posts not yet expired: counted live, as no write marks the moment they leave the wall.
import type Database from 'better-sqlite3';
import { firstHourStartAtOrAfter } from './hour-bucket.ts';
import type { ReadableDB } from './sqlite-handles.ts';

/** Whole hours: the rollup's buckets from `@boundary` on count as "since". */
export const ROLLUP_COUNTS_SQL =
  `SELECT network, SUM(post_count * (hour_start >= @boundary)) AS today, SUM(post_count) AS total` +
  ` FROM live_posts_per_hour GROUP BY network`;

/**
 * The partial hour before `@boundary`, bounded on a created_at index. `state = 'live'` is written literally so
 * that SQLite may also pick posts_live_feed, which covers every column the count needs.
 */
export const PARTIAL_SPAN_COUNTS_SQL =
  `SELECT network, COUNT(*) AS today, 0 AS total FROM posts` +
  ` WHERE state = 'live' AND expires_at IS NULL AND created_at >= @since AND created_at < @boundary` +
  ` GROUP BY network`;

/** `expires_at > @now` implies NOT NULL, so SQLite walks the partial index posts_expiry: only TTL rows. */
export const TTL_COUNTS_SQL =
  `SELECT network, SUM(created_at >= @since) AS today, COUNT(*) AS total FROM posts` +
  ` WHERE expires_at > @now AND state = 'live' GROUP BY network`;

export interface LiveCountRow {
  network: string;
  today: number;
  total: number;
}

type CountParams = Record<string, number>;

export class SqliteLiveCounts {
  private readonly rollupStatement: Database.Statement<[CountParams], LiveCountRow>;
  private readonly partialSpanStatement: Database.Statement<[CountParams], LiveCountRow>;
  private readonly ttlStatement: Database.Statement<[CountParams], LiveCountRow>;
  /** One read transaction: a write committed between the three statements cannot count a post twice or never. */
  private readonly readInOneSnapshot: (sinceMs: number, nowMs: number) => LiveCountRow[];

  constructor(db: ReadableDB) {
    this.rollupStatement = db.prepare(ROLLUP_COUNTS_SQL);
    this.partialSpanStatement = db.prepare(PARTIAL_SPAN_COUNTS_SQL);
    this.ttlStatement = db.prepare(TTL_COUNTS_SQL);
    this.readInOneSnapshot = db.transaction((sinceMs: number, nowMs: number) => {
      const boundary = firstHourStartAtOrAfter(sinceMs);
      return [
        ...this.rollupStatement.all({ boundary }),
        ...(boundary > sinceMs ? this.partialSpanStatement.all({ since: sinceMs, boundary }) : []),
        ...this.ttlStatement.all({ since: sinceMs, now: nowMs }),
      ];
    });
  }

  /** Rows per network from each part (a network may appear up to three times); `today`: created since `sinceMs`. */
  countsSince(sinceMs: number, nowMs: number): LiveCountRow[] {
    return this.readInOneSnapshot(sinceMs, nowMs);
  }
}
