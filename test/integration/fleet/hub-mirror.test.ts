// The store PC's copy of the hub's posts, on a real SQLite file: what the hub sends is stored and told to the
// local screens once; a removal and a return come through; a catch-up after a gap stores what the hub has,
// takes off what it no longer has within the span it sent, and tells the screens only what differs.
import { describe, expect, it } from 'vitest';
import { ChangeFeed } from '../../../src/main/engine/change-feed.ts';
import { BACKFILL_LIMIT, HubMirror } from '../../../src/main/fleet/follower/hub-mirror.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import type { PanelView, StreamEvent } from '../../../src/shared/api-contract.ts';
import type { Post } from '../../../src/shared/post.ts';
import { at, makePost } from '../store/post-factory.ts';
import { ALL, keysOf, openTestStore, tempDbPath } from '../store/store-test-kit.ts';

const PANEL: PanelView = { id: 'hall', title: 'Hall', type: 'feed', networks: [], sources: [], demo: false };

function setUp() {
  const store = openTestStore(tempDbPath());
  const feed = new ChangeFeed();
  const told: StreamEvent[] = [];
  feed.tap(({ event }) => told.push(event));
  const mirror = new HubMirror({ store, feed, logger: memoryLogger(), now: () => Date.parse(at(60)) });
  return { store, mirror, told, stored: async () => keysOf(await store.reader.newestForPanel(ALL, 500)) };
}

describe('the hub mirror', () => {
  it('stores new posts and edits, and tells the screens each change once', async () => {
    const { mirror, told, stored, store } = setUp();
    const post = makePost({ id: 'a', text: 'Bonjour', createdAt: at(1) });
    await mirror.apply([post]);
    await mirror.apply([post]);
    await mirror.apply([{ ...post, text: 'Bonjour à tous' }]);
    expect(await stored()).toEqual(['mastodon:a']);
    expect((await store.reader.getPost('mastodon:a'))?.text).toBe('Bonjour à tous');
    expect(told.map((e) => e.type)).toEqual(['post', 'post']);
  });

  it('takes a deleted post off for good, and a hidden one until the hub shows it again', async () => {
    const { mirror, told, stored } = setUp();
    const [a, b] = [makePost({ id: 'a', createdAt: at(1) }), makePost({ id: 'b', createdAt: at(2) })];
    await mirror.apply([a, b]);
    await mirror.remove('mastodon:a', 'deleted');
    await mirror.remove('mastodon:b', 'hidden');
    expect(await stored()).toEqual([]);
    await mirror.apply([a, b]);
    expect(await stored()).toEqual(['mastodon:b']);
    expect(told.slice(2).map((e) => e.type)).toEqual(['remove', 'remove', 'post']);
  });

  it('catches up: stores what the hub has, takes off what it lost meanwhile, tells only the differences', async () => {
    const { mirror, told, stored } = setUp();
    const kept = makePost({ id: 'kept', createdAt: at(1) });
    const lost = makePost({ id: 'lost', createdAt: at(2) });
    await mirror.apply([kept, lost]);
    told.length = 0;
    const arrived = makePost({ id: 'new', createdAt: at(3) });
    await mirror.catchUp([PANEL], async () => [arrived, kept]);
    expect(await stored()).toEqual(['mastodon:new', 'mastodon:kept']);
    expect(told.map((e) => (e.type === 'post' ? `post ${e.data.post.key}` : e.type))).toEqual([
      'post mastodon:new',
      'remove',
    ]);
  });

  it('judges only the span a full page covers: older posts of ours stay', async () => {
    const { mirror, stored } = setUp();
    const old = makePost({ id: 'old', createdAt: at(-600) });
    await mirror.apply([old]);
    const page: Post[] = Array.from({ length: BACKFILL_LIMIT }, (_, i) =>
      makePost({ id: `n${i}`, createdAt: at(BACKFILL_LIMIT - i) }),
    );
    await mirror.catchUp([PANEL], async () => page);
    expect(await stored()).toContain('mastodon:old');
  });
});
