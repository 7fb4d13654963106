// Starts `npm run serve`'s program as a real child process (tsx, no build step) and waits for its panel lines:
// what a hub or a follower test drives over real HTTP, and may kill -9.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = join(import.meta.dirname, '..', '..');

export interface ServedWall {
  child: ChildProcess;
  origin: string;
  /** The display token of panel URLs (a Bearer credential for the API). */
  token: string;
  /** Every line it printed on stdout and stderr so far (logs included): for failure messages. */
  output(): string;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
}

export async function spawnServe(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<ServedWall> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/cli/serve.ts', '--port', '0', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const panel = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`serve ${args.join(' ')} exited (${code}):\n${output}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      output += `${line}\n`;
      const url = /^panel \S+ \(.*\): (\S+)$/.exec(line)?.[1];
      if (url) resolve(url);
    });
  });
  const url = new URL(panel);
  return {
    child,
    origin: url.origin,
    token: url.searchParams.get('token') ?? '',
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Calls `probe` every `everyMs` until it returns a value (not undefined) or `withinMs` passed (then undefined). */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  withinMs: number,
  everyMs = 250,
): Promise<T | undefined> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
