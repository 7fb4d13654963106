// Moderation: the audit log of every post hidden or restored (by a rule or by a person), who decided a post's
// visibility last, and a partial index so that the wall's hidden counter is a count over hidden posts only.
import type { Migration } from './migration.ts';

export const migration004ModerationAudit: Migration = {
  version: 4,
  name: 'moderation audit',
  up(db) {
    db.exec(`
      -- 'admin' once a person hid or restored the post: an edit of the post keeps their decision
      -- (rules decide only for posts no person has decided on).
      ALTER TABLE posts ADD COLUMN moderated_by TEXT;

      -- The hidden counter pushed with the stats: counts this index, which holds hidden posts only.
      CREATE INDEX posts_hidden ON posts (expires_at) WHERE state = 'hidden';

      CREATE TABLE moderation_audit (
        id          INTEGER PRIMARY KEY,
        post_key    TEXT NOT NULL,
        network     TEXT NOT NULL,
        author      TEXT NOT NULL,
        excerpt     TEXT NOT NULL,      -- emptied when the author deletes the post (their content is not kept)
        action      TEXT NOT NULL,      -- hide | restore
        why         TEXT NOT NULL,      -- the rule's name, or what the person said
        who         TEXT NOT NULL,      -- rule | admin
        at          INTEGER NOT NULL,   -- epoch ms
        restored_at INTEGER             -- on a hide entry: when the post came back to the wall
      ) STRICT;

      CREATE INDEX moderation_audit_by_post ON moderation_audit (post_key);
    `);
  },
};
