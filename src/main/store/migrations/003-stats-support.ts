// What the statistics panel needs, kept cheap to read while posts stream (the stats tick runs up to once a second):
// the sentiment the ingest's enrich step computed, as a column so that the split is SQL; thread lookups for the
// answer rate; a time index over customer posts so that "today" and "the last 7 days" walk only their window;
// and a per-network rollup of ratings so that the average over the whole wall never scans the table.
import type { Migration } from './migration.ts';

/** The rating rollup holds live reviews and tips by customers, without TTL (TTL rows are counted live, as in 002). */
const RATED = (row: 'NEW' | 'OLD'): string =>
  `(${row}.state = 'live' AND ${row}.expires_at IS NULL AND ${row}.rating IS NOT NULL` +
  ` AND ${row}.kind IN ('review', 'tip') AND ${row}.is_brand = 0)`;

/** Milli-stars, as integers: adding and removing the same ratings for months never drifts. */
const MILLIS = (row: 'NEW' | 'OLD'): string => `CAST(ROUND(${row}.rating * 1000) AS INTEGER)`;

const ADD_NEW = `
  INSERT INTO live_rating_totals (network, rated_posts, rating_millis)
  VALUES (NEW.network, 1, ${MILLIS('NEW')})
  ON CONFLICT (network) DO UPDATE SET rated_posts = rated_posts + 1, rating_millis = rating_millis + ${MILLIS('NEW')};`;

const REMOVE_OLD = `
  UPDATE live_rating_totals SET rated_posts = rated_posts - 1, rating_millis = rating_millis - ${MILLIS('OLD')}
  WHERE network = OLD.network;
  DELETE FROM live_rating_totals WHERE network = OLD.network AND rated_posts <= 0;`;

const RATED_COLUMNS = 'state, network, kind, is_brand, rating, expires_at';

export const migration003StatsSupport: Migration = {
  version: 3,
  name: 'stats support',
  up(db) {
    db.exec(`
      -- positive | neutral | negative, set by the enrich step; NULL for posts stored before it existed, for
      -- languages it does not read, and for tombstones.
      ALTER TABLE posts ADD COLUMN sentiment TEXT;
      UPDATE posts SET sentiment = json_extract(json, '$.sentiment') WHERE json IS NOT NULL;

      -- Customer posts on the wall by time: today's sentiment split and the answer window read a range of it
      -- and nothing else. Covering, so that neither reads a table row.
      CREATE INDEX posts_customer_by_time ON posts (created_at, kind, sentiment, expires_at, parent_key, key)
        WHERE state = 'live' AND is_brand = 0;

      -- Threads: the brand's first reply to a post, by parent or by root. Covering the reply's checks.
      CREATE INDEX posts_by_parent ON posts (parent_key, is_brand, created_at, state, expires_at)
        WHERE parent_key IS NOT NULL;
      CREATE INDEX posts_by_root ON posts (root_key, is_brand, created_at, state, expires_at)
        WHERE root_key IS NOT NULL;

      CREATE TABLE live_rating_totals (
        network       TEXT PRIMARY KEY NOT NULL,
        rated_posts   INTEGER NOT NULL,
        rating_millis INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;

      INSERT INTO live_rating_totals (network, rated_posts, rating_millis)
      SELECT network, COUNT(*), SUM(CAST(ROUND(rating * 1000) AS INTEGER)) FROM posts
      WHERE state = 'live' AND expires_at IS NULL AND rating IS NOT NULL AND kind IN ('review', 'tip') AND is_brand = 0
      GROUP BY network;

      CREATE TRIGGER live_rating_totals_on_insert AFTER INSERT ON posts
      WHEN ${RATED('NEW')}
      BEGIN ${ADD_NEW}
      END;

      CREATE TRIGGER live_rating_totals_on_delete AFTER DELETE ON posts
      WHEN ${RATED('OLD')}
      BEGIN ${REMOVE_OLD}
      END;

      -- An edit that keeps the same rating on the same network writes nothing.
      CREATE TRIGGER live_rating_totals_on_update_remove AFTER UPDATE OF ${RATED_COLUMNS} ON posts
      WHEN ${RATED('OLD')} AND NOT (${RATED('NEW')} AND OLD.network = NEW.network AND OLD.rating = NEW.rating)
      BEGIN ${REMOVE_OLD}
      END;

      CREATE TRIGGER live_rating_totals_on_update_add AFTER UPDATE OF ${RATED_COLUMNS} ON posts
      WHEN ${RATED('NEW')} AND NOT (${RATED('OLD')} AND OLD.network = NEW.network AND OLD.rating = NEW.rating)
      BEGIN ${ADD_NEW}
      END;
    `);
  },
};
