// What the wall remembers about itself between two starts, as keys and values. First key: the fingerprint of the
// moderation rules the stored posts were last judged by (`moderation-rules`), so that rules edited in
// config.json while the wall was stopped are applied to the stored posts at the next start.
import type { Migration } from './migration.ts';

export const migration006WallState: Migration = {
  version: 6,
  name: 'wall state',
  up(db) {
    db.exec(`
      CREATE TABLE wall_state (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT
      ) STRICT;
    `);
  },
};
