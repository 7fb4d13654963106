// (1) Post-to-pixel latency: a post handed to the engine's pipeline → its card's first painted frame
// in Chromium, both on performance.timeOrigin-based clocks. One post every 250 ms, 200 posts.
import type { UiWall } from './ui-wall.ts';

export interface LatencyResult {
  posts: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

const percentile = (sorted: number[], p: number) => +(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN).toFixed(1);

export async function postToPixel(ui: UiWall, posts = 200, intervalMs = 250): Promise<LatencyResult> {
  const sentAt = new Map<string, number>();
  const clock = () => performance.timeOrigin + performance.now();
  for (let i = 0; i < posts; i++) {
    const t0 = clock();
    const [key] = await ui.submit(i, 1, 'lat');
    if (key) sentAt.set(key, t0);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  await new Promise((r) => setTimeout(r, 500));
  const painted = (await ui.page.evaluate('[...window.__painted.entries()]')) as [string, number][];
  const latencies = painted.filter(([key]) => sentAt.has(key)).map(([key, at]) => at - (sentAt.get(key) ?? at));
  if (latencies.length < posts * 0.95) throw new Error(`only ${latencies.length} of ${posts} cards were painted`);
  latencies.sort((a, b) => a - b);
  return { posts: latencies.length, p50Ms: percentile(latencies, 50), p95Ms: percentile(latencies, 95), maxMs: percentile(latencies, 100) };
}
