// (1) Post-to-pixel latency: a post handed to the engine's pipeline → its first painted frame in Chromium
// (the spotlight or a card), both on performance.timeOrigin-based clocks. One post every 3.2 s, 60 posts: the
// rhythm at which the feed shows each post the moment it arrives (the first in the spotlight, then one card
// every 3 s, stage-pacing.ts). Faster, posts wait their turn on purpose — a burst comes on screen one card at a
// time — and that wait, not the page's work, is what a faster pace would measure.
import type { UiWall } from './ui-wall.ts';

export interface LatencyResult {
  posts: number;
  intervalMs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Baseline in the same run: post handed to the engine → its event in the page (no rendering). */
  eventP50Ms: number;
  eventP95Ms: number;
  /** What the page adds: p95 of (painted − event arrived), per post. */
  renderP95Ms: number;
}

const percentile = (sorted: number[], p: number) =>
  +(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN).toFixed(1);

export async function postToPixel(ui: UiWall, posts = 60, intervalMs = 3_200): Promise<LatencyResult> {
  const sentAt = new Map<string, number>();
  const clock = () => performance.timeOrigin + performance.now();
  for (let i = 0; i < posts; i++) {
    const t0 = clock();
    const [key] = await ui.submit(i, 1, 'lat');
    if (key) sentAt.set(key, t0);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  await new Promise((r) => setTimeout(r, 500));
  const painted = new Map(await ui.page.evaluate<[string, number][]>('[...window.__painted.entries()]'));
  const arrived = new Map(await ui.page.evaluate<[string, number][]>('[...window.__arrived.entries()]'));
  const latencies: number[] = [];
  const events: number[] = [];
  const render: number[] = [];
  for (const [key, t0] of sentAt) {
    const p = painted.get(key);
    const a = arrived.get(key);
    if (p !== undefined) latencies.push(p - t0);
    if (a !== undefined) events.push(a - t0);
    if (p !== undefined && a !== undefined) render.push(p - a);
  }
  if (latencies.length < posts * 0.95) throw new Error(`only ${latencies.length} of ${posts} cards were painted`);
  for (const list of [latencies, events, render]) list.sort((a, b) => a - b);
  return {
    posts: latencies.length,
    intervalMs,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    maxMs: percentile(latencies, 100),
    eventP50Ms: percentile(events, 50),
    eventP95Ms: percentile(events, 95),
    renderP95Ms: percentile(render, 95),
  };
}
