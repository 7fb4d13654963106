// The systemd user units that supervise the kiosk on Linux (deb and AppImage alike), as text: a pure
// function of where the app is and where its log goes. systemd restarts the wall whenever its main process
// ends (Restart=always), slows down and stops in a crash loop (the restart policy's numbers), never for a
// refused configuration or a quit on purpose, and each stop and the final giving-up are written to
// logs/kiosk.log as JSON lines, like the kiosk's own (ExecStopPost, and OnFailure's one-shot unit).
import { DEFAULT_RESTART_POLICY, type RestartPolicy } from './restart-policy.ts';
import { EXIT_CONFIG_REFUSED } from '../launch/exit-codes.ts';

export const KIOSK_UNIT = 'social-wall.service';
export const GAVE_UP_UNIT = 'social-wall-gave-up.service';
/** Set in the supervised kiosk's environment: it restarts by exiting, and does not hand over again. */
export const SUPERVISOR_ENV = 'SOCIAL_WALL_SUPERVISOR';

export interface KioskUnitInput {
  /** The executable: the AppImage file itself ($APPIMAGE) or the installed binary. */
  exec: string;
  args: readonly string[];
  /** <dataDir>/logs/kiosk.log */
  logFile: string;
  policy?: RestartPolicy;
}

/** One argument of an Exec line, quoted for systemd (systemd.service, "Command lines"; specifiers and $). */
export function quoteSystemdArg(arg: string): string {
  const escaped = arg.replace(/%/g, '%%').replace(/\$/g, '$$$$');
  if (arg !== '' && !/[\s"'\\;]/.test(arg)) return escaped;
  return `"${escaped.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** A single-quoted sh word. */
const shQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** An sh command that appends one JSON log line; `fields` are sh expressions already quoted for printf's %s. */
function logLineCommand(logFile: string, level: string, msg: string, fields: Record<string, string>): string {
  const names = Object.keys(fields);
  const format =
    `{"t":"%s","level":"${level}","msg":"${msg}","part":"supervisor"` +
    names.map((n) => `,"${n}":"%s"`).join('') +
    '}\\n';
  const values = ['"$(date -u +%Y-%m-%dT%H:%M:%SZ)"', ...names.map((n) => fields[n] as string)];
  return `printf '${format}' ${values.join(' ')} >> ${shQuote(logFile)}`;
}

function shExec(script: string): string {
  return `/bin/sh -c ${quoteSystemdArg(script)}`;
}

export function kioskUnits({
  exec,
  args,
  logFile,
  policy = DEFAULT_RESTART_POLICY,
}: KioskUnitInput): Record<string, string> {
  const seconds = (ms: number) => Math.max(1, Math.round(ms / 1000));
  const stopped =
    `if [ "$SERVICE_RESULT" = success ]; then ` +
    logLineCommand(logFile, 'info', 'supervisor: the wall stopped', {
      exitCode: '"$EXIT_CODE"',
      exitStatus: '"$EXIT_STATUS"',
    }) +
    '; else ' +
    logLineCommand(logFile, 'warn', 'supervisor: the wall stopped; systemd restarts it unless its budget is spent', {
      result: '"$SERVICE_RESULT"',
      exitCode: '"$EXIT_CODE"',
      exitStatus: '"$EXIT_STATUS"',
    }) +
    '; fi';
  const minutes = Math.round(policy.windowMs / 60_000);
  const gaveUp = logLineCommand(logFile, 'error', 'supervisor: gave up restarting the wall', {
    reason: shQuote(
      `more than ${policy.maxDeaths} stops in ${minutes} min, or the configuration refused (exit status ${EXIT_CONFIG_REFUSED}): read the lines before, then log in again or run systemctl --user restart social-wall`,
    ),
    result: '"$MONITOR_SERVICE_RESULT"',
    exitCode: '"$MONITOR_EXIT_CODE"',
    exitStatus: '"$MONITOR_EXIT_STATUS"',
  });
  const kiosk = [
    '# Written by Social Wall at each start (kiosk.startAtLogin); see the README, "The supervisor".',
    '[Unit]',
    'Description=Social Wall kiosk (started again by systemd whenever it stops)',
    'After=graphical-session.target',
    'PartOf=graphical-session.target',
    `StartLimitIntervalSec=${seconds(policy.windowMs)}`,
    `StartLimitBurst=${policy.maxDeaths + 1}`,
    `OnFailure=${GAVE_UP_UNIT}`,
    '',
    '[Service]',
    'Type=simple',
    `Environment=${SUPERVISOR_ENV}=systemd`,
    `ExecStart=${[exec, ...args].map(quoteSystemdArg).join(' ')}`,
    'Restart=always',
    `RestartSec=${seconds(policy.delaysMs[0] ?? 1000)}`,
    // systemd 254 and later lengthen the delay step by step up to the last one (older ones ignore these two).
    `RestartSteps=${Math.max(1, policy.delaysMs.length - 1)}`,
    `RestartMaxDelaySec=${seconds(policy.delaysMs.at(-1) ?? 30_000)}`,
    `RestartPreventExitStatus=0 ${EXIT_CONFIG_REFUSED}`,
    `ExecStopPost=${shExec(stopped)}`,
    'TimeoutStopSec=15',
    '',
  ].join('\n');
  const gaveUpUnit = [
    '# Written by Social Wall: logs why systemd stopped restarting the kiosk.',
    '[Unit]',
    'Description=Social Wall: note in kiosk.log that systemd gave up restarting the wall',
    '',
    '[Service]',
    'Type=oneshot',
    `ExecStart=${shExec(gaveUp)}`,
    '',
  ].join('\n');
  return { [KIOSK_UNIT]: kiosk, [GAVE_UP_UNIT]: gaveUpUnit };
}
