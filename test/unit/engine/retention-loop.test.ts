// Retention: a full pass at start and every interval, in chunks until the store says no more; expired posts
// leave the screens, and a stop ends the loop.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RetentionLoop } from '../../../src/main/engine/retention-loop.ts';
import { realTimers } from '../../../src/main/engine/source-runner.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import type { PostWriter, PurgeResult } from '../../../src/main/store/store-api.ts';

describe('RetentionLoop', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  function loop(results: PurgeResult[]) {
    const calls: { at: number; days: number }[] = [];
    const expired: string[] = [];
    let changes = 0;
    const writer = {
      purge: (nowMs: number, retentionDays: number) => {
        calls.push({ at: nowMs, days: retentionDays });
        return results.shift() ?? { expiredKeys: [], removed: 0, more: false };
      },
    } as unknown as PostWriter;
    const retention = new RetentionLoop({
      writer,
      timers: realTimers,
      retentionDays: () => 30,
      onExpired: (keys) => expired.push(...keys),
      onChange: () => changes++,
      logger: memoryLogger(),
      intervalMs: 600_000,
    });
    return { retention, calls, expired, changes: () => changes };
  }

  it('purges chunk after chunk at start, then once per interval', async () => {
    const { retention, calls, expired, changes } = loop([
      { expiredKeys: ['a'], removed: 100, more: true },
      { expiredKeys: [], removed: 20, more: false },
    ]);
    retention.start();
    // The store's calls are asynchronous: let the chain of awaits and yields between chunks run, at time 0.
    for (let i = 0; i < 5; i++) await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([
      { at: 0, days: 30 },
      { at: 0, days: 30 },
    ]);
    expect(expired).toEqual(['a']);
    expect(changes()).toBe(2);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(calls.map((c) => c.at)).toEqual([0, 0, 600_000]);
    retention.stop();
    await vi.advanceTimersByTimeAsync(6_000_000);
    expect(calls).toHaveLength(3);
  });
});
