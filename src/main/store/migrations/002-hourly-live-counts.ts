// Statistics in O(buckets): live posts per (network, hour), kept exact by triggers on posts, so that the stats
// tick never scans the posts table (30 days of posts made it stall the event loop).
import type { Migration } from './migration.ts';

/**
 * A row contributes when it is live and has no cache TTL. TTL rows leave the wall when their time runs out,
 * without any write a trigger could see: the reader counts those few live, through posts_expiry.
 */
const CONTRIBUTES = (row: 'NEW' | 'OLD'): string => `(${row}.state = 'live' AND ${row}.expires_at IS NULL)`;

/**
 * The start of the hour holding `ms`, in epoch ms. Floored (SQLite's % truncates toward zero) so that every
 * post of a bucket lies in [start, start + 1 h), which the reader's exact partial-span count relies on.
 * The reader's ../hour-bucket.ts assumes this flooring.
 */
const HOUR_START = (ms: string): string => `(${ms} - ((${ms} % 3600000) + 3600000) % 3600000)`;

/** Both contributions fall in the same bucket: an update that keeps them needs no rollup write. */
const SAME_BUCKET = `(OLD.network = NEW.network AND ${HOUR_START('OLD.created_at')} = ${HOUR_START('NEW.created_at')})`;

const ADD_NEW = `
  INSERT INTO live_posts_per_hour (network, hour_start, post_count)
  VALUES (NEW.network, ${HOUR_START('NEW.created_at')}, 1)
  ON CONFLICT (network, hour_start) DO UPDATE SET post_count = post_count + 1;`;

// An empty bucket is removed, so that retention bounds the rollup as it bounds posts.
const REMOVE_OLD = `
  UPDATE live_posts_per_hour SET post_count = post_count - 1
  WHERE network = OLD.network AND hour_start = ${HOUR_START('OLD.created_at')};
  DELETE FROM live_posts_per_hour
  WHERE network = OLD.network AND hour_start = ${HOUR_START('OLD.created_at')} AND post_count <= 0;`;

/** The columns whose change can move a contribution; edits of anything else do not fire the triggers. */
const COUNTED_COLUMNS = 'state, network, created_at, expires_at';

export const migration002HourlyLiveCounts: Migration = {
  version: 2,
  name: 'hourly live counts',
  up(db) {
    db.exec(`
      -- Live posts without TTL per network and hour (hour_start: epoch ms, a multiple of 3,600,000). Keyed by
      -- network first: the stats read walks it once in key order and groups without sorting.
      CREATE TABLE live_posts_per_hour (
        network    TEXT NOT NULL,
        hour_start INTEGER NOT NULL,
        post_count INTEGER NOT NULL,
        PRIMARY KEY (network, hour_start)
      ) STRICT, WITHOUT ROWID;

      INSERT INTO live_posts_per_hour (network, hour_start, post_count)
      SELECT network, ${HOUR_START('created_at')}, COUNT(*) FROM posts
      WHERE state = 'live' AND expires_at IS NULL
      GROUP BY 1, 2;

      -- Ingest's INSERT ... ON CONFLICT DO NOTHING fires this only for a new row: one upsert per post.
      CREATE TRIGGER live_posts_per_hour_on_insert AFTER INSERT ON posts
      WHEN ${CONTRIBUTES('NEW')}
      BEGIN ${ADD_NEW}
      END;

      -- Retention purge (and the TTL purge, whose rows never contributed).
      CREATE TRIGGER live_posts_per_hour_on_delete AFTER DELETE ON posts
      WHEN ${CONTRIBUTES('OLD')}
      BEGIN ${REMOVE_OLD}
      END;

      -- An update moves a contribution only when one side contributes and the other is absent or elsewhere
      -- (deleted, hidden, given a TTL, or edited to another hour or network).
      CREATE TRIGGER live_posts_per_hour_on_update_remove AFTER UPDATE OF ${COUNTED_COLUMNS} ON posts
      WHEN ${CONTRIBUTES('OLD')} AND NOT (${CONTRIBUTES('NEW')} AND ${SAME_BUCKET})
      BEGIN ${REMOVE_OLD}
      END;

      CREATE TRIGGER live_posts_per_hour_on_update_add AFTER UPDATE OF ${COUNTED_COLUMNS} ON posts
      WHEN ${CONTRIBUTES('NEW')} AND NOT (${CONTRIBUTES('OLD')} AND ${SAME_BUCKET})
      BEGIN ${ADD_NEW}
      END;
    `);
  },
};
