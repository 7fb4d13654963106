import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF, pollDelayMs, retryDelayMs } from '../../../src/main/engine/backoff.ts';

const max = () => 0.999999;
const min = () => 0;

describe('retryDelayMs', () => {
  it('grows exponentially with failures and stays under the cap', () => {
    const delays = [1, 2, 3, 4, 5].map((n) => retryDelayMs(n, 'server', undefined, DEFAULT_BACKOFF, max));
    expect(delays).toEqual([2000, 4000, 8000, 16000, 32000]);
    expect(retryDelayMs(40, 'server', undefined, DEFAULT_BACKOFF, max)).toBe(DEFAULT_BACKOFF.capMs);
  });

  it('jitters between half and the full delay', () => {
    expect(retryDelayMs(3, 'network', undefined, DEFAULT_BACKOFF, min)).toBe(4000);
    expect(retryDelayMs(3, 'network', undefined, DEFAULT_BACKOFF, max)).toBe(8000);
  });

  it('never comes back before the network says so', () => {
    expect(retryDelayMs(1, 'rate-limit', 90_000, DEFAULT_BACKOFF, max)).toBe(90_000);
    expect(retryDelayMs(1, 'rate-limit', 500, DEFAULT_BACKOFF, max)).toBe(2000);
  });

  it('waits long after an expired token or a bad configuration (no retry storm)', () => {
    expect(retryDelayMs(1, 'auth', undefined)).toBe(DEFAULT_BACKOFF.authRetryMs);
    expect(retryDelayMs(1, 'config', undefined)).toBe(DEFAULT_BACKOFF.authRetryMs);
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
