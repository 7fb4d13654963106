import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../src/main/logger.ts';
import { RecoveryController } from '../../../src/main/electron/recovery/recovery-controller.ts';

/** A fake clock and scheduler, and a target that records what it was asked to do. */
function harness(hardwareAcceleration = true) {
  let now = 0;
  const timers: Array<{ at: number; run: () => void }> = [];
  const done: string[] = [];
  const logger = memoryLogger();
  const controller = new RecoveryController({
    target: {
      reloadWindow: (k) => done.push(`reload ${k}`),
      restartApp: () => done.push('restart'),
      relaunchWithoutGpu: () => done.push('no-gpu'),
    },
    logger,
    now: () => now,
    schedule: (run, afterMs) => timers.push({ at: now + afterMs, run }),
    hardwareAcceleration,
  });
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers.splice(0).filter((t) => t.at <= now)) t.run();
  };
  return { controller, done, logger, advance };
}

describe('recovery controller', () => {
  it('reloads a crashed panel a couple of seconds later, and logs why', () => {
    const h = harness();
    h.controller.windowFailed('panel:2', 'crashed', { crashReason: 'oom' });
    expect(h.done).toEqual([]);
    h.advance(2_000);
    expect(h.done).toEqual(['reload panel:2']);
    expect(JSON.parse(h.logger.lines[0]!)).toMatchObject({
      level: 'warn',
      msg: 'recovery: reloading a panel',
      reason: 'panel:2 crashed (1 of 3 in 10 min)',
      crashReason: 'oom',
    });
  });

  it('restarts the app when one panel keeps failing', () => {
    const h = harness();
    for (let i = 0; i < 4; i++) {
      h.controller.windowFailed('panel:1', 'unresponsive');
      h.advance(30_000);
    }
    expect(h.done).toEqual(['reload panel:1', 'reload panel:1', 'reload panel:1', 'restart']);
  });

  it('sends the memory watchdog’s reloads through the same budget', () => {
    const h = harness();
    const big = [{ key: 'panel:3', workingSetKb: 2_000 * 1024 }];
    h.controller.memorySampled(big, 1024);
    h.controller.memorySampled(big, 1024);
    h.advance(2_000);
    expect(h.done).toEqual(['reload panel:3']);
    expect(JSON.parse(h.logger.lines[0]!)).toMatchObject({
      reason: 'panel:3 memory (1 of 3 in 10 min)',
      mb: 2000,
      limitMb: 1024,
    });
  });

  it('relaunches without the GPU after repeated GPU crashes', () => {
    const h = harness();
    for (let i = 0; i < 4; i++) h.controller.gpuCrashed({ exitCode: 139 });
    expect(h.done).toEqual(['no-gpu']);
  });
});
