// The first schema: posts keyed by "network:nativeId", plus what each source needs to resume after a restart.
import type { Migration } from './migration.ts';

export const migration001Initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE posts (
        key          TEXT PRIMARY KEY NOT NULL,
        source_id    TEXT NOT NULL,
        network      TEXT NOT NULL,
        kind         TEXT NOT NULL,
        parent_key   TEXT,
        root_key     TEXT,
        is_brand     INTEGER NOT NULL,
        created_at   INTEGER NOT NULL,       -- epoch ms
        state        TEXT NOT NULL,          -- live | hidden | deleted (a tombstone)
        rating       REAL,
        expires_at   INTEGER,                -- epoch ms, cache policy "ttl" only
        content_hash TEXT NOT NULL,          -- of the post without fetch-time fields: tells an edit from a re-fetch
        json         TEXT                    -- the full post; NULL once deleted (the author's content is not kept)
      ) STRICT;

      -- The hot feed query: newest live posts for a panel. Covering the panel filter and the TTL check means
      -- SQLite walks this index newest first and reads a table row only for the posts it returns.
      CREATE INDEX posts_live_feed ON posts (created_at DESC, network, source_id, expires_at)
        WHERE state = 'live';

      -- Statistics over time, and retention (which removes tombstones too, hence not partial).
      CREATE INDEX posts_by_time ON posts (created_at, network);

      -- The TTL purge.
      CREATE INDEX posts_expiry ON posts (expires_at) WHERE expires_at IS NOT NULL;

      CREATE TABLE source_state (
        source_id       TEXT PRIMARY KEY NOT NULL,
        cursor          TEXT,
        invalid_items   INTEGER NOT NULL,
        last_success_at TEXT
      ) STRICT;
    `);
  },
};
