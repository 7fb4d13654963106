// A deleted post leaves the wall within the poll interval (issue 16, finding 6): each poll looks up the
// recent posts already read today (one call for up to 100 ids; X charges a post once per UTC day, so these
// reads cost nothing more), while the posts of the day before are re-checked every 15 minutes (they cost).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningXEmulator } from '../../../emulators/x/x-emulator.ts';
import { FakeClock, JANE, OMAR, runnerRig, startSeededEmulator, xDriver, type RunnerRig } from './x-test-kit.ts';

const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);

describe('X connector: deletes', () => {
  let clock: FakeClock;
  let emulator: RunningXEmulator;
  let rig: RunnerRig | undefined;
  beforeEach(async () => {
    clock = new FakeClock(T0);
    emulator = await startSeededEmulator(clock);
  });
  afterEach(async () => {
    await rig?.close();
    await emulator.close();
  });

  it('a post deleted after it was read leaves the wall at the next poll, at no extra charge', async () => {
    const kept = emulator.dataset.post({ authorId: JANE.id, text: 'Super accueil #AtelierNova' });
    const deleted = emulator.dataset.post({ authorId: OMAR.id, text: 'Bof #AtelierNova' });
    rig = runnerRig(xDriver(emulator, clock), clock);
    const next = async () => {
      clock.t += await rig!.runner.pollOnce();
    };
    await next();
    expect(await rig.post(`x:${deleted.id}`)).toBeDefined();
    const charged = rig.runner.currentHealth.budget?.['postsReadThisMonth'];

    emulator.dataset.delete(deleted.id);
    await next();
    expect(await rig.post(`x:${deleted.id}`)).toBeUndefined();
    expect(await rig.post(`x:${kept.id}`)).toBeDefined();
    expect(rig.runner.currentHealth.budget?.['postsReadThisMonth']).toBe(charged);
  });
});
