import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { at, makePost } from './post-factory.ts';
import { ALL, keysOf, openTestStore, tempDbPath } from './store-test-kit.ts';

describe('deletes', () => {
  it('a deleted post leaves the feed, and a stale re-fetch cannot bring it back', async () => {
    const path = tempDbPath();
    const store = openTestStore(path);
    const stays = makePost({ id: 's', createdAt: at(1) });
    const deleted = makePost({ id: 'd', createdAt: at(2), text: 'something the author took back' });
    await store.writer.upsertMany([stays, deleted]);

    expect(await store.writer.markDeleted([deleted.key])).toEqual([deleted.key]);
    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual([stays.key]);
    expect(await store.reader.getPost(deleted.key)).toBeUndefined();

    // A poll that ran before the network applied the delete returns the post again, even edited.
    expect((await store.writer.upsertMany([deleted, { ...deleted, text: 'edited' }])).map((o) => o.change)).toEqual([
      'ignored-deleted',
      'ignored-deleted',
    ]);
    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual([stays.key]);

    // The tombstone keeps the key, not the author's words.
    const file = new Database(path, { readonly: true });
    expect(file.prepare('SELECT state, json FROM posts WHERE key = ?').get(deleted.key)).toEqual({
      state: 'deleted',
      json: null,
    });
    file.close();
  });

  it('returns only the keys that were live: unknown, already deleted and hidden posts are not', async () => {
    const store = openTestStore(tempDbPath());
    const live = makePost({ id: 'live' });
    const hidden = makePost({ id: 'hidden', state: 'hidden' });
    await store.writer.upsertMany([live, hidden]);

    expect(await store.writer.markDeleted([live.key, hidden.key, 'mastodon:unknown'])).toEqual([live.key]);
    expect(await store.writer.markDeleted([live.key])).toEqual([]);
    expect((await store.writer.upsertMany([hidden]))[0]?.change).toBe('ignored-deleted');
  });

  it('a post that arrives already deleted is stored as a tombstone and never shown', async () => {
    const store = openTestStore(tempDbPath());
    const post = makePost({ id: 'x' });
    await store.writer.upsertMany([{ ...post, state: 'deleted' }]);
    expect((await store.writer.upsertMany([post]))[0]?.change).toBe('ignored-deleted');
    expect(await store.reader.newestForPanel(ALL, 10)).toEqual([]);
  });
});
