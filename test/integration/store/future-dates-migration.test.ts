// Migration 009: a post stored before validation bounded dates, dated 2099, is dated by its fetch once the
// wall is upgraded — in its JSON, its column and the hourly rollup: no longer held at the top, nor counted
// in a future hour.
import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../src/main/logger.ts';
import { MIGRATIONS } from '../../../src/main/store/migrations/index.ts';
import { migrate } from '../../../src/main/store/migrator.ts';
import { openWritableConnection } from '../../../src/main/store/sqlite-handles.ts';
import { makePost } from './post-factory.ts';
import { ALL, keysOf, openTestStore, tempDbPath } from './store-test-kit.ts';

describe('migration 009: future dates', () => {
  it('dates a post from the future by its fetch, marked, and moves it in the rollup', async () => {
    const path = tempDbPath();
    const db = openWritableConnection(path);
    migrate(db, MIGRATIONS, { logger: memoryLogger(), toVersion: 8 });
    const fetchedAt = new Date(Date.now() - 3_600_000).toISOString();
    const insert = db.prepare(
      `INSERT INTO posts (key, source_id, network, kind, is_brand, created_at, state, content_hash, json)
       VALUES (?, 'source-a', 'mastodon', 'post', 0, ?, 'live', 'h', ?)`,
    );
    const future = makePost({ id: 'future', createdAt: '2099-01-01T00:00:00.000Z', fetchedAt });
    const past = makePost({ id: 'past', createdAt: new Date(Date.now() - 7_200_000).toISOString(), fetchedAt });
    for (const post of [future, past]) insert.run(post.key, Date.parse(post.createdAt), JSON.stringify(post));
    const hours = () => db.prepare('SELECT hour_start FROM live_posts_per_hour ORDER BY hour_start').pluck().all();
    expect(hours().some((h) => Number(h) > Date.now())).toBe(true);
    db.close();

    const store = openTestStore(path);
    const [first, second] = await store.reader.newestForPanel(ALL, 10);
    expect(keysOf([first!, second!])).toEqual([future.key, past.key]);
    expect(first?.createdAt).toBe(fetchedAt);
    expect(first?.datedAsFetched).toBe('future');
    expect(second?.datedAsFetched).toBeUndefined();
    expect(second?.createdAt).toBe(past.createdAt);
    const after = openWritableConnection(path);
    const buckets = after.prepare('SELECT hour_start FROM live_posts_per_hour WHERE post_count > 0').pluck().all();
    expect(buckets.every((h) => Number(h) <= Date.now())).toBe(true);
    after.close();
  });
});
