import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF, pollDelayMs, retryDelayMs, type RetryInput } from '../../../src/main/engine/backoff.ts';

const max = () => 0.999999;
const min = () => 0;
const MINUTE = 60_000;
const delay = (input: Partial<RetryInput> & Pick<RetryInput, 'failures'>, random = min) =>
  retryDelayMs({ kind: 'server', intervalMs: 0, ...input }, DEFAULT_BACKOFF, random);

describe('retryDelayMs', () => {
  it('a live stream (no poll interval) reconnects after 2 s, doubling up to the cap', () => {
    expect([1, 2, 3, 4, 5].map((failures) => delay({ failures }))).toEqual([2000, 4000, 8000, 16000, 32000]);
    expect(delay({ failures: 40 })).toBe(DEFAULT_BACKOFF.capMs);
  });

  it('jitters up to a fifth above the delay, never below it', () => {
    expect(delay({ failures: 3 }, min)).toBe(8000);
    expect(delay({ failures: 3 }, max)).toBe(9600);
  });

  it('a failing source never calls more often than a healthy one: retries start at the poll interval', () => {
    const every5min = [1, 2, 3].map((failures) => delay({ failures, intervalMs: 5 * MINUTE }));
    expect(every5min).toEqual([5 * MINUTE, 10 * MINUTE, 10 * MINUTE]);
    // The healthy schedule's shortest gap is 90 % of the interval: a retry is never shorter.
    for (const kind of ['server', 'network', 'invalid-response', 'rate-limit'] as const)
      for (let failures = 1; failures < 12; failures++)
        expect(retryDelayMs({ failures, kind, intervalMs: 5 * MINUTE }, DEFAULT_BACKOFF, min)).toBeGreaterThanOrEqual(
          pollDelayMs(5 * MINUTE, undefined, min),
        );
    // An interval longer than the cap is its own cap.
    expect(delay({ failures: 9, intervalMs: 30 * MINUTE })).toBe(30 * MINUTE);
  });

  it('a network that cannot be reached is tried at the healthy pace: back within one poll interval of its return', () => {
    const day = [1, 2, 10, 100, 1_440].map((failures) =>
      retryDelayMs({ failures, kind: 'network', intervalMs: MINUTE }, DEFAULT_BACKOFF, max),
    );
    expect(day.every((d) => d <= MINUTE && d >= pollDelayMs(MINUTE, undefined, min))).toBe(true);
    expect(retryDelayMs({ failures: 5, kind: 'network', intervalMs: MINUTE }, DEFAULT_BACKOFF, min)).toBe(54_000);
    // A live stream (no interval) still reconnects on the doubling schedule.
    expect(delay({ failures: 5, kind: 'network' })).toBe(32_000);
  });

  it('only the network may bring a retry forward: a short Retry-After is honoured, still doubling from 2 s', () => {
    const withHint = [1, 4, 6, 20].map((failures) =>
      delay({ failures, kind: 'server', retryAfterMs: 5_000, intervalMs: 5 * MINUTE }),
    );
    expect(withHint).toEqual([5_000, 16_000, 64_000, 10 * MINUTE]);
  });

  it('never comes back before the network says so', () => {
    expect(delay({ failures: 1, kind: 'rate-limit', retryAfterMs: 90_000, intervalMs: 30_000 })).toBe(90_000);
    expect(delay({ failures: 1, kind: 'rate-limit', retryAfterMs: 500 })).toBe(2000);
    expect(delay({ failures: 1, kind: 'auth', retryAfterMs: 20 * MINUTE, intervalMs: 60_000 })).toBe(20 * MINUTE);
  });

  it('an expired token or a wrong setting is retried on a short growing schedule, in minutes', () => {
    const auth = [1, 2, 3, 4, 5, 6, 20].map((failures) => delay({ failures, kind: 'auth', intervalMs: 30_000 }));
    expect(auth).toEqual([1, 2, 4, 8, 15, 15, 15].map((m) => m * MINUTE));
    expect(delay({ failures: 1, kind: 'config', intervalMs: 30_000 })).toBe(MINUTE);
    // …and never more often than the source's own interval.
    expect(delay({ failures: 1, kind: 'auth', intervalMs: 5 * MINUTE })).toBe(5 * MINUTE);
  });
});

describe('pollDelayMs', () => {
  it('jitters the interval by ±10 %', () => {
    expect(pollDelayMs(10_000, undefined, min)).toBe(9_000);
    expect(pollDelayMs(10_000, undefined, max)).toBe(11_000);
  });

  it('honours a slow-down asked by the connector', () => {
    expect(pollDelayMs(10_000, 60_000, max)).toBe(60_000);
  });
});
