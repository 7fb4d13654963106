// Linux's supervisor is systemd: the units the app writes (checked by systemd's own `systemd-analyze
// verify` where it is installed), their log commands run as systemd would run them, and the handover
// with a stand-in systemctl.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handOverToSystemd, type Systemctl } from '../../../src/main/electron/supervisor/systemd-handover.ts';
import { KIOSK_UNIT, kioskUnits, quoteSystemdArg } from '../../../src/main/electron/supervisor/systemd-unit.ts';
import { memoryLogger } from '../../../src/main/logger.ts';

/** The words of an Exec line as systemd splits them (systemd.service, "Command lines"; then $$ and %%). */
function systemdWords(line: string): string[] {
  const words: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (const m of line.matchAll(re)) {
    const word = m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] as string);
    words.push(word.replace(/\$\$/g, '$').replace(/%%/g, '%'));
  }
  return words;
}

const setting = (unit: string, key: string) =>
  unit
    .split('\n')
    .find((l) => l.startsWith(`${key}=`))
    ?.slice(key.length + 1);

const dir = mkdtempSync(join(tmpdir(), "it's a wall 50%-"));
const logFile = join(dir, 'logs', 'kiosk.log');
const units = kioskUnits({
  exec: '/opt/Social Wall/social-wall',
  args: ['--data-dir', dir, '--ozone-platform=x11'],
  logFile,
});
const kiosk = units[KIOSK_UNIT]!;

describe('the systemd units', () => {
  it('restart the wall whatever ends it, slow down and stop in a crash loop, never for a refused config or a quit', () => {
    expect(setting(kiosk, 'Restart')).toBe('always');
    expect(setting(kiosk, 'RestartSec')).toBe('1');
    expect(setting(kiosk, 'RestartMaxDelaySec')).toBe('30');
    expect(setting(kiosk, 'StartLimitIntervalSec')).toBe('600');
    expect(setting(kiosk, 'StartLimitBurst')).toBe('11');
    expect(setting(kiosk, 'RestartPreventExitStatus')).toBe('0 78');
    expect(setting(kiosk, 'OnFailure')).toBe('social-wall-gave-up.service');
    expect(setting(kiosk, 'Environment')).toBe('SOCIAL_WALL_SUPERVISOR=systemd');
  });

  it('start the app with its arguments, whatever spaces, quotes and % they hold', () => {
    expect(systemdWords(setting(kiosk, 'ExecStart')!)).toEqual([
      '/opt/Social Wall/social-wall',
      '--data-dir',
      dir,
      '--ozone-platform=x11',
    ]);
    expect(quoteSystemdArg('plain')).toBe('plain');
    expect(quoteSystemdArg('$HOME')).toBe('$$HOME');
  });

  it.each([
    ['a crash', { SERVICE_RESULT: 'signal', EXIT_CODE: 'killed', EXIT_STATUS: 'SEGV' }, 'warn'],
    ['a stop by IT', { SERVICE_RESULT: 'success', EXIT_CODE: 'killed', EXIT_STATUS: 'TERM' }, 'info'],
  ])('log %s in kiosk.log as a JSON line, like the kiosk’s own', (_what, env, level) => {
    mkdirSync(join(dir, 'logs'), { recursive: true });
    writeFileSync(logFile, '');
    const [sh, flag, script] = systemdWords(setting(kiosk, 'ExecStopPost')!);
    expect([sh, flag]).toEqual(['/bin/sh', '-c']);
    expect(spawnSync(sh!, [flag!, script!], { env: { PATH: process.env['PATH'], ...env } }).status).toBe(0);
    const line = JSON.parse(readFileSync(logFile, 'utf8')) as Record<string, string>;
    expect(line).toMatchObject({ level, part: 'supervisor', exitCode: env.EXIT_CODE, exitStatus: env.EXIT_STATUS });
    expect(Date.parse(line['t']!)).not.toBeNaN();
  });

  it('log that systemd gave up, and why', () => {
    writeFileSync(logFile, '');
    const [sh, flag, script] = systemdWords(setting(units['social-wall-gave-up.service']!, 'ExecStart')!);
    const env = { PATH: process.env['PATH'], MONITOR_SERVICE_RESULT: 'start-limit-hit', MONITOR_EXIT_CODE: 'exited' };
    expect(spawnSync(sh!, [flag!, script!], { env }).status).toBe(0);
    expect(JSON.parse(readFileSync(logFile, 'utf8'))).toMatchObject({
      level: 'error',
      msg: 'supervisor: gave up restarting the wall',
      reason: expect.stringContaining('systemctl --user restart social-wall'),
      result: 'start-limit-hit',
    });
  });

  const analyze = spawnSync('systemd-analyze', ['--version']).status === 0;
  it.skipIf(!analyze)('pass systemd-analyze verify (systemd’s own check; skipped where systemd is absent)', () => {
    const unitDir = mkdtempSync(join(tmpdir(), 'units-'));
    const runnable = kioskUnits({ exec: '/bin/true', args: ['--data-dir', dir], logFile });
    for (const [name, text] of Object.entries(runnable)) writeFileSync(join(unitDir, name), text);
    const run = spawnSync('systemd-analyze', ['verify', ...Object.keys(runnable).map((n) => join(unitDir, n))], {
      encoding: 'utf8',
    });
    // systemd before 254 does not know the stepped delay, and says so: every other remark is a fault.
    const remarks = run.stderr.split('\n').filter((l) => l && !/Unknown key 'Restart(Steps|MaxDelaySec)'/.test(l));
    expect({ status: run.status, remarks }).toEqual({ status: 0, remarks: [] });
  });
});

function fakeSystemctl(answers: Record<string, { ok: boolean; output: string }> = {}) {
  const calls: string[][] = [];
  const systemctl: Systemctl = (args) => {
    calls.push(args);
    return answers[args[1] ?? ''] ?? { ok: true, output: '' };
  };
  return { systemctl, calls };
}

describe('the handover to systemd', () => {
  const handover = (systemctl: Systemctl, env: NodeJS.ProcessEnv) =>
    handOverToSystemd({
      env,
      exec: '/opt/Social Wall/social-wall',
      args: [],
      logFile,
      systemctl,
      logger: memoryLogger(),
    });

  it('writes the units, passes the display on, starts the unit; a second launch rewrites nothing', () => {
    const config = mkdtempSync(join(tmpdir(), 'xdg-'));
    const env = { XDG_CONFIG_HOME: config, DISPLAY: ':0', XDG_SESSION_TYPE: 'x11' };
    const first = fakeSystemctl();
    expect(handover(first.systemctl, env)).toBe('started');
    expect(first.calls).toEqual([
      ['--user', 'show-environment'],
      ['--user', 'daemon-reload'],
      ['--user', 'import-environment', 'DISPLAY', 'XDG_SESSION_TYPE'],
      ['--user', 'reset-failed', KIOSK_UNIT],
      ['--user', 'start', KIOSK_UNIT],
    ]);
    expect(readFileSync(join(config, 'systemd', 'user', KIOSK_UNIT), 'utf8')).toContain('Restart=always');
    const second = fakeSystemctl();
    handover(second.systemctl, env);
    expect(second.calls.map((c) => c[1])).not.toContain('daemon-reload');
  });

  it('keeps the wall stopped when IT masked the unit; falls back to its own supervision without systemd', () => {
    const env = { XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'xdg-')) };
    const masked = fakeSystemctl({
      start: { ok: false, output: 'Failed to start social-wall.service: Unit social-wall.service is masked.' },
    });
    expect(handover(masked.systemctl, env)).toBe('masked');
    const none = fakeSystemctl({
      'show-environment': { ok: false, output: 'Failed to connect to bus: No medium found' },
    });
    expect(handover(none.systemctl, env)).toBe('unavailable');
    expect(none.calls).toHaveLength(1);
  });
});
