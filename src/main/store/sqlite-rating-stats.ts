// The average rating of the reviews and tips on the wall, from the live_rating_totals rollup (migration 003),
// plus the few TTL rows not yet expired (counted live, as no write marks their leaving) and the memory posts.
import type Database from 'better-sqlite3';
import type { RatingStats } from '../../shared/stats.ts';
import type { MemoryPostView } from './memory-post-cache.ts';
import type { ReadableDB } from './sqlite-handles.ts';

export const ROLLUP_RATING_SQL =
  'SELECT COALESCE(SUM(rated_posts), 0) AS rated_posts, COALESCE(SUM(rating_millis), 0) AS rating_millis FROM live_rating_totals';

/** `expires_at > @now` implies NOT NULL: SQLite walks the partial index posts_expiry, only TTL rows. */
export const TTL_RATING_SQL =
  `SELECT COUNT(*) AS rated_posts, COALESCE(SUM(CAST(ROUND(rating * 1000) AS INTEGER)), 0) AS rating_millis FROM posts` +
  ` WHERE expires_at > @now AND state = 'live' AND rating IS NOT NULL AND kind IN ('review', 'tip') AND is_brand = 0`;

interface RatingRow {
  rated_posts: number;
  rating_millis: number;
}

export class SqliteRatingStats {
  private readonly readInOneSnapshot: (nowMs: number) => RatingRow[];

  constructor(
    db: ReadableDB,
    private readonly memory: MemoryPostView,
  ) {
    const rollup: Database.Statement<[], RatingRow> = db.prepare(ROLLUP_RATING_SQL);
    const ttl: Database.Statement<[{ now: number }], RatingRow> = db.prepare(TTL_RATING_SQL);
    this.readInOneSnapshot = db.transaction((nowMs: number) => [...rollup.all(), ...ttl.all({ now: nowMs })]);
  }

  onTheWall(nowMs: number): RatingStats {
    let count = 0;
    let millis = 0;
    for (const row of this.readInOneSnapshot(nowMs)) {
      count += row.rated_posts;
      millis += row.rating_millis;
    }
    for (const { post } of this.memory.entries()) {
      const rated = post.kind === 'review' || post.kind === 'tip';
      if (post.state !== 'live' || post.author.isBrand || !rated || post.rating === undefined) continue;
      count += 1;
      millis += Math.round(post.rating * 1000);
    }
    return { average: count > 0 ? millis / count / 1000 : null, count };
  }
}
