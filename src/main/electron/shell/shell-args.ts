// The kiosk's command line: the same options as headless mode where they make sense. Chromium's own
// switches (--ozone-platform=x11, --disable-gpu…) pass through untouched.
import { parseArgs } from 'node:util';
import type { LogLevel } from '../../logger.ts';

export interface ShellArgs {
  configFile?: string;
  dataDir?: string;
  logLevel: LogLevel;
  /** e.g. `1920x1080,1920x1080` (screens/simulated-displays.ts). */
  simulateDisplays?: string;
  /** A store PC: the hub it follows (`--follow https://hub…`) and, once, its pairing code (`--pair CODE`). */
  follow?: string;
  pair?: string;
}

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

export function parseShellArgs(argv: readonly string[]): ShellArgs {
  const { values } = parseArgs({
    args: [...argv],
    strict: false,
    allowPositionals: true,
    options: {
      config: { type: 'string' },
      'data-dir': { type: 'string' },
      'log-level': { type: 'string' },
      'simulate-displays': { type: 'string' },
      follow: { type: 'string' },
      pair: { type: 'string' },
    },
  });
  const level = values['log-level'];
  return {
    ...(typeof values.config === 'string' ? { configFile: values.config } : {}),
    ...(typeof values['data-dir'] === 'string' ? { dataDir: values['data-dir'] } : {}),
    ...(typeof values['simulate-displays'] === 'string' ? { simulateDisplays: values['simulate-displays'] } : {}),
    ...(typeof values.follow === 'string' ? { follow: values.follow } : {}),
    ...(typeof values.pair === 'string' ? { pair: values.pair } : {}),
    logLevel: LEVELS.find((l) => l === level) ?? 'info',
  };
}
