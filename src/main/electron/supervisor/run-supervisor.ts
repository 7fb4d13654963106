// The roles of the app that are not the kiosk itself (supervision-role.ts): hand the kiosk over to systemd,
// supervise it as a child process, or stop it (`--stop`). Before 'ready', no window: the supervising
// process is an Electron main process that only starts and waits for its child.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { App } from 'electron';
import { defaultDataDir } from '../../wall.ts';
import type { Logger } from '../../logger.ts';
import { parseShellArgs } from '../shell/shell-args.ts';
import { createShellLogger, kioskLogFile } from '../shell/shell-logger.ts';
import { ProcessSupervisor } from './process-supervisor.ts';
import { kioskArgs, type Role } from './supervision-role.ts';
import { handOverToSystemd, type Systemctl } from './systemd-handover.ts';
import { KIOSK_UNIT, SUPERVISOR_ENV } from './systemd-unit.ts';

export type SupervisorApp = Pick<
  App,
  'setPath' | 'getPath' | 'requestSingleInstanceLock' | 'on' | 'exit' | 'disableHardwareAcceleration'
>;

export interface SupervisorHost {
  app: SupervisorApp;
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  argv: readonly string[];
  execPath: string;
}

const systemctl: Systemctl = (args) => {
  const run = spawnSync('systemctl', args, { encoding: 'utf8', timeout: 15_000 });
  return { ok: run.status === 0, output: `${run.stdout ?? ''}${run.stderr ?? ''}${run.error?.message ?? ''}` };
};

/** The supervisor's own single-instance lock, apart from the kiosk's (the lock follows the userData folder). */
function lockAsSupervisor(app: SupervisorApp): boolean {
  app.setPath('userData', join(app.getPath('userData'), 'supervisor'));
  return app.requestSingleInstanceLock();
}

export function runSupervisorRole(role: Exclude<Role, { kind: 'kiosk' }>, host: SupervisorHost): void {
  const { app, env, argv } = host;
  const args = parseShellArgs(argv);
  const dataDir = args.dataDir ?? defaultDataDir();
  const logger = createShellLogger(dataDir, args.logLevel).child({ part: 'supervisor' });
  const exec = env['APPIMAGE'] ?? host.execPath; // an AppImage runs from a mount that goes with it
  if (role.kind === 'stop') return stop(host, logger);
  if (role.kind === 'hand-over-to-systemd') {
    const result = handOverToSystemd({
      env,
      exec,
      args: kioskArgs(argv),
      logFile: kioskLogFile(dataDir),
      systemctl,
      logger,
    });
    if (result !== 'unavailable') return app.exit(0);
  }
  app.disableHardwareAcceleration(); // no window here
  if (!lockAsSupervisor(app)) {
    logger.info('supervisor: another one already runs the wall; this one quits');
    return app.exit(0);
  }
  const supervisor = new ProcessSupervisor({
    spawnKiosk: () =>
      spawn(host.execPath, kioskArgs(argv), { env: { ...env, [SUPERVISOR_ENV]: 'process' }, stdio: 'ignore' }),
    logger,
    now: Date.now,
    schedule: (run, ms) => void setTimeout(run, ms),
    onEnd: () => app.exit(0),
  });
  app.on('second-instance', (_event, commandLine) => {
    if (commandLine.includes('--stop')) supervisor.stop('asked with --stop');
    else logger.info('supervisor: a second launch was refused: the wall is already supervised');
  });
  supervisor.start();
}

/** `--stop`: systemd's unit on Linux, and a supervising process wherever one runs (it hears our arguments). */
function stop({ app, platform }: SupervisorHost, logger: Logger): void {
  if (platform === 'linux') {
    const stopped = systemctl(['--user', 'stop', KIOSK_UNIT]);
    logger.info('supervisor: asked systemd to stop the wall', { ok: stopped.ok, systemctl: stopped.output.trim() });
  }
  if (lockAsSupervisor(app)) logger.info('supervisor: --stop found no supervising process running');
  app.exit(0);
}
