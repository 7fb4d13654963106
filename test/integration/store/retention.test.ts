import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makePost } from './post-factory.ts';
import { ALL, keysOf, openTestStore, tempDbPath, TestClock } from './store-test-kit.ts';

const DAY = 86_400_000;
const NOW = Date.parse('2026-03-31T12:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW - days * DAY).toISOString();

describe('purge: retention', () => {
  it('removes posts older than the retention, tombstones included, and keeps recent ones', async () => {
    const path = tempDbPath();
    const store = openTestStore(path);
    const old = makePost({ id: 'old', createdAt: daysAgo(40) });
    const oldTombstone = makePost({ id: 'old-deleted', createdAt: daysAgo(31) });
    const oldMemory = makePost({ id: 'old-memory', createdAt: daysAgo(35), cachePolicy: { mode: 'memory' } });
    const recent = makePost({ id: 'recent', createdAt: daysAgo(29) });
    const recentMemory = makePost({ id: 'recent-memory', createdAt: daysAgo(1), cachePolicy: { mode: 'memory' } });
    await store.writer.upsertMany([old, oldTombstone, oldMemory, recent, recentMemory]);
    await store.writer.markDeleted([oldTombstone.key]);

    expect(await store.writer.purge(NOW, 30)).toEqual({ expiredKeys: [], removed: 3, more: false });
    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual([recentMemory.key, recent.key]);

    const file = new Database(path, { readonly: true });
    expect(file.prepare('SELECT key FROM posts').pluck().all()).toEqual([recent.key]);
    file.close();
    expect(await store.writer.purge(NOW, 30)).toEqual({ expiredKeys: [], removed: 0, more: false });
  });

  it('works through a backlog in small bites, saying when more remains', async () => {
    const store = openTestStore(tempDbPath());
    const old = Array.from({ length: 2_500 }, (_, i) => makePost({ id: `o${i}`, createdAt: daysAgo(60) }));
    await store.writer.upsertMany([...old, makePost({ id: 'keep', createdAt: daysAgo(1) })]);

    expect(await store.writer.purge(NOW, 30)).toMatchObject({ removed: 2_000, more: true });
    expect(await store.writer.purge(NOW, 30)).toMatchObject({ removed: 500, more: false });
    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual(['mastodon:keep']);
  });
});

describe('purge: the moderation audit log', () => {
  it('removes entries older than the retention, but never those of a post still hidden (in the file or in memory)', async () => {
    const clock = new TestClock(NOW - 40 * DAY);
    const store = openTestStore(tempDbPath(), clock);
    // Created recently by the network's clock (an edited review, a skewed clock): only the guard keeps their entries.
    const restored = makePost({ id: 'restored', createdAt: daysAgo(1) });
    const stillHidden = makePost({ id: 'still-hidden', createdAt: daysAgo(1) });
    const memoryHidden = makePost({ id: 'memory-hidden', createdAt: daysAgo(1), cachePolicy: { mode: 'memory' } });
    const purged = makePost({ id: 'purged', createdAt: daysAgo(45) });
    const recent = makePost({ id: 'recent', createdAt: daysAgo(3) });
    await store.writer.upsertMany([restored, stillHidden, memoryHidden, purged, recent]);
    await store.writer.hide(restored.key, 'spam', clock.ms);
    await store.writer.restore(restored.key, clock.ms);
    await store.writer.hide(stillHidden.key, 'insulte un employé', clock.ms);
    await store.writer.hide(memoryHidden.key, 'adresse privée', clock.ms);
    await store.writer.hide(purged.key, 'spam', clock.ms);
    clock.ms = NOW - 2 * DAY;
    await store.writer.hide(recent.key, 'doublon', clock.ms);
    await store.writer.restore(recent.key, clock.ms);

    clock.ms = NOW;
    expect(await store.writer.purge(NOW, 30)).toEqual({ expiredKeys: [], removed: 1, more: false });
    expect((await store.reader.auditPage(50)).map((e) => [e.postKey, e.action])).toEqual([
      [recent.key, 'restore'],
      [recent.key, 'hide'],
      [memoryHidden.key, 'hide'],
      [stillHidden.key, 'hide'],
    ]);
    // Once restored, the old entry of the formerly hidden post goes at the next pass; the restore is recent.
    await store.writer.restore(stillHidden.key, NOW);
    await store.writer.purge(NOW, 30);
    expect((await store.reader.auditPage(50)).map((e) => [e.postKey, e.action])).toEqual([
      [stillHidden.key, 'restore'],
      [recent.key, 'restore'],
      [recent.key, 'hide'],
      [memoryHidden.key, 'hide'],
    ]);
  });

  it('works through a long log in bites, within the same budget as the posts', async () => {
    const clock = new TestClock(NOW - 40 * DAY);
    const store = openTestStore(tempDbPath(), clock);
    const posts = Array.from({ length: 1_300 }, (_, i) => makePost({ id: `a${i}`, createdAt: daysAgo(2) }));
    await store.writer.upsertMany(posts);
    for (const post of posts) {
      await store.writer.hide(post.key, 'spam', clock.ms);
      await store.writer.restore(post.key, clock.ms);
    }
    clock.ms = NOW;
    expect(await store.writer.purge(NOW, 30)).toEqual({ expiredKeys: [], removed: 0, more: true });
    expect(await store.reader.auditPage(5_000)).toHaveLength(600);
    expect(await store.writer.purge(NOW, 30)).toEqual({ expiredKeys: [], removed: 0, more: false });
    expect(await store.reader.auditPage(5_000)).toEqual([]);
    expect(keysOf(await store.reader.newestForPanel(ALL, 2_000))).toHaveLength(1_300);
  });
});
