// Response times as a histogram: the bucket the SQL computes is the one the reader assumes, and the median, the
// 90th percentile and the share within the target come out within a bucket of the exact figures.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  bucketOf,
  bucketWidth,
  RESPONSE_BUCKET_SQL,
  responseFigures,
} from '../../../src/main/store/response-time-buckets.ts';

describe('response-time buckets', () => {
  it('SQL and TypeScript put every response time in the same bucket', () => {
    const db = new Database(':memory:');
    const bucket = db.prepare<[{ ms: number }], { b: number }>(
      `SELECT ${RESPONSE_BUCKET_SQL('CAST(@ms AS INTEGER)')} AS b`,
    );
    for (const seconds of [0, 59, 60, 3_599, 3_600, 3_601, 14_399, 14_400, 86_399, 86_400, 604_799, 604_800, 2e6])
      expect(bucket.get({ ms: seconds * 1000 + 999 })?.b, String(seconds)).toBe(bucketOf(seconds + 0.999));
  });

  it('is to the minute under an hour, five minutes under four hours, half an hour under a day', () => {
    expect([bucketOf(61), bucketWidth(bucketOf(61))]).toEqual([60, 60]);
    expect([bucketOf(3_900), bucketWidth(bucketOf(3_900))]).toEqual([3_900, 300]);
    expect([bucketOf(20_000), bucketWidth(bucketOf(20_000))]).toEqual([19_800, 1_800]);
  });

  it('median, 90th percentile and share within target from the histogram', () => {
    const times = [30, 90, 150, 400, 700, 1_000, 2_000, 3_000, 7_000, 30_000];
    const counts = new Map<number, number>();
    for (const t of times) counts.set(bucketOf(t), (counts.get(bucketOf(t)) ?? 0) + 1);
    const figures = responseFigures(counts, 3_600);
    expect(figures.answered).toBe(10);
    expect(Math.abs((figures.medianSeconds ?? 0) - 700)).toBeLessThanOrEqual(bucketWidth(700));
    expect(Math.abs((figures.p90Seconds ?? 0) - 7_000)).toBeLessThanOrEqual(bucketWidth(7_000));
    expect(figures.withinTarget).toBe(0.8);
    expect(responseFigures(new Map(), 3_600)).toEqual({
      answered: 0,
      medianSeconds: null,
      p90Seconds: null,
      withinTarget: null,
    });
    // One answer: the median is its bucket's start, not its middle.
    expect(responseFigures(new Map([[3_600, 1]]), 3_600).medianSeconds).toBe(3_600);
  });
});
