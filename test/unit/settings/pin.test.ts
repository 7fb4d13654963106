// The PIN's pure parts: the growing delay after wrong tries, and the slow versioned hash.
import { describe, expect, it } from 'vitest';
import { hashPin, verifyPin } from '../../../src/main/settings/pin-hash.ts';
import { MAX_UNLOCK_DELAY_MS, retryAfterMs, unlockDelayMs } from '../../../src/main/settings/unlock-delay.ts';

describe('unlock delay', () => {
  it('gives three free tries, then doubles from 2 s, capped at 5 minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(unlockDelayMs)).toEqual([0, 0, 0, 2_000, 4_000, 8_000, 16_000]);
    expect(unlockDelayMs(30)).toBe(MAX_UNLOCK_DELAY_MS);
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
