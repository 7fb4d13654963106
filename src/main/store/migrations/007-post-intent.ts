// What a customer wants with a post (question / complaint / praise / other), set by the enrich step: only a
// question or a complaint calls for an answer (shared/calls-for-answer.ts), so the answer window's test needs it
// in the customer posts' time index, which stays covering. NULL for posts stored before it and for tombstones.
import type { Migration } from './migration.ts';

export const migration007PostIntent: Migration = {
  version: 7,
  name: 'post intent',
  up(db) {
    db.exec(`
      ALTER TABLE posts ADD COLUMN intent TEXT;
      UPDATE posts SET intent = json_extract(json, '$.intent') WHERE json IS NOT NULL;
      DROP INDEX posts_customer_by_time;
      CREATE INDEX posts_customer_by_time
        ON posts (created_at, kind, sentiment, intent, expires_at, parent_key, key, network)
        WHERE state = 'live' AND is_brand = 0;
    `);
  },
};
