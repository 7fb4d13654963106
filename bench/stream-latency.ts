// Ingest → SSE client delivery latency at a steady rate (200 posts/s), over real loopback HTTP.
import { openBenchWall } from './bench-wall.ts';
import { syntheticCandidate } from './synthetic-posts.ts';

export interface LatencyResult {
  postsPerSecond: number;
  posts: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

function percentile(sorted: number[], p: number): number {
  return +(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN).toFixed(2);
}

export async function streamLatency(postsPerSecond = 200, seconds = 10): Promise<LatencyResult> {
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const clock = () => performance.timeOrigin + performance.now();
  const bench = await openBenchWall((key, arrivedAt) => {
    const t0 = sentAt.get(key);
    if (t0 !== undefined) latencies.push(arrivedAt - t0);
  });
  const stamp = { sourceId: 'bench', cachePolicy: { mode: 'persist' } as const, fetchedAt: new Date().toISOString() };
  const total = postsPerSecond * seconds;
  const interval = 1000 / postsPerSecond;
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    // Keep to the schedule (a timer alone drifts), sending one post per slot.
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const item = syntheticCandidate(i, 'lat');
    sentAt.set(item['key'] as string, clock());
    await bench.wall.engine.pipeline.submit([{ type: 'upsert', item }], stamp);
  }
  await bench.delivered(total, 10_000);
  await bench.close();
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    postsPerSecond,
    posts: total,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    maxMs: percentile(sorted, 100),
  };
}
