// The stats panel's figures, read through the store against what they must be: hand-made threads for the answer
// window (the rollups against brute force: answer-rollups.test.ts), a random mix checked against brute force for
// ratings and hourly buckets, memory posts, and query plans that stay on their indexes.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { TTL_RATING_SQL } from '../../../src/main/store/sqlite-rating-stats.ts';
import type { Post } from '../../../src/shared/post.ts';
import { seededRandom } from './live-counts-oracle.ts';
import { at, makePost } from './post-factory.ts';
import { openTestStore, tempDbPath, TestClock } from './store-test-kit.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const NOW = Date.parse(at(0));
const WEEK_AGO = NOW - 168 * HOUR;
/** The window's first hour. */
const SINCE = Math.floor(WEEK_AGO / HOUR) * HOUR + HOUR;
const brand = { id: 'brand', name: 'Atelier Nova', isBrand: true };

describe('answer stats', () => {
  it('counts answered customer posts by parent or root, the first reply only, and not what the brand says to itself', async () => {
    const store = openTestStore(tempDbPath(), new TestClock(NOW));
    const fast = makePost({ id: 'fast', intent: 'question', createdAt: at(-120) });
    const slow = makePost({ id: 'slow', intent: 'question', createdAt: at(-600) });
    const never = makePost({ id: 'never', intent: 'question', createdAt: at(-30) });
    const deep = makePost({ id: 'deep', intent: 'question', createdAt: at(-200) });
    const brandPost = makePost({ id: 'brand-post', author: brand, createdAt: at(-300) });
    await store.writer.upsertMany([
      fast,
      slow,
      never,
      deep,
      brandPost,
      makePost({ id: 'r1', kind: 'reply', author: brand, parentKey: fast.key, rootKey: fast.key, createdAt: at(-110) }),
      makePost({
        id: 'r1-late',
        kind: 'reply',
        author: brand,
        parentKey: fast.key,
        rootKey: fast.key,
        createdAt: at(-20),
      }),
      makePost({ id: 'r2', kind: 'reply', author: brand, parentKey: slow.key, rootKey: slow.key, createdAt: at(-300) }),
      // A customer's reply in the thread is not an answer, nor a post that calls for one.
      makePost({ id: 'c-reply', kind: 'reply', parentKey: never.key, rootKey: never.key, createdAt: at(-10) }),
      // The brand deep in a thread, answering its root.
      makePost({
        id: 'sub',
        intent: 'complaint',
        kind: 'comment',
        parentKey: deep.key,
        rootKey: deep.key,
        createdAt: at(-190),
      }),
      makePost({
        id: 'r3',
        kind: 'reply',
        author: brand,
        parentKey: 'mastodon:sub',
        rootKey: deep.key,
        createdAt: at(-180),
      }),
      // The brand replying to itself, and a customer answering the brand's answer: neither counts.
      makePost({
        id: 'self',
        kind: 'reply',
        author: brand,
        parentKey: brandPost.key,
        rootKey: brandPost.key,
        createdAt: at(-290),
      }),
      makePost({
        id: 'thanks',
        intent: 'complaint',
        kind: 'comment',
        parentKey: 'mastodon:r2',
        rootKey: slow.key,
        createdAt: at(-250),
      }),
      // A customer's question under the brand's own page post calls for an answer (waiting here).
      makePost({
        id: 'on-page',
        intent: 'question',
        kind: 'comment',
        parentKey: brandPost.key,
        rootKey: brandPost.key,
        createdAt: at(-100),
      }),
      // Praise and remarks do not call for an answer.
      makePost({ id: 'praise', intent: 'praise', createdAt: at(-40) }),
      makePost({ id: 'remark', intent: 'other', createdAt: at(-45) }),
      // Too old for the window.
      makePost({ id: 'old', intent: 'question', createdAt: new Date(WEEK_AGO - MIN).toISOString() }),
      // A web mention (a press article): on the wall, but no answer is expected there.
      makePost({ id: 'press', intent: 'question', network: 'web', kind: 'mention', createdAt: at(-60) }),
    ]);
    const stats = await store.stats.answerWindow(SINCE, 60 * 60, 10);
    // Customer posts: fast, slow, never, deep, sub (a comment on a customer's post still calls for an answer), on-page.
    expect(stats.awaited).toBe(6);
    // Answered: fast (10 min), slow (300 min), deep (20 min, by root); sub is answered by r3's parent.
    expect(stats.answered).toBe(4);
    expect(stats.waiting).toBe(2);
    expect(stats.oldest.map((w) => w.post.key)).toEqual(['mastodon:on-page', 'mastodon:never']);
    // Response times: 10, 10 (sub → r3), 20, 300 minutes; the median, to a bucket's width, is between the middle two.
    expect(stats.medianSeconds).toBeGreaterThanOrEqual(10 * 60);
    expect(stats.medianSeconds).toBeLessThanOrEqual(21 * 60);
    expect(stats.withinTarget).toBe(3 / 4);

    await store.writer.markDeleted(['mastodon:r1']);
    // The deleted first reply no longer counts: the later one does (110 min → outside the 60 min target).
    const after = await store.stats.answerWindow(SINCE, 60 * 60, 10);
    expect(after.answered).toBe(4);
    expect(after.withinTarget).toBe(2 / 4);
  });

  it('has nothing to say about an empty window', async () => {
    const store = openTestStore(tempDbPath(), new TestClock(NOW));
    expect(await store.stats.answerWindow(SINCE, 600, 10)).toEqual({
      awaited: 0,
      answered: 0,
      waiting: 0,
      medianSeconds: null,
      p90Seconds: null,
      withinTarget: null,
      oldest: [],
    });
  });
});

describe('stats against brute force', () => {
  it('rating and hourly buckets match a direct computation over a random mix', async () => {
    const clock = new TestClock(NOW);
    const store = openTestStore(tempDbPath(), clock);
    const random = seededRandom(42);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const posts = new Map<string, Post>();
    const deleted = new Set<string>();
    for (let i = 0; i < 600; i++) {
      const isBrand = random() < 0.3;
      const customers = [...posts.values()].filter((p) => !p.author.isBrand);
      const parent = isBrand && customers.length > 0 ? pick(customers) : undefined;
      const memory = random() < 0.15;
      const post = makePost({
        id: `m${i}`,
        network: memory ? 'foursquare' : pick(['facebook', 'x', 'instagram'] as const),
        kind: parent ? 'reply' : pick(['post', 'comment', 'mention', 'review', 'tip'] as const),
        author: isBrand ? brand : { id: `u${i % 13}` },
        createdAt: new Date(NOW - Math.floor(random() * 9 * 24 * HOUR)).toISOString(),
        ...(parent ? { parentKey: parent.key, rootKey: parent.key } : {}),
        ...(random() < 0.5 ? { rating: 1 + Math.floor(random() * 5) } : {}),
        sentiment: pick(['positive', 'neutral', 'negative'] as const),
        intent: pick(['question', 'complaint', 'praise', 'other'] as const),
        cachePolicy: memory
          ? { mode: 'memory' }
          : random() < 0.1
            ? { mode: 'ttl', seconds: random() < 0.5 ? 1 : 86_400 }
            : { mode: 'persist' },
        fetchedAt: new Date(NOW - 1_000).toISOString(),
      });
      posts.set(post.key, post);
    }
    await store.writer.upsertMany([...posts.values()]);
    const toDelete = [...posts.keys()].filter(() => random() < 0.1);
    await store.writer.markDeleted(toDelete);
    toDelete.forEach((key) => deleted.add(key));

    const onWall = (p: Post): boolean =>
      !deleted.has(p.key) &&
      !(p.cachePolicy.mode === 'ttl' && Date.parse(p.fetchedAt) + p.cachePolicy.seconds * 1000 <= NOW);
    const live = [...posts.values()].filter(onWall);
    const ms = (p: Post): number => Date.parse(p.createdAt);

    const rated = live.filter(
      (p) => !p.author.isBrand && (p.kind === 'review' || p.kind === 'tip') && p.rating !== undefined,
    );
    const rating = await store.stats.ratingStats(NOW);
    expect(rating.count).toBe(rated.length);
    expect(rating.average).toBeCloseTo(rated.reduce((sum, p) => sum + (p.rating ?? 0), 0) / rated.length, 9);

    const hours = await store.stats.hourlyCounts(NOW, 24);
    expect(hours).toHaveLength(24);
    const firstHour = Math.floor(NOW / HOUR) * HOUR - 23 * HOUR;
    hours.forEach((bucket, i) => {
      expect(Date.parse(bucket.hourStart)).toBe(firstHour + i * HOUR);
      const expected: Record<string, number> = {};
      for (const p of live) {
        if (p.state === 'live' && Math.floor(ms(p) / HOUR) * HOUR === firstHour + i * HOUR)
          expected[p.network] = (expected[p.network] ?? 0) + 1;
      }
      expect(bucket.perNetwork).toEqual(expected);
    });
  });

  it('hourly buckets: 24 entries, oldest first, empty hours zero', async () => {
    const store = openTestStore(tempDbPath(), new TestClock(NOW));
    await store.writer.upsertMany([makePost({ id: 'h', network: 'x', createdAt: at(-5 * 60) })]);
    const hours = await store.stats.hourlyCounts(NOW, 24);
    expect(hours.map((h) => Object.values(h.perNetwork).reduce((a, b) => a + b, 0))).toEqual(
      Array.from({ length: 24 }, (_, i) => (i === 18 ? 1 : 0)),
    );
  });
});

describe('stats query plans', () => {
  it('walk their indexes, bounded by the window', () => {
    const path = tempDbPath();
    openTestStore(path, new TestClock(NOW));
    const db = new Database(path, { readonly: true });
    const plan = (sql: string) =>
      db
        .prepare<[Record<string, number>], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
        .all({ since: 0, until: 0, now: 0, after_created: 0, after_row: 0, limit: 1 })
        .map((r) => r.detail)
        .join('\n');
    expect(plan(TTL_RATING_SQL)).toMatch(/posts_expiry/);
    db.close();
  });
});
