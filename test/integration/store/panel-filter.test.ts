import { describe, expect, it } from 'vitest';
import { at, makePost } from './post-factory.ts';
import { ALL, keysOf, openTestStore, tempDbPath } from './store-test-kit.ts';

async function seed() {
  const store = openTestStore(tempDbPath());
  await store.writer.upsertMany([
    makePost({ id: 'fb1', network: 'facebook', sourceId: 'fb-page', createdAt: at(1) }),
    makePost({ id: 'ig1', network: 'instagram', sourceId: 'ig-tag', createdAt: at(2) }),
    makePost({ id: 'x1', network: 'x', sourceId: 'x-search', createdAt: at(3) }),
    makePost({ id: 'fb2', network: 'facebook', sourceId: 'fb-page', createdAt: at(4) }),
    makePost({ id: 'fsq1', network: 'foursquare', sourceId: 'fsq', createdAt: at(5), cachePolicy: { mode: 'memory' } }),
    makePost({ id: 'x2', network: 'x', sourceId: 'x-mentions', createdAt: at(6) }),
    makePost({ id: 'hid', network: 'x', sourceId: 'x-search', createdAt: at(7), state: 'hidden' }),
  ]);
  return store;
}

describe('newestForPanel', () => {
  it('empty filters mean every network and every source, newest first, live only', async () => {
    const store = await seed();
    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual([
      'x:x2',
      'foursquare:fsq1',
      'facebook:fb2',
      'x:x1',
      'instagram:ig1',
      'facebook:fb1',
    ]);
    expect(keysOf(await store.reader.newestForPanel(ALL, 2))).toEqual(['x:x2', 'foursquare:fsq1']);
    expect(await store.reader.newestForPanel(ALL, 0)).toEqual([]);
  });

  it('filters by networks', async () => {
    const store = await seed();
    expect(keysOf(await store.reader.newestForPanel({ networks: ['facebook', 'instagram'], sources: [] }, 10))).toEqual(
      ['facebook:fb2', 'instagram:ig1', 'facebook:fb1'],
    );
    expect(keysOf(await store.reader.newestForPanel({ networks: ['x', 'foursquare'], sources: [] }, 10))).toEqual([
      'x:x2',
      'foursquare:fsq1',
      'x:x1',
    ]);
  });

  it('filters by sources, and by both', async () => {
    const store = await seed();
    expect(keysOf(await store.reader.newestForPanel({ networks: [], sources: ['x-search', 'fsq'] }, 10))).toEqual([
      'foursquare:fsq1',
      'x:x1',
    ]);
    expect(keysOf(await store.reader.newestForPanel({ networks: ['x'], sources: ['x-search', 'fsq'] }, 10))).toEqual([
      'x:x1',
    ]);
    expect(await store.reader.newestForPanel({ networks: ['mastodon'], sources: [] }, 10)).toEqual([]);
  });

  it('returns whole posts as they were stored', async () => {
    const store = openTestStore(tempDbPath());
    const post = makePost({
      id: 'full',
      parentKey: 'mastodon:root',
      rootKey: 'mastodon:root',
      rating: 4,
      media: [{ type: 'image', url: 'https://example.com/a.jpg', alt: 'a photo' }],
      hashtags: ['brand'],
    });
    await store.writer.upsertMany([post]);
    expect(await store.reader.newestForPanel(ALL, 1)).toEqual([post]);
    expect(await store.reader.getPost(post.key)).toEqual(post);
  });
});

describe('countsPerNetwork', () => {
  it('counts live posts per network since a time and in total, memory posts included', async () => {
    const store = await seed();
    expect(await store.stats.countsPerNetwork(Date.parse(at(3)))).toEqual([
      { network: 'facebook', today: 1, total: 2 },
      { network: 'instagram', today: 0, total: 1 },
      { network: 'x', today: 2, total: 2 },
      { network: 'foursquare', today: 1, total: 1 },
    ]);
  });
});
