import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RECOVERY_POLICY,
  EMPTY_RECOVERY_STATE,
  onGpuCrash,
  onWindowFailure,
  type RecoveryAction,
  type RecoveryState,
} from '../../../src/main/electron/recovery/recovery-budget.ts';
import { judgeMemory } from '../../../src/main/electron/recovery/memory-watchdog.ts';
import { checkNightlyReload, nextNightlyReload } from '../../../src/main/electron/recovery/nightly-reload.ts';

const MIN = 60_000;

/** Feeds failures of one window at the given minutes, returns the action types. */
function failuresAt(minutes: number[], key = 'panel:1'): RecoveryAction['type'][] {
  let state: RecoveryState = EMPTY_RECOVERY_STATE;
  return minutes.map((m) => {
    const result = onWindowFailure(state, key, 'crashed', m * MIN);
    state = result.state;
    return result.action.type;
  });
}

describe('recovery budget', () => {
  it('reloads a crashed panel within seconds', () => {
    const { action } = onWindowFailure(EMPTY_RECOVERY_STATE, 'panel:2', 'unresponsive', 0);
    expect(action).toEqual({
      type: 'reload',
      key: 'panel:2',
      afterMs: 2_000,
      reason: 'panel:2 unresponsive (1 of 3 in 10 min)',
    });
    expect(DEFAULT_RECOVERY_POLICY.reloadDelayMs).toBeLessThanOrEqual(5_000);
  });

  it('restarts the app at the fourth failure of one window within ten minutes, then starts a new budget', () => {
    expect(failuresAt([0, 1, 2, 3, 4])).toEqual(['reload', 'reload', 'reload', 'restart-app', 'reload']);
  });

  it('forgets failures older than the window', () => {
    expect(failuresAt([0, 5, 9, 11, 16, 17])).toEqual([
      'reload',
      'reload',
      'reload',
      'reload',
      'reload',
      'restart-app',
    ]);
  });

  it('counts each window on its own', () => {
    let state: RecoveryState = EMPTY_RECOVERY_STATE;
    const types = ['panel:1', 'panel:2', 'panel:3', 'panel:1', 'panel:2', 'panel:3'].map((key, i) => {
      const r = onWindowFailure(state, key, 'crashed', i * MIN);
      state = r.state;
      return r.action.type;
    });
    expect(types.every((t) => t === 'reload')).toBe(true);
  });

  it('relaunches without hardware acceleration after repeated GPU crashes, and only while it is on', () => {
    let state: RecoveryState = EMPTY_RECOVERY_STATE;
    const types = [0, 1, 2, 3].map((m) => {
      const r = onGpuCrash(state, m * MIN, true);
      state = r.state;
      return r.action.type;
    });
    expect(types).toEqual(['none', 'none', 'none', 'relaunch-without-gpu']);
    let off: RecoveryState = EMPTY_RECOVERY_STATE;
    for (const m of [0, 1, 2, 3, 4]) off = onGpuCrash(off, m * MIN, false).state;
    expect(onGpuCrash(off, 5 * MIN, false).action.type).toBe('none');
  });
});

describe('memory watchdog', () => {
  it('reloads a panel over the limit on two samples in a row, not on one burst', () => {
    const first = judgeMemory(
      [
        { key: 'panel:1', workingSetKb: 1500 * 1024 },
        { key: 'panel:2', workingSetKb: 300 * 1024 },
      ],
      1024,
      new Set(),
    );
    expect(first.reload).toEqual([]);
    expect([...first.overOnce]).toEqual(['panel:1']);
    const second = judgeMemory(
      [
        { key: 'panel:1', workingSetKb: 1600 * 1024 },
        { key: 'panel:2', workingSetKb: 300 * 1024 },
      ],
      1024,
      first.overOnce,
    );
    expect(second.reload).toEqual([{ key: 'panel:1', mb: 1600 }]);
    const recovered = judgeMemory([{ key: 'panel:1', workingSetKb: 200 * 1024 }], 1024, first.overOnce);
    expect(recovered).toEqual({ reload: [], overOnce: new Set() });
  });
});

describe('nightly reload', () => {
  it('is due at the next occurrence of the hour, local time', () => {
    expect(nextNightlyReload(new Date(2025, 2, 10, 3, 59), 4)).toEqual(new Date(2025, 2, 10, 4, 0));
    expect(nextNightlyReload(new Date(2025, 2, 10, 4, 0), 4)).toEqual(new Date(2025, 2, 11, 4, 0));
    expect(nextNightlyReload(new Date(2025, 11, 31, 23, 0), 4)).toEqual(new Date(2026, 0, 1, 4, 0));
  });

  it('fires once per night on the periodic tick, also after the machine slept through the hour', () => {
    let schedule = checkNightlyReload({ dueAt: undefined }, new Date(2025, 2, 10, 12, 0), 4).schedule;
    const ticks = [
      new Date(2025, 2, 11, 3, 59, 30),
      new Date(2025, 2, 11, 4, 0, 10),
      new Date(2025, 2, 11, 4, 0, 40),
      new Date(2025, 2, 12, 9, 0),
    ];
    const fired = ticks.map((t) => {
      const r = checkNightlyReload(schedule, t, 4);
      schedule = r.schedule;
      return r.reloadNow;
    });
    expect(fired).toEqual([false, true, false, true]);
    expect(checkNightlyReload(schedule, new Date(2030, 0, 1), null)).toEqual({
      reloadNow: false,
      schedule: { dueAt: undefined },
    });
  });
});
