// The statistics push: at most once per interval when something changed, once per heartbeat regardless,
// one computation at a time, and silence once stopped.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StatsTicker } from '../../../src/main/engine/stats-ticker.ts';
import { realTimers } from '../../../src/main/engine/source-runner.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import type { WallStats } from '../../../src/shared/stats.ts';

const stats = {} as WallStats;

describe('StatsTicker', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  function ticker(compute: () => Promise<WallStats> = () => Promise.resolve(stats)) {
    const published: number[] = [];
    const logger = memoryLogger();
    const t = new StatsTicker({
      timers: realTimers,
      compute,
      publish: () => published.push(Date.now()),
      logger,
      intervalMs: 1_000,
      heartbeatMs: 60_000,
    });
    return { t, published, logger };
  }

  it('pushes within an interval of a change, and not again until something else changes or the heartbeat is due', async () => {
    const { t, published } = ticker();
    t.start();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(published).toEqual([]);
    t.markDirty();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(published).toEqual([6_000]);
    await vi.advanceTimersByTimeAsync(50_000);
    expect(published).toEqual([6_000]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(published).toEqual([6_000, 66_000]);
    t.stop();
  });

  it('never runs two computations at once: the next tick waits for a slow one', async () => {
    let running = 0;
    let most = 0;
    const { t } = ticker(async () => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      running--;
      return stats;
    });
    t.start();
    for (let i = 0; i < 10; i++) {
      t.markDirty();
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(most).toBe(1);
    t.stop();
  });

  it('a computation that fails is logged; after a stop, nothing is published or logged', async () => {
    let fail: (err: Error) => void = () => {};
    const { t, published, logger } = ticker(() => new Promise<WallStats>((_resolve, reject) => (fail = reject)));
    t.start();
    t.markDirty();
    await vi.advanceTimersByTimeAsync(1_000);
    t.stop();
    fail(new Error('The database connection is not open'));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(published).toEqual([]);
    expect(logger.lines.filter((l) => l.includes('statistics failed'))).toEqual([]);
  });
});
