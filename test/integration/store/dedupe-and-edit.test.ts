import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makePost } from './post-factory.ts';
import { ALL, openTestStore, tempDbPath } from './store-test-kit.ts';
import type { UpsertOutcome } from '../../../src/main/store/store-api.ts';

/** Outcomes without the serialised post the writer hands to the stream. */
const changes = (outcomes: UpsertOutcome[]) => outcomes.map(({ key, change }) => ({ key, change }));

describe('upsertMany: dedupe and edits', () => {
  it('stores the same post once; the second time, even re-fetched later, is "unchanged"', async () => {
    const path = tempDbPath();
    const store = openTestStore(path);
    const post = makePost({ id: 'a1', metrics: { likes: 3, asOf: '2026-03-01T10:00:05Z' } });
    const later = '2026-03-01T11:00:00.000Z';
    const refetched = { ...post, fetchedAt: later, metrics: { likes: 3, asOf: later } };

    expect(changes(await store.writer.upsertMany([post]))).toEqual([{ key: 'mastodon:a1', change: 'inserted' }]);
    expect(changes(await store.writer.upsertMany([refetched]))).toEqual([{ key: 'mastodon:a1', change: 'unchanged' }]);
    // The same post twice in one batch (poll + stream) is one row too.
    expect((await store.writer.upsertMany([post, post])).map((o) => o.change)).toEqual(['unchanged', 'unchanged']);

    const file = new Database(path, { readonly: true });
    expect(file.prepare('SELECT COUNT(*) AS n FROM posts').get()).toEqual({ n: 1 });
    file.close();
    expect(await store.reader.newestForPanel(ALL, 10)).toHaveLength(1);
  });

  it('an edit is "updated" and replaces the text in place, under the same key', async () => {
    const store = openTestStore(tempDbPath());
    const post = makePost({ id: 'e1', text: 'Before' });
    await store.writer.upsertMany([post]);

    const edited = { ...post, text: 'After', editedAt: '2026-03-01T10:30:00.000Z' };
    expect(changes(await store.writer.upsertMany([edited]))).toEqual([{ key: 'mastodon:e1', change: 'updated' }]);

    expect((await store.reader.getPost('mastodon:e1'))?.text).toBe('After');
    const feed = await store.reader.newestForPanel(ALL, 10);
    expect(feed.map((p) => [p.key, p.text])).toEqual([['mastodon:e1', 'After']]);
  });

  it('a change of metrics counts is an update (a screen shows them)', async () => {
    const store = openTestStore(tempDbPath());
    const post = makePost({ id: 'm1', metrics: { likes: 1, asOf: '2026-03-01T10:00:05Z' } });
    await store.writer.upsertMany([post]);
    const liked = { ...post, metrics: { likes: 2, asOf: '2026-03-01T10:05:00.000Z' } };
    expect((await store.writer.upsertMany([liked]))[0]?.change).toBe('updated');
    expect((await store.reader.getPost(post.key))?.metrics?.likes).toBe(2);
  });

  it('reports one outcome per post, in order, for a mixed batch', async () => {
    const store = openTestStore(tempDbPath());
    const kept = makePost({ id: 'k' });
    const edited = makePost({ id: 'e' });
    const gone = makePost({ id: 'g' });
    await store.writer.upsertMany([kept, edited, gone]);
    await store.writer.markDeleted([gone.key]);

    const outcomes = await store.writer.upsertMany([makePost({ id: 'n' }), kept, { ...edited, text: 'new' }, gone]);
    expect(changes(outcomes)).toEqual([
      { key: 'mastodon:n', change: 'inserted' },
      { key: 'mastodon:k', change: 'unchanged' },
      { key: 'mastodon:e', change: 'updated' },
      { key: 'mastodon:g', change: 'ignored-deleted' },
    ]);
  });

  it('hands the stream the post as stored when it changed, and nothing when it did not', async () => {
    const store = openTestStore(tempDbPath());
    const post = makePost({ id: 'j1' });
    const [inserted] = await store.writer.upsertMany([post]);
    expect(JSON.parse(inserted?.json ?? 'null')).toEqual(await store.reader.getPost(post.key));
    expect((await store.writer.upsertMany([post]))[0]?.json).toBeUndefined();
    const [updated] = await store.writer.upsertMany([{ ...post, text: 'edited' }]);
    expect(JSON.parse(updated?.json ?? 'null')).toMatchObject({ key: post.key, text: 'edited' });
  });
});
