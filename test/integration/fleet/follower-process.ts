// A store PC as users start it (`npm run serve -- --follow URL`), as a real process on a free loopback port,
// in a data folder that can be kept across restarts. It reads the hub with the token given in
// SOCIAL_WALL_STORE_TOKEN (a paired store's token, or a plain wall's display token).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const PANEL_LINE = /^panel (\S+) \((.*)\): (\S+)$/;
const SETTINGS_LINE = /^settings: (\S+)$/;

export interface FollowerProcess {
  origin: string;
  /** The local display token (from the printed panel URLs). */
  token: string;
  panels: Map<string, string>;
  stderr(): string;
  stop(): Promise<void>;
}

export async function startFollowerProcess(options: {
  hub: string;
  dataDir: string;
  storeToken?: string;
  pair?: string;
  port?: number;
}): Promise<FollowerProcess> {
  const args = ['--import', 'tsx', 'src/main/cli/serve.ts', '--follow', options.hub, '--data-dir', options.dataDir];
  args.push('--port', String(options.port ?? 0));
  if (options.pair !== undefined) args.push('--pair', options.pair);
  const env = { ...process.env, ...(options.storeToken ? { SOCIAL_WALL_STORE_TOKEN: options.storeToken } : {}) };
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const panels = new Map<string, string>();
  try {
    await new Promise<void>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the follower exited (code ${code ?? 'none'})\n${stderr}`)));
      createInterface({ input: child.stdout }).on('line', (line) => {
        const panel = PANEL_LINE.exec(line.trim());
        if (panel?.[1] && panel[3]) panels.set(panel[1], panel[3]);
        if (SETTINGS_LINE.test(line.trim())) resolve();
      });
    });
  } catch (err) {
    await stop();
    throw err;
  }
  const first = new URL([...panels.values()][0] ?? 'http://127.0.0.1/');
  return { origin: first.origin, token: first.searchParams.get('token') ?? '', panels, stderr: () => stderr, stop };
}
