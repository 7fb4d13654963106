// The PIN's pure parts: the growing delay after wrong tries, and the slow versioned hash.
import { describe, expect, it } from 'vitest';
import { hashPin, verifyPin } from '../../../src/main/settings/pin-hash.ts';
import {
  MAX_UNLOCK_DELAY_MS,
  OTHER_CLIENT_DELAYS,
  retryAfterMs,
  unlockDelayMs,
} from '../../../src/main/settings/unlock-delay.ts';

describe('unlock delay', () => {
  it('gives three free tries, then doubles from 2 s, capped at 5 minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((n) => unlockDelayMs(n))).toEqual([0, 0, 0, 2_000, 4_000, 8_000, 16_000]);
    expect(unlockDelayMs(30)).toBe(MAX_UNLOCK_DELAY_MS);
  });

  it('gives any other client one free try, then doubles from 1 minute, capped at 30 minutes', () => {
    expect([0, 1, 2, 3].map((n) => unlockDelayMs(n, OTHER_CLIENT_DELAYS))).toEqual([0, 60_000, 120_000, 240_000]);
    expect(unlockDelayMs(30, OTHER_CLIENT_DELAYS)).toBe(30 * 60_000);
  });

  it('keeps the bound near 14 guesses an hour, both lanes together, in the long run', () => {
    const guessesPerHour = (policy?: typeof OTHER_CLIENT_DELAYS) => {
      let at = 0;
      let n = 0;
      while (at < 24 * 3_600_000) at += unlockDelayMs(n++, policy);
      let inLastHour = 0;
      for (let t = at; t < at + 3_600_000; t += unlockDelayMs(n++, policy)) inLastHour++;
      return inLastHour;
    };
    expect(guessesPerHour() + guessesPerHour(OTHER_CLIENT_DELAYS)).toBeLessThanOrEqual(14);
  });

  it('counts from the last failure on the clock', () => {
    expect(retryAfterMs({ consecutiveFailures: 4, lastFailureAtMs: 10_000 }, 11_000)).toBe(3_000);
    expect(retryAfterMs({ consecutiveFailures: 4, lastFailureAtMs: 10_000 }, 14_000)).toBe(0);
  });
});

describe('PIN hash', () => {
  it('is salted, versioned, and verifies only the right PIN', async () => {
    const a = await hashPin('123456');
    const b = await hashPin('123456');
    expect(a).toMatch(/^scrypt1\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPin('123456', a)).toBe(true);
    expect(await verifyPin('123457', a)).toBe(false);
    expect(await verifyPin('123456', 'garbage')).toBe(false);
  });
});
