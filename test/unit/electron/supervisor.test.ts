// The supervisor that brings the wall back after any death of its main process: its decisions as pure
// functions of a fake clock, the process supervisor with a fake child, and one real stand-in process
// killed and seen started again.
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { EXIT_CONFIG_REFUSED, EXIT_RESTART } from '../../../src/main/electron/launch/exit-codes.ts';
import { ProcessSupervisor, type KioskChild } from '../../../src/main/electron/supervisor/process-supervisor.ts';
import {
  DEFAULT_RESTART_POLICY,
  decideAfterExit,
  type SupervisorDecision,
} from '../../../src/main/electron/supervisor/restart-policy.ts';
import { kioskArgs, supervisionRole } from '../../../src/main/electron/supervisor/supervision-role.ts';
import { memoryLogger } from '../../../src/main/logger.ts';

const MIN = 60_000;

describe('what the supervisor decides when the wall’s main process ends', () => {
  it('restarts a crash within seconds, slower each time in a row, never later than 30 s', () => {
    let deaths: number[] = [];
    const delays = [0, 1, 2, 3, 4, 5].map((i) => {
      const result = decideAfterExit(deaths, { code: null, signal: 'SIGSEGV', at: i * 40_000 });
      deaths = result.deaths;
      return result.decision.type === 'restart' ? result.decision.afterMs : -1;
    });
    expect(delays).toEqual([1_000, 5_000, 15_000, 30_000, 30_000, 30_000]);
    expect(Math.max(...DEFAULT_RESTART_POLICY.delaysMs)).toBeLessThanOrEqual(30_000);
  });

  it('says why in words: a signal, a restart the kiosk asked for, a failure to start', () => {
    const reason = (code: number | null, signal: string | null) =>
      (decideAfterExit([], { code, signal, at: 0 }).decision as { reason: string }).reason;
    expect(reason(null, 'SIGKILL')).toBe('the wall stopped by SIGKILL; restart 1 of 10 in 10 min, in 1 s');
    expect(reason(EXIT_RESTART, null)).toMatch(/^the wall asked to be restarted \(exit code 75\)/);
    expect(reason(70, null)).toMatch(/^the wall could not start \(exit code 70\)/);
    expect(reason(139, null)).toMatch(/^the wall exited with code 139/);
  });

  it('gives up on a crash loop (more than 10 deaths in 10 minutes) instead of spinning, and says so', () => {
    let deaths: number[] = [];
    let decision: SupervisorDecision | undefined;
    for (let i = 0; i < 11; i++) {
      ({ deaths, decision } = decideAfterExit(deaths, { code: 1, signal: null, at: i * 30_000 }));
      if (i < 10) expect(decision.type).toBe('restart');
    }
    expect(decision).toEqual({
      type: 'give-up',
      reason: expect.stringMatching(
        /^the wall stopped 11 times in 10 min \(last: exited with code 1\): not restarting/,
      ),
    });
  });

  it('forgets deaths older than the window: a wall that ran well starts a new budget', () => {
    let deaths: number[] = [];
    for (let i = 0; i < 10; i++) ({ deaths } = decideAfterExit(deaths, { code: 1, signal: null, at: i * 1_000 }));
    const later = decideAfterExit(deaths, { code: 1, signal: null, at: 10 * 1_000 + 10 * MIN });
    expect(later.decision).toMatchObject({ type: 'restart', afterMs: 1_000 });
    expect(later.deaths).toHaveLength(1);
  });

  it('does not restart a refused configuration or a quit on purpose', () => {
    expect(decideAfterExit([], { code: EXIT_CONFIG_REFUSED, signal: null, at: 0 }).decision).toMatchObject({
      type: 'give-up',
      reason: expect.stringContaining('configuration was refused'),
    });
    expect(decideAfterExit([], { code: 0, signal: null, at: 0 }).decision.type).toBe('stop');
  });
});

describe('what the app is when it starts', () => {
  const role = (platform: NodeJS.Platform, packaged: boolean, env: NodeJS.ProcessEnv = {}, argv: string[] = []) =>
    supervisionRole({ platform, packaged, env, argv });
  it('the installed app hands over to systemd on Linux and supervises itself on Windows', () => {
    expect(role('linux', true)).toEqual({ kind: 'hand-over-to-systemd' });
    expect(role('win32', true)).toEqual({ kind: 'supervise' });
  });
  it('the kiosk proper under either supervisor, or alone for npm start and --no-supervisor', () => {
    expect(role('linux', true, { SOCIAL_WALL_SUPERVISOR: 'systemd' })).toEqual({
      kind: 'kiosk',
      supervisor: 'systemd',
    });
    expect(role('win32', true, { SOCIAL_WALL_SUPERVISOR: 'process' })).toEqual({
      kind: 'kiosk',
      supervisor: 'process',
    });
    expect(role('linux', false)).toEqual({ kind: 'kiosk', supervisor: undefined });
    expect(role('win32', true, {}, ['--no-supervisor'])).toEqual({ kind: 'kiosk', supervisor: undefined });
  });
  it('--stop stops; the supervised kiosk gets the launcher’s arguments without the launcher’s switches', () => {
    expect(role('win32', true, {}, ['--stop'])).toEqual({ kind: 'stop' });
    expect(kioskArgs(['--data-dir', 'D:\\wall', '--no-supervisor', '--ozone-platform=x11'])).toEqual([
      '--data-dir',
      'D:\\wall',
      '--ozone-platform=x11',
    ]);
  });
});

/** A child process that does what the test says. */
class FakeChild extends EventEmitter implements KioskChild {
  static next = 100;
  readonly pid = FakeChild.next++;
  killed: NodeJS.Signals | undefined;
  kill(signal: NodeJS.Signals = 'SIGTERM'): boolean {
    this.killed = signal;
    setImmediate(() => this.emit('exit', null, signal));
    return true;
  }
}

function fakeSupervisor() {
  let clock = 0;
  const children: FakeChild[] = [];
  const timers: Array<{ at: number; run: () => void }> = [];
  const ended: SupervisorDecision[] = [];
  const logger = memoryLogger();
  const supervisor = new ProcessSupervisor({
    spawnKiosk: () => {
      const child = new FakeChild();
      children.push(child);
      return child;
    },
    logger,
    now: () => clock,
    schedule: (run, ms) => void timers.push({ at: clock + ms, run }),
    onEnd: (decision) => void ended.push(decision),
  });
  /** Moves the fake clock, running the timers that fall due. */
  const advance = (ms: number) => {
    clock += ms;
    for (const t of timers.filter((t) => t.at <= clock)) {
      timers.splice(timers.indexOf(t), 1);
      t.run();
    }
  };
  return { supervisor, children, ended, logger, advance };
}

describe('the process supervisor (Windows, and Linux without systemd)', () => {
  it('starts the wall again after its death, after the policy’s delay, and logs the reason', () => {
    const { supervisor, children, logger, advance } = fakeSupervisor();
    supervisor.start();
    children[0]!.emit('exit', null, 'SIGSEGV');
    expect(children).toHaveLength(1);
    advance(999);
    expect(children).toHaveLength(1);
    advance(1);
    expect(children).toHaveLength(2);
    expect(logger.lines.join('\n')).toContain('the wall stopped by SIGSEGV; restart 1 of 10 in 10 min, in 1 s');
  });

  it('gives up after a crash loop and ends, with the reason logged as an error', () => {
    const { supervisor, children, ended, logger, advance } = fakeSupervisor();
    supervisor.start();
    for (let i = 0; i < 11; i++) {
      children.at(-1)!.emit('exit', 1, null);
      advance(30_000);
    }
    expect(children).toHaveLength(11);
    expect(ended).toEqual([expect.objectContaining({ type: 'give-up' })]);
    const last = JSON.parse(logger.lines.at(-1)!) as { level: string; msg: string };
    expect(last).toMatchObject({ level: 'error', msg: 'supervisor: gave up restarting the wall' });
  });

  it('a spawn that fails is a death like another; IT’s stop ends the wall and does not restart it', () => {
    const { supervisor, children, ended, advance } = fakeSupervisor();
    supervisor.start();
    children[0]!.emit('error', new Error('spawn EACCES'));
    advance(1_000);
    expect(children).toHaveLength(2);
    supervisor.stop('asked with --stop');
    expect(children[1]!.killed).toBe('SIGTERM');
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        expect(ended).toEqual([{ type: 'stop', reason: 'stopped by IT' }]);
        advance(60_000);
        expect(children).toHaveLength(2);
        resolve();
      }),
    );
  });

  it('kills a real stand-in child process and sees it started again', async () => {
    const logger = memoryLogger();
    const pids: number[] = [];
    let done: (d: SupervisorDecision) => void = () => undefined;
    const ended = new Promise<SupervisorDecision>((resolve) => (done = resolve));
    const supervisor = new ProcessSupervisor({
      spawnKiosk: () => {
        const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
        if (child.pid !== undefined) pids.push(child.pid);
        return child;
      },
      logger,
      now: Date.now,
      schedule: (run, ms) => void setTimeout(run, ms),
      onEnd: done,
      policy: { ...DEFAULT_RESTART_POLICY, delaysMs: [100] },
    });
    supervisor.start();
    expect(pids).toHaveLength(1);
    process.kill(pids[0]!, 'SIGKILL');
    const deadline = Date.now() + 20_000;
    while (pids.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(pids).toHaveLength(2);
    expect(pids[1]).not.toBe(pids[0]);
    expect(() => process.kill(pids[1]!, 0)).not.toThrow(); // the new one runs
    supervisor.stop('end of test');
    expect(await ended).toEqual({ type: 'stop', reason: 'stopped by IT' });
    expect(logger.lines.join('\n')).toContain('the wall stopped by SIGKILL');
  }, 30_000);
});
