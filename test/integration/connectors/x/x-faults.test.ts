// Throttling, 5xx, expired token: the X connector through the runtime's SourceRunner on a real store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConnectorError } from '../../../../src/connectors/connector.ts';
import type { RunningXEmulator } from '../../../emulators/x/x-emulator.ts';
import { FakeClock, JANE, poll, runnerRig, startSeededEmulator, xDriver, type RunnerRig } from './x-test-kit.ts';

const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);

describe('X connector: limits and failures', () => {
  let clock: FakeClock;
  let emulator: RunningXEmulator;
  let rig: RunnerRig | undefined;
  beforeEach(async () => {
    clock = new FakeClock(T0);
    emulator = await startSeededEmulator(clock);
    emulator.dataset.post({ authorId: JANE.id, text: 'bonjour #AtelierNova' });
  });
  afterEach(async () => {
    await rig?.close();
    rig = undefined;
    await emulator.close();
  });

  it('reads x-rate-limit-* and slows down before the window runs out', async () => {
    const relaxed = await poll(xDriver(emulator, clock));
    // A fresh window only spreads the calls (900 s / 404 usable calls): far under the 30 s poll interval.
    expect(relaxed.minDelayMs).toBe(Math.round(900_000 / (449 - 45)));
    expect(relaxed.budget).toMatchObject({ rateLimitLimit: 450, rateLimitRemaining: 449 });
    // 50 calls left in a window that resets in 10 minutes, 45 of them kept in reserve.
    emulator.windows.set('search', { limit: 450, remaining: 50, resetAt: T0 + 10 * 60_000 });
    const tight = await poll(xDriver(emulator, clock));
    expect(tight.minDelayMs).toBe(Math.round((10 * 60_000) / 4));
    expect(tight.budget).toMatchObject({
      rateLimitRemaining: 49,
      rateLimitResetAt: new Date(T0 + 10 * 60_000).toISOString(),
    });
  });

  it('a 429 is a rate-limit error that waits until x-rate-limit-reset', async () => {
    emulator.switches.rateLimited = true;
    emulator.windows.set('search', { limit: 450, remaining: 0, resetAt: T0 + 7 * 60_000 });
    const error = await poll(xDriver(emulator, clock)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ kind: 'rate-limit', retryAfterMs: 7 * 60_000 });
  });

  it('backs off after a 5xx and recovers', async () => {
    rig = runnerRig(xDriver(emulator, clock), clock);
    emulator.switches.serverErrors = 1;
    const delay = await rig.runner.pollOnce();
    expect(rig.runner.currentHealth).toMatchObject({
      state: 'degraded',
      consecutiveFailures: 1,
      lastError: expect.stringContaining('503'),
    });
    // Never sooner than a healthy poll (every 30 s).
    expect(delay).toBeGreaterThanOrEqual(30_000);
    expect(delay).toBeLessThan(60_000);
    await rig.runner.pollOnce();
    expect(rig.runner.currentHealth).toMatchObject({ state: 'ok', consecutiveFailures: 0, acceptedItems: 1 });
  });

  it('an expired token shows "renew it in Settings" and is not retried in a loop', async () => {
    emulator.switches.expiredToken = true;
    rig = runnerRig(xDriver(emulator, clock), clock);
    await rig.runner.start();
    await clock.advance(30 * 60_000);
    expect(rig.runner.currentHealth).toMatchObject({
      state: 'failing',
      lastError: 'X token refused or expired — renew it in Settings',
    });
    // Thirty minutes of runner cycles: retried after 1, 2, 4, 8 minutes — 5 calls where a healthy source makes 60.
    expect(emulator.requests).toHaveLength(5);
    expect(JSON.stringify(rig.healths)).not.toContain('emulator-bearer-token');

    // Compare: a network failing with 5xx is retried from the poll interval on, doubling up to 10 minutes.
    await rig.close();
    rig = undefined;
    emulator.switches.expiredToken = false;
    emulator.switches.serverErrors = 1000;
    emulator.requests.length = 0;
    rig = runnerRig(xDriver(emulator, clock), clock);
    await rig.runner.start();
    await clock.advance(30 * 60_000);
    expect(emulator.requests.length).toBe(7);
  });

  it('a token X refuses is the same auth error', async () => {
    const driver = xDriver(emulator, clock, { bearerToken: 'some-other-token-that-x-refuses' });
    await expect(poll(driver)).rejects.toMatchObject({
      kind: 'auth',
      message: 'X token refused or expired — renew it in Settings',
    });
  });
});
