import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { at, makePost } from './post-factory.ts';
import { ALL, keysOf, openTestStore, tempDbPath, TestClock } from './store-test-kit.ts';

const MINUTE = 60_000;
const TEN_MINUTES = { mode: 'ttl', seconds: 600 } as const;

describe('cache policy', () => {
  it('"memory" posts never reach the file, yet are served by every read, merged by date', async () => {
    const path = tempDbPath();
    const store = openTestStore(path);
    const tip = makePost({
      id: 'tip-secret-words',
      network: 'foursquare',
      kind: 'tip',
      sourceId: 'fsq',
      text: 'NEVER-ON-DISK tip text',
      createdAt: at(2),
      cachePolicy: { mode: 'memory' },
    });
    const older = makePost({ id: 'p1', createdAt: at(1) });
    const newer = makePost({ id: 'p3', createdAt: at(3) });
    expect((await store.writer.upsertMany([older, tip, newer])).map((o) => o.change)).toEqual([
      'inserted',
      'inserted',
      'inserted',
    ]);
    expect((await store.writer.upsertMany([tip]))[0]?.change).toBe('unchanged');

    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual([newer.key, tip.key, older.key]);
    expect(keysOf(await store.reader.newestForPanel(ALL, 2))).toEqual([newer.key, tip.key]);
    expect((await store.reader.getPost(tip.key))?.text).toBe('NEVER-ON-DISK tip text');
    expect(await store.stats.countsPerNetwork(0)).toEqual([
      { network: 'foursquare', today: 1, total: 1 },
      { network: 'mastodon', today: 2, total: 2 },
    ]);

    // Looked at from outside, through another connection, and in the raw bytes (WAL included).
    const file = new Database(path, { readonly: true });
    expect(file.prepare('SELECT key FROM posts ORDER BY key').pluck().all()).toEqual([older.key, newer.key]);
    file.close();
    await store.close();
    expect(readFileSync(path).includes('NEVER-ON-DISK')).toBe(false);
    expect(readFileSync(path).includes('tip-secret-words')).toBe(false);
  });

  it('"memory" posts can be edited and deleted like the others', async () => {
    const store = openTestStore(tempDbPath());
    const tip = makePost({ id: 't', network: 'foursquare', text: 'v1', cachePolicy: { mode: 'memory' } });
    await store.writer.upsertMany([tip]);
    expect((await store.writer.upsertMany([{ ...tip, text: 'v2' }]))[0]?.change).toBe('updated');
    expect((await store.reader.getPost(tip.key))?.text).toBe('v2');

    expect(await store.writer.markDeleted([tip.key])).toEqual([tip.key]);
    expect(await store.reader.getPost(tip.key)).toBeUndefined();
    expect(await store.reader.newestForPanel(ALL, 10)).toEqual([]);
    expect((await store.writer.upsertMany([tip]))[0]?.change).toBe('ignored-deleted');
  });

  it('"memory" keeps only the newest posts of each source', async () => {
    const store = openTestStore(tempDbPath(), undefined, 3);
    const posts = [5, 1, 4, 2, 3].map((m) =>
      makePost({ id: `m${m}`, createdAt: at(m), cachePolicy: { mode: 'memory' } }),
    );
    await store.writer.upsertMany(posts);
    const memory = { mode: 'memory' } as const;
    const otherSource = makePost({ id: 'other', sourceId: 'source-b', createdAt: at(0), cachePolicy: memory });
    await store.writer.upsertMany([otherSource]);
    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual([
      'mastodon:m5',
      'mastodon:m4',
      'mastodon:m3',
      'mastodon:other',
    ]);
  });

  it('"ttl" posts leave reads when they expire, before purge runs, and purge reports them', async () => {
    const clock = new TestClock(Date.parse(at(0)));
    const path = tempDbPath();
    const store = openTestStore(path, clock);
    const ttl = makePost({ id: 'ttl', createdAt: at(-1), fetchedAt: at(0), cachePolicy: TEN_MINUTES });
    const persist = makePost({ id: 'keep', createdAt: at(-2) });
    await store.writer.upsertMany([ttl, persist]);

    clock.ms = Date.parse(at(9));
    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual([ttl.key, persist.key]);

    clock.ms = Date.parse(at(10));
    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual([persist.key]);
    expect(await store.reader.getPost(ttl.key)).toBeUndefined();
    expect(await store.stats.countsPerNetwork(0)).toEqual([{ network: 'mastodon', today: 1, total: 1 }]);

    expect(await store.writer.purge(clock.ms, 365_000)).toEqual({ expiredKeys: [ttl.key], removed: 0, more: false });
    const file = new Database(path, { readonly: true });
    expect(file.prepare('SELECT key FROM posts').pluck().all()).toEqual([persist.key]);
    file.close();
  });

  it('a re-fetch of a "ttl" post extends its life and is still "unchanged"', async () => {
    const clock = new TestClock(Date.parse(at(0)));
    const store = openTestStore(tempDbPath(), clock);
    const ttl = makePost({ id: 'ttl', createdAt: at(-1), fetchedAt: at(0), cachePolicy: TEN_MINUTES });
    await store.writer.upsertMany([ttl]);
    expect((await store.writer.upsertMany([{ ...ttl, fetchedAt: at(8) }]))[0]?.change).toBe('unchanged');

    clock.ms = Date.parse(at(0)) + 15 * MINUTE;
    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual([ttl.key]);
    expect((await store.writer.purge(clock.ms, 365_000)).expiredKeys).toEqual([]);
    clock.ms = Date.parse(at(18));
    expect((await store.writer.purge(clock.ms, 365_000)).expiredKeys).toEqual([ttl.key]);
  });
});
