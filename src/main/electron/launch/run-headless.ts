// `npm start`'s fallback: the headless wall (src/main/cli/serve.ts) in a child process, whose output is put
// in the order a person reads it: the URLs right after the fallback sentence, the log lines (JSON, on
// stderr) after the URLs. Until the last URL line (`settings: …`) the logs are held back; a wall that stops
// before it printed its URLs (a refused configuration, say) has them shown when it ends.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** The last line of the URLs the headless wall prints. */
const LAST_URL_LINE = /^settings: \S+$/;

export interface HeadlessOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Holds the log lines until the URLs are out. */
export class HeldLogs {
  private held: string[] | undefined = [];

  constructor(private readonly output: HeadlessOutput) {}

  stdout(line: string): void {
    this.output.out(line);
    if (LAST_URL_LINE.test(line)) this.release();
  }

  stderr(line: string): void {
    if (this.held) this.held.push(line);
    else this.output.err(line);
  }

  release(): void {
    for (const line of this.held ?? []) this.output.err(line);
    this.held = undefined;
  }
}

/** The headless wall's command: this Node, with the TypeScript loader this process runs with (tsx). */
export function headlessCommand(entry: string): string[] {
  return [process.execPath, ...process.execArgv, entry];
}

/** Runs the headless wall (`command`: the program and its first arguments); resolves with its exit code. */
export function runHeadless(
  command: readonly string[],
  args: readonly string[],
  output: HeadlessOutput,
): Promise<number> {
  const [program, ...first] = command as [string, ...string[]];
  const child = spawn(program, [...first, ...args], { stdio: ['inherit', 'pipe', 'pipe'] });
  const logs = new HeldLogs(output);
  createInterface({ input: child.stdout }).on('line', (line) => logs.stdout(line));
  createInterface({ input: child.stderr }).on('line', (line) => logs.stderr(line));
  // Ctrl+C reaches the child from the terminal itself (a second SIGINT would cut its clean stop short):
  // this process only waits for it. A SIGTERM sent to this process alone is passed on.
  const onInt = () => undefined;
  const onTerm = () => void child.kill('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return new Promise((resolve) => {
    const done = (code: number) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      logs.release();
      resolve(code);
    };
    child.once('error', (err) => (output.err(`The headless wall could not start: ${err.message}`), done(1)));
    child.once('close', (code) => done(code ?? 1));
  });
}
