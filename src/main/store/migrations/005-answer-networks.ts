// The answer rate leaves out networks whose posts the brand does not answer in place (web mentions: press
// articles, blog posts). Their test needs the network in the customer posts' time index, which stays covering.
import type { Migration } from './migration.ts';

export const migration005AnswerNetworks: Migration = {
  version: 5,
  name: 'answer networks',
  up(db) {
    db.exec(`
      DROP INDEX posts_customer_by_time;
      CREATE INDEX posts_customer_by_time ON posts (created_at, kind, sentiment, expires_at, parent_key, key, network)
        WHERE state = 'live' AND is_brand = 0;
    `);
  },
};
