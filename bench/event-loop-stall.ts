// The longest event-loop stall while 100,000 posts are ingested (in the batches a fast source hands
// over) with a screen connected, against the same measure on the idle wall in the same run.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { SourceEvent } from '../src/connectors/connector.ts';
import { openBenchWall } from './bench-wall.ts';
import { syntheticCandidate } from './synthetic-posts.ts';

export interface StallResult {
  posts: number;
  batch: number;
  idleMaxStallMs: number;
  ingestMaxStallMs: number;
  ingestSeconds: number;
  delivered: number;
}

async function maxStallDuring(work: () => Promise<void>): Promise<number> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  await work();
  histogram.disable();
  return +(histogram.max / 1e6).toFixed(2);
}

export async function eventLoopStall(posts = 100_000, batch = 5_000): Promise<StallResult> {
  let delivered = 0;
  const bench = await openBenchWall(() => void delivered++);
  const stamp = { sourceId: 'bench', cachePolicy: { mode: 'persist' } as const, fetchedAt: new Date().toISOString() };
  const idleMaxStallMs = await maxStallDuring(() => new Promise((r) => setTimeout(r, 2_000)));
  let ingestSeconds = 0;
  const ingestMaxStallMs = await maxStallDuring(async () => {
    const start = performance.now();
    for (let offset = 0; offset < posts; offset += batch) {
      const events: SourceEvent[] = Array.from({ length: Math.min(batch, posts - offset) }, (_, i) => ({
        type: 'upsert',
        item: syntheticCandidate(offset + i, 'stall'),
      }));
      await bench.wall.engine.pipeline.submit(events, stamp);
    }
    ingestSeconds = +((performance.now() - start) / 1000).toFixed(2);
    await bench.delivered(posts, 120_000);
  });
  await bench.close();
  return { posts, batch, idleMaxStallMs, ingestMaxStallMs, ingestSeconds, delivered };
}
