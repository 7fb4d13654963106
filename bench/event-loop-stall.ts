// The longest event-loop stall while 100,000 posts are ingested (in the batches a fast source hands
// over) with a screen connected, against the same measure on the idle wall in the same run. Two measures:
// the loop's delay (monitorEventLoopDelay, what a screen feels, which a busy machine lengthens by
// descheduling the process) and the main thread's CPU time between two turns of a 1 ms timer (the work that
// held the loop, the same on a quiet or a loaded machine).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { SourceEvent } from '../src/connectors/connector.ts';
import { openBenchWall } from './bench-wall.ts';
import { syntheticCandidate } from './synthetic-posts.ts';

export interface StallResult {
  posts: number;
  batch: number;
  idleMaxStallMs: number;
  ingestMaxStallMs: number;
  /** The longest main-thread CPU time between two turns of a 1 ms timer while ingesting. */
  ingestMaxStallCpuMs: number;
  ingestSeconds: number;
  delivered: number;
}

interface Stalls {
  delayMs: number;
  cpuMs: number;
}

const cpuNowMs = () => {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
};

async function maxStallDuring(work: () => Promise<void>): Promise<Stalls> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  let cpuMs = 0;
  let lastCpu = cpuNowMs();
  const ticker = setInterval(() => {
    const now = cpuNowMs();
    cpuMs = Math.max(cpuMs, now - lastCpu);
    lastCpu = now;
  }, 1);
  histogram.enable();
  await work();
  histogram.disable();
  clearInterval(ticker);
  return { delayMs: +(histogram.max / 1e6).toFixed(2), cpuMs: +cpuMs.toFixed(2) };
}

/** A source's batch, made a few hundred at a time: the bench's own work must not be what holds the loop. */
async function batchOf(offset: number, size: number): Promise<SourceEvent[]> {
  const events: SourceEvent[] = [];
  for (let i = 0; i < size; i++) {
    if (i > 0 && i % 250 === 0) await yieldToLoop();
    events.push({ type: 'upsert', item: syntheticCandidate(offset + i, 'stall') });
  }
  return events;
}

export async function eventLoopStall(posts = 100_000, batch = 5_000): Promise<StallResult> {
  let delivered = 0;
  const bench = await openBenchWall(() => void delivered++);
  const stamp = { sourceId: 'bench', cachePolicy: { mode: 'persist' } as const, fetchedAt: new Date().toISOString() };
  const idle = await maxStallDuring(() => new Promise((r) => setTimeout(r, 2_000)));
  let ingestSeconds = 0;
  const ingest = await maxStallDuring(async () => {
    const start = performance.now();
    for (let offset = 0; offset < posts; offset += batch) {
      const events = await batchOf(offset, Math.min(batch, posts - offset));
      // As a connector's poll hands its page over: from a turn of its own.
      await yieldToLoop();
      await bench.wall.engine.pipeline.submit(events, stamp);
    }
    ingestSeconds = +((performance.now() - start) / 1000).toFixed(2);
    await bench.delivered(posts, 120_000);
  });
  await bench.close();
  return {
    posts,
    batch,
    idleMaxStallMs: idle.delayMs,
    ingestMaxStallMs: ingest.delayMs,
    ingestMaxStallCpuMs: ingest.cpuMs,
    ingestSeconds,
    delivered,
  };
}
