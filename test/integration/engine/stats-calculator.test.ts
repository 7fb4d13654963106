// The panel's figures as the engine computes them from the rollups, at a fixed instant: every figure about the same
// posts and the same window (answered + waiting = awaited, the rate, the oldest wait), the window in whole hours,
// the waiting customers by first name, and the week's complaint themes against the week before.
import { describe, expect, it } from 'vitest';
import {
  ANSWER_WINDOW_HOURS,
  HOUR_MS,
  computeStats,
  windowStartMs,
} from '../../../src/main/engine/stats-calculator.ts';
import { firstNameOf } from '../../../src/main/engine/waiting-post.ts';
import { makePost } from '../store/post-factory.ts';
import { openTestStore, tempDbPath, TestClock } from '../store/store-test-kit.ts';

const NOW = Date.parse('2026-03-08T15:20:00.000Z');
const TODAY = Date.parse('2026-03-08T00:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();
const brand = { id: 'brand', name: 'Atelier Nova', isBrand: true };
const input = {
  nowMs: NOW,
  startOfDayMs: TODAY,
  responseTargetSeconds: 3_600,
  answerTarget: 0.8,
  hidden: 2,
  networkRatings: [],
};

describe('the statistics of the panel', () => {
  it('count the same posts over the same window: answered + waiting = awaited, the oldest wait, the themes', async () => {
    const store = openTestStore(tempDbPath(), new TestClock(NOW));
    const posts = [
      // Waiting: a complaint of 3 days ago (the oldest), a question of 2 hours ago.
      makePost({
        id: 'k1',
        intent: 'complaint',
        theme: 'waiting',
        sentiment: 'negative',
        author: { id: 'u1', name: 'Marie Dupont' },
        url: 'https://example.org/k1',
        createdAt: iso(NOW - 72 * HOUR_MS),
      }),
      makePost({
        id: 'q1',
        intent: 'question',
        sentiment: 'neutral',
        author: { id: 'u2', name: '', handle: 'karim_b' },
        createdAt: iso(NOW - 2 * HOUR_MS),
      }),
      // Answered after 30 minutes.
      makePost({ id: 'q2', intent: 'question', sentiment: 'neutral', createdAt: iso(NOW - 5 * HOUR_MS) }),
      makePost({
        id: 'r2',
        kind: 'reply',
        author: brand,
        parentKey: 'mastodon:q2',
        rootKey: 'mastodon:q2',
        createdAt: iso(NOW - 5 * HOUR_MS + 30 * 60_000),
      }),
      // Praise calls for no answer; it counts in the tone.
      makePost({ id: 'p1', intent: 'praise', sentiment: 'positive', createdAt: iso(NOW - HOUR_MS) }),
      // Last week's complaint: a theme's trend, not the window's figures.
      makePost({
        id: 'k0',
        intent: 'complaint',
        theme: 'price',
        sentiment: 'negative',
        createdAt: iso(NOW - 200 * HOUR_MS),
      }),
    ];
    await store.writer.upsertMany(posts);
    const stats = await computeStats(store.stats, input);

    expect(stats.answers).toMatchObject({
      windowHours: ANSWER_WINDOW_HOURS,
      awaited: 3,
      answered: 1,
      waiting: 2,
      rate: 1 / 3,
      rateTarget: 0.8,
      targetSeconds: 3_600,
      withinTargetRate: 1,
      oldestWaitSeconds: 72 * 3_600,
    });
    // 30 minutes, to the histogram's precision (a minute under an hour).
    expect(Math.abs((stats.answers.medianResponseSeconds ?? 0) - 1_800)).toBeLessThanOrEqual(60);
    expect(stats.answers.oldestWaiting).toEqual([
      {
        key: 'mastodon:k1',
        network: 'mastodon',
        firstName: 'Marie',
        createdAt: iso(NOW - 72 * HOUR_MS),
        intent: 'complaint',
        url: 'https://example.org/k1',
      },
      {
        key: 'mastodon:q1',
        network: 'mastodon',
        firstName: '@karim_b',
        createdAt: iso(NOW - 2 * HOUR_MS),
        intent: 'question',
      },
    ]);
    expect(stats.sentiment).toEqual({ positive: 1, neutral: 2, negative: 1 });
    expect(stats.themes).toEqual({
      complaints: 1,
      previousComplaints: 1,
      themes: [
        { theme: 'waiting', count: 1, previous: 0 },
        { theme: 'price', count: 0, previous: 1 },
      ],
    });
    expect(stats.hidden).toBe(2);
  });

  it('the window is the current hour and the 167 before it; a post leaves it with its hour', async () => {
    expect(windowStartMs(NOW)).toBe(Date.parse('2026-03-01T16:00:00.000Z'));
    const store = openTestStore(tempDbPath(), new TestClock(NOW));
    await store.writer.upsertMany([
      makePost({ id: 'in', intent: 'question', createdAt: '2026-03-01T16:00:00.000Z' }),
      makePost({ id: 'out', intent: 'question', createdAt: '2026-03-01T15:59:59.999Z' }),
    ]);
    const stats = await computeStats(store.stats, input);
    expect(stats.answers.awaited).toBe(1);
    expect(stats.answers.oldestWaiting.map((w) => w.key)).toEqual(['mastodon:in']);
    expect((await computeStats(store.stats, { ...input, nowMs: NOW + HOUR_MS })).answers.awaited).toBe(0);
  });

  it('have nothing to say about an empty wall', async () => {
    const store = openTestStore(tempDbPath(), new TestClock(NOW));
    const stats = await computeStats(store.stats, input);
    expect(stats.answers).toMatchObject({
      awaited: 0,
      waiting: 0,
      rate: null,
      medianResponseSeconds: null,
      p90ResponseSeconds: null,
      oldestWaitSeconds: null,
      oldestWaiting: [],
    });
    expect(stats.themes).toEqual({ complaints: 0, previousComplaints: 0, themes: [] });
  });
});

describe('first names', () => {
  it('take the first word of the name, or the handle when the name is none', async () => {
    expect(firstNameOf({ id: '1', name: 'Jean-Baptiste Martin', isBrand: false })).toBe('Jean-Baptiste');
    expect(firstNameOf({ id: '1', name: '  ', handle: 'lea', isBrand: false })).toBe('@lea');
    expect(firstNameOf({ id: '1', name: 'lea', handle: '@lea', isBrand: false })).toBe('@lea');
    expect(firstNameOf({ id: '1', name: '', isBrand: false })).toBe('?');
    expect(firstNameOf({ id: '1', name: 'Jean-Christophe-Alexandre-Marie Durand', isBrand: false })).toBe(
      'Jean-Christophe-Alexand…',
    );
  });
});
