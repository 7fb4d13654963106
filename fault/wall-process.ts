// The wall as a real process (the headless `serve` CLI, as IT runs it), on loopback, for the fault suite:
// started on a data folder, its URLs read from what it prints, its memory read from /proc, killed or stopped.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../', import.meta.url));

export interface WallProcess {
  child: ChildProcess;
  port: number;
  display: Record<string, string>;
  admin: Record<string, string>;
  /** What it wrote on stderr (JSON log lines) and stdout. */
  output: () => string;
  /** Resident memory in MB (Linux). */
  rssMb: () => number;
  kill9: () => Promise<void>;
  /** SIGTERM; resolves with the exit code (null: it had to be killed after `graceMs`). */
  stop: (graceMs?: number) => Promise<number | null>;
}

export function startWallProcess(dataDir: string, extra: string[] = [], timeoutMs = 60_000): Promise<WallProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/main/cli/serve.ts', '--data-dir', dataDir, '--port', '0', ...extra],
    { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the wall did not start:\n${out}`)), timeoutMs);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the wall exited (${code}) before it started:\n${out.slice(-2000)}`));
    });
    const poll = setInterval(() => {
      const panel = /panel \S+ \(.*\): (http:\/\/\S+)/.exec(out)?.[1];
      const settings = /settings: (http:\/\/\S+)/.exec(out)?.[1];
      if (!panel || !settings) return;
      clearInterval(poll);
      clearTimeout(timer);
      const url = new URL(panel);
      resolve({
        child,
        port: Number(url.port),
        display: { authorization: `Bearer ${url.searchParams.get('token')}` },
        admin: { authorization: `Bearer ${new URL(settings).searchParams.get('admin')}`, 'x-social-wall': '1' },
        output: () => out,
        rssMb: () => {
          const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
          return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
        },
        kill9: async () => {
          child.kill('SIGKILL');
          await exited;
        },
        stop: async (graceMs = 15_000) => {
          child.kill('SIGTERM');
          const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), graceMs).unref());
          const result = await Promise.race([exited, timeout]);
          if (result !== 'timeout') return result;
          child.kill('SIGKILL');
          await exited;
          return null;
        },
      });
    }, 50);
  });
}
