// The store PC's link to its hub, on a clock moved by hand: offline from the start until the hub is heard,
// offline since the moment it was lost (not since each failed retry), revoked for good, kept across a restart.
import { describe, expect, it } from 'vitest';
import { HubLinkState } from '../../../src/main/fleet/follower/hub-link-state.ts';
import { retryDelayMs } from '../../../src/main/fleet/follower/hub-follower.ts';
import type { HubLink } from '../../../src/shared/health.ts';

const T0 = Date.parse('2026-12-07T10:00:00Z');

describe('the link to the hub', () => {
  it('goes up, down once (the first loss counts) and up again, telling each change', () => {
    let now = T0;
    const told: HubLink[] = [];
    const link = new HubLinkState(
      () => now,
      (l) => told.push(l),
    );
    expect(link.current).toEqual({ state: 'offline', since: '2026-12-07T10:00:00.000Z' });
    now += 1_000;
    link.up();
    now += 60_000;
    link.down();
    now += 600_000;
    link.down();
    expect(link.current).toEqual({ state: 'offline', since: '2026-12-07T10:01:01.000Z' });
    link.up();
    expect(told.map((l) => l.state)).toEqual(['online', 'offline', 'online']);
  });

  it('stays offline since the kept moment after a restart, and revoked stays revoked', () => {
    const kept: HubLink = { state: 'offline', since: '2026-12-07T09:00:00.000Z' };
    const link = new HubLinkState(
      () => T0,
      () => undefined,
      kept,
    );
    link.down();
    expect(link.current).toBe(kept);
    link.revoked();
    link.revoked();
    expect(link.current).toEqual({ state: 'revoked', since: '2026-12-07T10:00:00.000Z' });
  });
});

describe('the retries', () => {
  it('double from 1 s to 30 s, spread ±20 %', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((n) => retryDelayMs(n, () => 0.5))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
    ]);
    expect(retryDelayMs(6, () => 0)).toBe(24_000);
    expect(retryDelayMs(6, () => 1)).toBe(36_000);
  });
});
