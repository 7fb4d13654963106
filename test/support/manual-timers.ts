// A clock the test moves by hand, whose timers fire when it passes their time: an hour of a store PC's retries
// in a few real seconds, whatever the machine's load. Real I/O (HTTP, SQLite) still takes real time: after each
// step the test waits on a condition (the next retry scheduled), never on a duration.
import type { Timers } from '../../src/main/engine/source-runner.ts';

export interface ManualTimers extends Timers {
  /** Moves the clock by `ms`, firing every timer due on the way, in order, each at its own time. */
  advance(ms: number): void;
  /** Timers waiting to fire. */
  readonly pending: number;
}

export function manualTimers(startMs: number): ManualTimers {
  let now = startMs;
  let nextId = 1;
  const due = new Map<number, { atMs: number; fn: () => void }>();
  return {
    now: () => now,
    setTimeout(fn, ms) {
      const id = nextId++;
      due.set(id, { atMs: now + Math.max(0, ms), fn });
      return id;
    },
    clearTimeout(handle) {
      due.delete(handle as number);
    },
    get pending() {
      return due.size;
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const next = [...due.entries()].filter(([, t]) => t.atMs <= end).sort((a, b) => a[1].atMs - b[1].atMs)[0];
        if (!next) break;
        due.delete(next[0]);
        now = next[1].atMs;
        next[1].fn();
      }
      now = end;
    },
  };
}
