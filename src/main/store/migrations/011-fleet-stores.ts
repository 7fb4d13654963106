// The hub's register of paired stores (issue 18): one-time pairing codes and the stores' tokens, as sha-256
// hashes only. A single wall never fills them; they exist in both stores so that one suite holds them alike.
import type { Migration } from './migration.ts';

export const migration011FleetStores: Migration = {
  version: 11,
  name: 'fleet stores',
  up(db) {
    db.exec(`
      CREATE TABLE fleet_pairing_codes (
        code_hash  TEXT PRIMARY KEY,
        store_name TEXT NOT NULL,
        profile_id TEXT,
        created_at INTEGER NOT NULL,  -- epoch ms
        expires_at INTEGER NOT NULL,
        used_at    INTEGER
      );
      CREATE TABLE fleet_stores (
        id              TEXT PRIMARY KEY,
        name            TEXT NOT NULL,
        device_name     TEXT NOT NULL,
        profile_id      TEXT,
        token_hash      TEXT NOT NULL UNIQUE,
        paired_at       INTEGER NOT NULL,
        last_contact_at INTEGER,
        version         TEXT,
        revoked_at      INTEGER
      );
    `);
  },
};
