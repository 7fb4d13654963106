// The bench's side of the simulated store PCs: starts follower-swarm.ts processes (at most 500 followers each),
// waits until their streams are open, and gathers the arrival times they report.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = join(import.meta.dirname, '..', '..');
const PER_PROCESS = 500;

export interface Swarms {
  /** Followers started so far. */
  readonly count: number;
  /** Starts `tokens.length` more followers; resolves once every one of them has its stream open. */
  add(tokens: string[], withinMs: number): Promise<void>;
  /** Every arrival reported so far: post number → arrival instants (ms, shared clock), one per follower. */
  readonly arrivals: Map<number, number[]>;
  /** The swarm processes' ids (their CPU time is read from /proc). */
  pids(): number[];
  /** Messages of every kind the followers received so far (posts, statistics, sources' health…). */
  messages(): number;
  /** The same, by event type. */
  messagesByType(): Record<string, number>;
  /** Streams that broke and were opened again, with the last reason. */
  readonly breaks: { count: number; last: string };
  stop(): Promise<void>;
}

export function followerSwarms(hub: string, workDir: string): Swarms {
  const children: ChildProcess[] = [];
  const arrivals = new Map<number, number[]>();
  const breaks = { count: 0, last: '' };
  const received = new Map<ChildProcess, number>();
  const receivedByType = new Map<ChildProcess, Record<string, number>>();
  let count = 0;

  function start(tokens: string[], first: number): Promise<void> {
    const file = join(workDir, `tokens-${first}.json`);
    writeFileSync(file, JSON.stringify(tokens));
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'bench/fleet/follower-swarm.ts', hub, file, String(first)],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    children.push(child);
    return new Promise((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`a follower swarm exited (${code})`)));
      createInterface({ input: child.stdout }).on('line', (line) => {
        const [kind, a, , c] = line.split(' ');
        if (kind === 'a') {
          const list = arrivals.get(Number(a)) ?? [];
          list.push(Number(c));
          arrivals.set(Number(a), list);
        } else if (kind === 'm') {
          received.set(child, Number(a));
          receivedByType.set(child, JSON.parse(line.split(' ').slice(2).join(' ')) as Record<string, number>);
        } else if (kind === 'e') {
          breaks.count++;
          breaks.last = line.slice(2);
        } else if (kind === 'ready') resolve();
      });
    });
  }

  return {
    get count() {
      return count;
    },
    arrivals,
    breaks,
    pids: () => children.map((c) => c.pid ?? 0),
    messages: () => [...received.values()].reduce((sum, n) => sum + n, 0),
    messagesByType() {
      const sum: Record<string, number> = {};
      for (const counts of receivedByType.values())
        for (const [type, n] of Object.entries(counts)) sum[type] = (sum[type] ?? 0) + n;
      return sum;
    },
    async add(tokens, withinMs) {
      const started: Promise<void>[] = [];
      for (let i = 0; i < tokens.length; i += PER_PROCESS) {
        started.push(start(tokens.slice(i, i + PER_PROCESS), count + i));
      }
      count += tokens.length;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`followers not all open within ${withinMs / 1000} s`)), withinMs);
      });
      try {
        await Promise.race([Promise.all(started), late]);
      } finally {
        clearTimeout(timer);
      }
    },
    async stop() {
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null) return resolve();
              child.removeAllListeners('exit');
              child.once('exit', () => resolve());
              child.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}
