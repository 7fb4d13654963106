// The hub's schema on PostgreSQL, as numbered steps like SQLite's (../migrations/). It starts at the shape
// SQLite reached at its version 10, in one step: PostgreSQL stores never held an older one. Counts per network
// are read with aggregates over partial indexes; the answer window, tone and themes from the rollups the writer
// keeps (step 3: pg-rollup-schema.ts, pg-rollup-keeper.ts), as on SQLite.
import { ANSWER_ROLLUPS_SQL } from './pg-rollup-schema.ts';
import { FLEET_UPDATE_REPORTS_SQL } from '../migrations/013-fleet-update-reports.ts';

export interface PgMigration {
  version: number;
  name: string;
  sql: string;
}

const INITIAL = `
  CREATE TABLE posts (
    row_id       BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE, -- insertion order: the keyset pages' tie-break
    key          TEXT PRIMARY KEY,
    source_id    TEXT NOT NULL,
    network      TEXT NOT NULL,
    kind         TEXT NOT NULL,
    parent_key   TEXT,
    root_key     TEXT,
    is_brand     SMALLINT NOT NULL,
    created_at   BIGINT NOT NULL,        -- epoch ms
    state        TEXT NOT NULL,          -- live | hidden | deleted (a tombstone)
    rating       DOUBLE PRECISION,
    expires_at   BIGINT,                 -- epoch ms, cache policy "ttl" only
    content_hash TEXT NOT NULL,          -- tells an edit from a re-fetch
    json         TEXT,                   -- the full post; NULL once deleted
    sentiment    TEXT,
    intent       TEXT,
    theme        TEXT,                   -- a complaint's theme, set by the enrich step
    moderated_by TEXT                    -- 'admin' once a person hid or restored the post
  );
  CREATE INDEX posts_live_feed ON posts (created_at DESC, network, source_id, expires_at) WHERE state = 'live';
  CREATE INDEX posts_by_time ON posts (created_at, network);
  CREATE INDEX posts_expiry ON posts (expires_at) WHERE expires_at IS NOT NULL;
  CREATE INDEX posts_hidden ON posts (expires_at) WHERE state = 'hidden';
  CREATE INDEX posts_customer_by_time ON posts (created_at, row_id) WHERE state = 'live' AND is_brand = 0;
  CREATE INDEX posts_awaiting_answer ON posts (created_at) WHERE state = 'live' AND is_brand = 0 AND intent IS NOT NULL;
  CREATE INDEX posts_by_parent ON posts (parent_key, is_brand, created_at) WHERE parent_key IS NOT NULL;
  CREATE INDEX posts_by_root ON posts (root_key, is_brand, created_at) WHERE root_key IS NOT NULL;

  CREATE TABLE source_state (
    source_id       TEXT PRIMARY KEY,
    cursor          TEXT,
    invalid_items   INTEGER NOT NULL,
    last_success_at TEXT
  );

  CREATE TABLE moderation_audit (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    post_key    TEXT NOT NULL,
    network     TEXT NOT NULL,
    author      TEXT NOT NULL,
    excerpt     TEXT NOT NULL,
    action      TEXT NOT NULL,      -- hide | restore
    why         TEXT NOT NULL,
    who         TEXT NOT NULL,      -- rule | admin
    at          BIGINT NOT NULL,    -- epoch ms
    restored_at BIGINT
  );
  CREATE INDEX moderation_audit_by_post ON moderation_audit (post_key);

  CREATE TABLE wall_state (
    key   TEXT PRIMARY KEY,
    value TEXT
  );
`;

/** The hub's register of paired stores (SQLite's migration 011). */
const FLEET_STORES = `
  CREATE TABLE fleet_pairing_codes (
    code_hash  TEXT PRIMARY KEY,
    store_name TEXT NOT NULL,
    profile_id TEXT,
    created_at BIGINT NOT NULL,  -- epoch ms
    expires_at BIGINT NOT NULL,
    used_at    BIGINT
  );
  CREATE TABLE fleet_stores (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    device_name     TEXT NOT NULL,
    profile_id      TEXT,
    token_hash      TEXT NOT NULL UNIQUE,
    paired_at       BIGINT NOT NULL,
    last_contact_at BIGINT,
    version         TEXT,
    revoked_at      BIGINT
  );
`;

/** A hub's settings, shared by its processes (src/main/fleet/hub-settings.ts): one row, its secrets sealed. */
const HUB_SETTINGS = `
  CREATE TABLE hub_settings (
    id         SMALLINT PRIMARY KEY CHECK (id = 1),
    config     JSONB NOT NULL,
    version    BIGINT NOT NULL,
    updated_at BIGINT NOT NULL  -- epoch ms
  );
`;

export const PG_MIGRATIONS: readonly PgMigration[] = [
  { version: 1, name: 'initial (SQLite version 10)', sql: INITIAL },
  { version: 2, name: 'fleet stores (SQLite version 11)', sql: FLEET_STORES },
  { version: 3, name: 'statistics rollups, kept by the writer (SQLite versions 10 and 12)', sql: ANSWER_ROLLUPS_SQL },
  { version: 4, name: 'fleet update reports (SQLite version 13)', sql: FLEET_UPDATE_REPORTS_SQL },
  { version: 5, name: "the hub's settings, shared by its processes (no SQLite counterpart)", sql: HUB_SETTINGS },
];

export const PG_LATEST_VERSION = PG_MIGRATIONS.at(-1)?.version ?? 0;
