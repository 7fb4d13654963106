// A real wall for the benchmarks: engine + local server on loopback, fed by an (empty) replay source so
// that the benchmark decides what arrives, and followed by a screen stand-in in another process over a
// real HTTP connection (a browser is another process too: its parsing must not load the wall's loop).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { memoryLogger } from '../src/main/logger.ts';
import { startWall, type RunningWall } from '../src/main/wall.ts';

export interface BenchWall {
  wall: RunningWall;
  /** Resolves once `count` post events have reached the listener. */
  delivered(count: number, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

/** `onPost(key, arrivedAt)`: arrivedAt on the shared clock, performance.timeOrigin + performance.now(). */
export async function openBenchWall(onPost: (key: string, arrivedAt: number) => void = () => {}): Promise<BenchWall> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-wall-'));
  const replay = join(dir, 'empty.jsonl');
  writeFileSync(replay, '');
  const configFile = join(dir, 'config.json');
  writeFileSync(configFile, JSON.stringify({ sources: [{ id: 'bench', type: 'replay', options: { file: replay } }] }));
  const wall = await startWall({ configFile, dataDir: dir, logger: memoryLogger('error'), port: 0 });
  const url = new URL(wall.panels[0]!.url);

  const listener: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'sse-listener.ts'), url.port, url.searchParams.get('token') ?? ''],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let count = 0;
  let waiter: (() => void) | undefined;
  await new Promise<void>((resolve, reject) => {
    listener.once('exit', (code) => reject(new Error(`SSE listener exited with ${code}`)));
    createInterface({ input: listener.stdout! }).on('line', (line) => {
      if (line === 'ready') return resolve();
      const [key, at] = line.split(' ');
      count++;
      onPost(key ?? '', Number(at));
      waiter?.();
    });
  });

  return {
    wall,
    delivered: (target, timeoutMs) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${count} of ${target} posts delivered`)), timeoutMs);
        waiter = () => {
          if (count < target) return;
          clearTimeout(timer);
          resolve();
        };
        waiter();
      }),
    close: async () => {
      listener.removeAllListeners('exit');
      listener.kill();
      await wall.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
