// What this process is, decided before anything else at start. The installed app started by the login or
// by hand is not the kiosk itself but its supervisor's launcher: on Linux it hands the kiosk over to systemd
// (systemd-handover.ts), elsewhere it becomes the tiny supervising process (process-supervisor.ts). The
// kiosk proper runs under one of them (their mark is in its environment), or alone for a development run
// (`npm start`) or with `--no-supervisor`. `--stop` stops a running supervised wall (IT).
import type { Supervisor } from '../shell/restart-app.ts';
import { SUPERVISOR_ENV } from './systemd-unit.ts';

export type Role =
  | { kind: 'kiosk'; supervisor: Supervisor }
  | { kind: 'hand-over-to-systemd' }
  | { kind: 'supervise' }
  | { kind: 'stop' };

export interface RoleInput {
  platform: NodeJS.Platform;
  /** app.isPackaged: an installed app, not `npm start`. */
  packaged: boolean;
  env: NodeJS.ProcessEnv;
  argv: readonly string[];
}

export function supervisionRole({ platform, packaged, env, argv }: RoleInput): Role {
  const mark = env[SUPERVISOR_ENV];
  if (mark === 'systemd' || mark === 'process') return { kind: 'kiosk', supervisor: mark };
  if (argv.includes('--stop')) return { kind: 'stop' };
  if (!packaged || argv.includes('--no-supervisor')) return { kind: 'kiosk', supervisor: undefined };
  return platform === 'linux' ? { kind: 'hand-over-to-systemd' } : { kind: 'supervise' };
}

/** The arguments the supervised kiosk is started with: the launcher's own, less the launcher's switches. */
export function kioskArgs(argv: readonly string[]): string[] {
  return argv.filter((arg) => arg !== '--stop' && arg !== '--no-supervisor');
}
