// Every post read costs money: reads are counted, the month's spend estimated, reading stops at the
// budget until the next month, and the count survives restarts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningXEmulator } from '../../../emulators/x/x-emulator.ts';
import {
  FakeClock,
  JANE,
  OMAR,
  poll,
  runnerRig,
  startSeededEmulator,
  upserts,
  xDriver,
  type RunnerRig,
} from './x-test-kit.ts';

const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);

describe('X connector: the monthly read budget', () => {
  let clock: FakeClock;
  let emulator: RunningXEmulator;
  let rig: RunnerRig | undefined;
  beforeEach(async () => {
    clock = new FakeClock(T0);
    emulator = await startSeededEmulator(clock);
  });
  afterEach(async () => {
    await rig?.close();
    rig = undefined;
    await emulator.close();
  });

  it('counts posts read and the estimated spend in the health budget', async () => {
    for (let i = 0; i < 3; i++) emulator.dataset.post({ authorId: JANE.id, text: `${i} #AtelierNova` });
    rig = runnerRig(xDriver(emulator, clock), clock);
    await rig.runner.pollOnce();
    expect(rig.runner.currentHealth.budget).toMatchObject({
      postsReadThisMonth: 3,
      estimatedSpendUsd: 0.015,
      monthlyBudgetUsd: 50,
    });
  });

  it('does not charge a post read again the same UTC day, and does the next day', async () => {
    clock.t = Date.UTC(2026, 10, 25, 23, 40);
    const p = emulator.dataset.post({ authorId: JANE.id, text: '@ateliernova merci' });
    const driver = xDriver(emulator, clock, { deleteRecheckMinutes: 15 });
    // Found by search and by mentions: one read charged.
    const first = await poll(driver);
    expect(first.budget).toMatchObject({ postsReadThisMonth: 1 });
    clock.t += 16 * 60_000; // 23:56, the re-check looks it up again
    const second = await poll(driver, first.cursor);
    expect(emulator.requests.filter((r) => r.path === '/2/tweets').at(-1)?.query['ids']).toBe(p.id);
    expect(second.budget).toMatchObject({ postsReadThisMonth: 1 });
    clock.t += 16 * 60_000; // 00:12 the next day
    const third = await poll(driver, second.cursor);
    expect(third.budget).toMatchObject({ postsReadThisMonth: 2 });
  });

  it('stops at the budget with a message for IT, keeps stopped after a restart, and resumes next month', async () => {
    for (let i = 0; i < 15; i++) emulator.dataset.post({ authorId: OMAR.id, text: `${i} #AtelierNova` });
    const options = { monthlyBudgetUsd: 0.05, pageSize: 10, includeMentions: false, includeBrandReplies: false };
    rig = runnerRig(xDriver(emulator, clock, options), clock);
    await rig.runner.pollOnce();
    expect(rig.runner.currentHealth.budget).toMatchObject({
      postsReadThisMonth: 10,
      estimatedSpendUsd: 0.05,
      monthlyBudgetUsd: 0.05,
    });
    const calls = emulator.requests.length;
    const delay = await rig.runner.pollOnce();
    expect(rig.runner.currentHealth).toMatchObject({
      state: 'failing',
      lastError: 'monthly X budget reached ($0.05): reading resumes on 1 December',
    });
    expect(delay).toBe(Date.UTC(2026, 11, 1) - T0);
    expect(emulator.requests.length).toBe(calls);

    // A restart reads the count from the persisted cursor.
    const cursor = (await rig.store.writer.loadSourceState('x'))?.cursor;
    const restarted = xDriver(emulator, clock, options);
    await expect(poll(restarted, cursor)).rejects.toMatchObject({
      kind: 'config',
      message: expect.stringContaining('budget reached'),
    });
    expect(emulator.requests.length).toBe(calls);

    clock.t = Date.UTC(2026, 11, 1, 0, 5);
    const later = emulator.dataset.post({ authorId: OMAR.id, text: 'décembre #AtelierNova' });
    const december = await poll(restarted, cursor);
    expect(upserts(december).map((p) => p.key)).toContain(`x:${later.id}`);
    expect(december.budget).toMatchObject({ postsReadThisMonth: expect.any(Number) });
    expect(Number(december.budget?.['postsReadThisMonth'])).toBeLessThanOrEqual(10);
  });

  it('asks for no more posts than the budget has left', async () => {
    for (let i = 0; i < 30; i++) emulator.dataset.post({ authorId: OMAR.id, text: `${i} #AtelierNova` });
    const driver = xDriver(emulator, clock, {
      monthlyBudgetUsd: 0.1,
      includeMentions: false,
      includeBrandReplies: false,
    });
    const result = await poll(driver);
    expect(emulator.requests[0]?.query['max_results']).toBe('20');
    expect(upserts(result)).toHaveLength(20);
  });
});
