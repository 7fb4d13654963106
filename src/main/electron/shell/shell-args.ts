// The kiosk's command line: the same options as headless mode where they make sense. Chromium's own
// switches (--ozone-platform=x11, --disable-gpu…) pass through untouched.
import { parseArgs } from 'node:util';
import type { LogLevel } from '../../logger.ts';

export interface ShellArgs {
  configFile?: string;
  dataDir?: string;
  logLevel: LogLevel;
}

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

export function parseShellArgs(argv: readonly string[]): ShellArgs {
  const { values } = parseArgs({
    args: [...argv],
    strict: false,
    allowPositionals: true,
    options: { config: { type: 'string' }, 'data-dir': { type: 'string' }, 'log-level': { type: 'string' } },
  });
  const level = values['log-level'];
  return {
    ...(typeof values.config === 'string' ? { configFile: values.config } : {}),
    ...(typeof values['data-dir'] === 'string' ? { dataDir: values['data-dir'] } : {}),
    logLevel: LEVELS.find((l) => l === level) ?? 'info',
  };
}
