import { copyFileSync, existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openReadableConnection } from '../../../src/main/store/sqlite-handles.ts';
import { at, makePost } from './post-factory.ts';
import { ALL, keysOf, openTestStore, tempDbPath } from './store-test-kit.ts';

describe('persistence', () => {
  it('posts, tombstones and source state survive close and reopen; memory posts do not', async () => {
    const path = tempDbPath();
    const store = openTestStore(path);
    const kept = makePost({ id: 'kept', createdAt: at(1) });
    const deleted = makePost({ id: 'deleted', createdAt: at(2) });
    const memory = makePost({ id: 'memory', createdAt: at(3), cachePolicy: { mode: 'memory' } });
    await store.writer.upsertMany([kept, deleted, memory]);
    await store.writer.markDeleted([deleted.key]);
    await store.close();
    await store.close(); // twice is harmless

    const reopened = openTestStore(path);
    expect(keysOf(await reopened.reader.newestForPanel(ALL, 10))).toEqual([kept.key]);
    expect(await reopened.reader.getPost(kept.key)).toEqual(kept);
    expect((await reopened.writer.upsertMany([kept, deleted])).map((o) => o.change)).toEqual([
      'unchanged',
      'ignored-deleted',
    ]);
  });

  it('close leaves one self-contained file: the WAL is folded in and removed', async () => {
    const path = tempDbPath();
    const store = openTestStore(path);
    await store.writer.upsertMany([makePost({ id: 'w' })]);
    expect(existsSync(`${path}-wal`)).toBe(true);
    await store.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
    const copy = `${path}.copy`;
    copyFileSync(path, copy);
    const db = new Database(copy, { readonly: true });
    expect(db.prepare('SELECT key FROM posts').pluck().all()).toEqual(['mastodon:w']);
    db.close();
  });

  it('the reader sees what the writer committed, through its own connection', async () => {
    const store = openTestStore(tempDbPath());
    expect(await store.reader.getPost('mastodon:late')).toBeUndefined();
    await store.writer.upsertMany([makePost({ id: 'late' })]);
    expect((await store.reader.getPost('mastodon:late'))?.key).toBe('mastodon:late');
  });

  it('the read connection refuses writes', () => {
    const path = tempDbPath();
    openTestStore(path);
    const reader = openReadableConnection(path);
    expect(() => reader.exec('DELETE FROM posts')).toThrow(/readonly/);
    reader.close();
  });
});

describe('source state', () => {
  it('round-trips cursor, invalid items and last success, and overwrites on save', async () => {
    const path = tempDbPath();
    const store = openTestStore(path);
    expect(await store.writer.loadSourceState('fb')).toBeUndefined();

    await store.writer.saveSourceState({
      sourceId: 'fb',
      cursor: 'after:abc',
      invalidItems: 3,
      lastSuccessAt: '2026-03-01T10:00:00.000Z',
    });
    await store.writer.saveSourceState({ sourceId: 'x', invalidItems: 0 });
    expect(await store.writer.loadSourceState('fb')).toEqual({
      sourceId: 'fb',
      cursor: 'after:abc',
      invalidItems: 3,
      lastSuccessAt: '2026-03-01T10:00:00.000Z',
    });

    await store.writer.saveSourceState({ sourceId: 'fb', invalidItems: 4, lastSuccessAt: '2026-03-01T11:00:00.000Z' });
    await store.close();
    const reopened = openTestStore(path);
    expect(await reopened.writer.loadSourceState('fb')).toEqual({
      sourceId: 'fb',
      invalidItems: 4,
      lastSuccessAt: '2026-03-01T11:00:00.000Z',
    });
    expect(await reopened.writer.loadSourceState('x')).toEqual({ sourceId: 'x', invalidItems: 0 });
  });
});
