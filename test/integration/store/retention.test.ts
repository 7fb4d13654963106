import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makePost } from './post-factory.ts';
import { ALL, keysOf, openTestStore, tempDbPath } from './store-test-kit.ts';

const DAY = 86_400_000;
const NOW = Date.parse('2026-03-31T12:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW - days * DAY).toISOString();

describe('purge: retention', () => {
  it('removes posts older than the retention, tombstones included, and keeps recent ones', () => {
    const path = tempDbPath();
    const store = openTestStore(path);
    const old = makePost({ id: 'old', createdAt: daysAgo(40) });
    const oldTombstone = makePost({ id: 'old-deleted', createdAt: daysAgo(31) });
    const oldMemory = makePost({ id: 'old-memory', createdAt: daysAgo(35), cachePolicy: { mode: 'memory' } });
    const recent = makePost({ id: 'recent', createdAt: daysAgo(29) });
    const recentMemory = makePost({ id: 'recent-memory', createdAt: daysAgo(1), cachePolicy: { mode: 'memory' } });
    store.writer.upsertMany([old, oldTombstone, oldMemory, recent, recentMemory]);
    store.writer.markDeleted([oldTombstone.key]);

    expect(store.writer.purge(NOW, 30)).toEqual({ expiredKeys: [], removed: 3, more: false });
    expect(keysOf(store.reader.newestForPanel(ALL, 10))).toEqual([recentMemory.key, recent.key]);

    const file = new Database(path, { readonly: true });
    expect(file.prepare('SELECT key FROM posts').pluck().all()).toEqual([recent.key]);
    file.close();
    expect(store.writer.purge(NOW, 30)).toEqual({ expiredKeys: [], removed: 0, more: false });
  });

  it('works through a backlog in small bites, saying when more remains', () => {
    const store = openTestStore(tempDbPath());
    const old = Array.from({ length: 2_500 }, (_, i) => makePost({ id: `o${i}`, createdAt: daysAgo(60) }));
    store.writer.upsertMany([...old, makePost({ id: 'keep', createdAt: daysAgo(1) })]);

    expect(store.writer.purge(NOW, 30)).toMatchObject({ removed: 2_000, more: true });
    expect(store.writer.purge(NOW, 30)).toMatchObject({ removed: 500, more: false });
    expect(keysOf(store.reader.newestForPanel(ALL, 10))).toEqual(['mastodon:keep']);
  });
});
