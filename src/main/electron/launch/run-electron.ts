// Runs the kiosk in Electron and tells whether it started. "Started" means it printed a panel line
// (main.ts prints one per panel once the wall runs); an exit before that, other than a refused
// configuration or a wall that could not start, means this machine cannot run Electron (no display, missing libraries…).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { EXIT_CONFIG_REFUSED, EXIT_WALL_FAILED } from './exit-codes.ts';

export type ElectronOutcome = { kind: 'ran'; code: number } | { kind: 'failed-to-start'; detail: string };

export const PANEL_LINE = /^panel \S+ \(.*\): \S+$/;

export function classifyExit(started: boolean, code: number | null, signal: string | null): ElectronOutcome {
  if (started || code === EXIT_CONFIG_REFUSED || code === EXIT_WALL_FAILED) return { kind: 'ran', code: code ?? 1 };
  if (code === 0) return { kind: 'ran', code: 0 }; // quit on its own, e.g. another instance already runs
  return { kind: 'failed-to-start', detail: signal ? `it was stopped by ${signal}` : `it exited with code ${code}` };
}

export function runElectron(binary: string, args: readonly string[]): Promise<ElectronOutcome> {
  const env = { ...process.env };
  delete env['ELECTRON_RUN_AS_NODE']; // set by some editors' terminals: would make Electron a plain Node
  return new Promise((resolve) => {
    const child = spawn(binary, [...args], { stdio: ['inherit', 'pipe', 'inherit'], env });
    let started = false;
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (PANEL_LINE.test(line)) started = true;
      process.stdout.write(line + '\n');
    });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    const onInt = forward('SIGINT');
    const onTerm = forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    const done = (outcome: ElectronOutcome) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(outcome);
    };
    child.once('error', (err) => done({ kind: 'failed-to-start', detail: err.message }));
    child.once('exit', (code, signal) => done(classifyExit(started, code, signal)));
  });
}
