import { describe, expect, it } from 'vitest';
import {
  ANSWER_WINDOW_HOURS,
  HOUR_MS,
  computeStatsNow,
  computeStatsSliced,
  computeStats,
} from '../../../src/main/engine/stats-calculator.ts';
import { makePost } from '../store/post-factory.ts';
import { openTestStore, tempDbPath } from '../store/store-test-kit.ts';

const NOW = Date.parse('2026-03-08T15:20:00.000Z');
const TODAY = Date.parse('2026-03-08T00:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

describe('statistics read in hour slices', () => {
  it('adds up to what one read of the whole window gives, whatever the slicing', async () => {
    const store = openTestStore(tempDbPath());
    const posts = [];
    // Customer posts over 9 days (some outside the answer window), a third answered by the brand after 0–5 h.
    for (let i = 0; i < 300; i++) {
      const created = NOW - i * 43 * 60_000;
      const sentiment = (['positive', 'neutral', 'negative'] as const)[i % 3];
      const customer = makePost({
        id: `c${i}`,
        createdAt: iso(created),
        text: `customer ${i}`,
        intent: 'question',
        ...(sentiment ? { sentiment } : {}),
      });
      posts.push(customer);
      if (i % 3 === 0 && created + (i % 6) * HOUR_MS < NOW) {
        posts.push(
          makePost({
            id: `r${i}`,
            kind: 'reply',
            parentKey: customer.key,
            rootKey: customer.key,
            createdAt: iso(created + (i % 6) * HOUR_MS),
            author: { id: 'brand', name: 'Brand', isBrand: true },
          }),
        );
      }
    }
    await store.writer.upsertMany(posts);
    const input = { nowMs: NOW, startOfDayMs: TODAY, responseTargetSeconds: 3_600, hidden: 0, networkRatings: [] };

    const sliced = await computeStatsSliced(store.stats, input);
    expect(sliced).toEqual(await computeStatsNow(store.stats, input));
    expect(sliced.answers).toEqual({
      windowHours: ANSWER_WINDOW_HOURS,
      ...(await store.stats.answerStats(NOW - ANSWER_WINDOW_HOURS * HOUR_MS, NOW, 3_600)),
    });
    expect(sliced.sentiment).toEqual(await store.stats.sentimentSplit(TODAY, NOW));
    expect(sliced.answers.customerPosts).toBeGreaterThan(200);
    expect(sliced.answers.answered).toBeGreaterThan(50);
    expect(sliced.sentiment.positive + sliced.sentiment.neutral + sliced.sentiment.negative).toBeGreaterThan(15);
    await store.close();
  });

  it('pauses between steps: a page of 500 customer posts at a time', async () => {
    const store = openTestStore(tempDbPath());
    await store.writer.upsertMany(
      Array.from({ length: 1_200 }, (_, i) =>
        makePost({ id: `p${i}`, createdAt: iso(NOW - i * 60_000), sentiment: 'neutral', intent: 'complaint' }),
      ),
    );
    let pauses = 0;
    await computeStats(
      store.stats,
      { nowMs: NOW, startOfDayMs: TODAY, responseTargetSeconds: 60, hidden: 0, networkRatings: [] },
      () => {
        pauses++;
      },
    );
    // 1,200 customer posts (915 of them today) in pages of 500: 2 pages of today, 3 of the week.
    expect(pauses).toBe(2 + 3);
    await store.close();
  });
});
