// When `npm start` falls back to the headless wall, the arguments meant for the kiosk (and Chromium's
// switches) must not make the headless CLI refuse to start: only the options it knows are passed on.
const HEADLESS_VALUED = new Set(['--config', '--data-dir', '--host', '--port', '--log-level']);
const HEADLESS_FLAGS = new Set(['--emulate', '--help', '-h']);
const KIOSK_VALUED = new Set(['--simulate-displays']);

export function headlessArgs(argv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const name = arg.split('=')[0] as string;
    if (HEADLESS_FLAGS.has(arg)) kept.push(arg);
    else if (HEADLESS_VALUED.has(name)) {
      kept.push(arg);
      if (!arg.includes('=') && i + 1 < argv.length) kept.push(argv[++i] as string);
    } else if (KIOSK_VALUED.has(name) && !arg.includes('=')) i++; // skip its value too
  }
  return kept;
}
