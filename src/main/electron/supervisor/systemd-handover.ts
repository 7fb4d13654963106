// On Linux the installed app, started by the login (XDG autostart) or by hand, hands the kiosk over to
// the user's systemd: it writes the units (systemd-unit.ts) into ~/.config/systemd/user, passes the
// session's display variables on, starts social-wall.service and quits; systemd runs the kiosk from then
// on and starts it again whenever it stops. IT stops it with `systemctl --user stop social-wall`, or keeps
// it stopped with `systemctl --user mask social-wall` (then this handover quits without starting anything).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../../logger.ts';
import { KIOSK_UNIT, kioskUnits } from './systemd-unit.ts';

/** Runs `systemctl` with these arguments; ok when it exits with 0. */
export type Systemctl = (args: string[]) => { ok: boolean; output: string };

export type HandoverResult = 'started' | 'masked' | 'unavailable';

/** The session's variables the kiosk needs to reach the display and the keyring from under systemd. */
export const SESSION_VARIABLES = [
  'DISPLAY',
  'XAUTHORITY',
  'WAYLAND_DISPLAY',
  'XDG_SESSION_TYPE',
  'XDG_CURRENT_DESKTOP',
  'DBUS_SESSION_BUS_ADDRESS',
];

export function userUnitDir(env: NodeJS.ProcessEnv): string {
  return join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), 'systemd', 'user');
}

export interface HandoverOptions {
  env: NodeJS.ProcessEnv;
  exec: string;
  args: readonly string[];
  logFile: string;
  systemctl: Systemctl;
  logger: Logger;
}

export function handOverToSystemd({ env, exec, args, logFile, systemctl, logger }: HandoverOptions): HandoverResult {
  const user = (...rest: string[]) => systemctl(['--user', ...rest]);
  const reachable = user('show-environment');
  if (!reachable.ok) {
    logger.warn('supervisor: no systemd user manager answers; the app supervises the wall itself', {
      systemctl: reachable.output.trim(),
    });
    return 'unavailable';
  }
  const dir = userUnitDir(env);
  mkdirSync(dir, { recursive: true });
  let changed = false;
  for (const [name, text] of Object.entries(kioskUnits({ exec, args, logFile }))) {
    const file = join(dir, name);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    writeFileSync(file, text);
    changed = true;
  }
  if (changed) user('daemon-reload');
  const present = SESSION_VARIABLES.filter((name) => env[name] !== undefined);
  if (present.length) user('import-environment', ...present);
  user('reset-failed', KIOSK_UNIT); // a login after a give-up tries again
  const started = user('start', KIOSK_UNIT);
  if (started.ok) {
    logger.info('supervisor: the wall runs under systemd', {
      unit: join(dir, KIOSK_UNIT),
      stop: 'systemctl --user stop social-wall',
    });
    return 'started';
  }
  if (/masked/i.test(started.output)) {
    logger.warn('supervisor: social-wall.service is masked, so IT keeps the wall stopped; not starting it', {
      undo: 'systemctl --user unmask social-wall',
    });
    return 'masked';
  }
  logger.warn('supervisor: systemd could not start the wall; the app supervises it itself', {
    systemctl: started.output.trim(),
  });
  return 'unavailable';
}
