// (3) Long tasks while posts stream at 20/s for 30 s: every task over 50 ms the page ran, from its own
// PerformanceObserver('longtask').
import type { UiWall } from './ui-wall.ts';

export interface LongTaskResult {
  postsPerSecond: number;
  seconds: number;
  longTasks: number;
  maxTaskMs: number;
  /** Baseline in the same run: the same page, open and idle (no posts), for 10 s — what the machine alone causes. */
  idleLongTasks: number;
  idleMaxTaskMs: number;
  idleSeconds: number;
}

export async function longTasks(
  ui: UiWall,
  postsPerSecond = 20,
  seconds = 30,
  idleSeconds = 10,
): Promise<LongTaskResult> {
  await ui.page.evaluate('window.__longTasks.length = 0');
  await new Promise((r) => setTimeout(r, idleSeconds * 1000));
  const idle = await ui.page.evaluate<number[]>('window.__longTasks.splice(0)');
  const interval = 1000 / postsPerSecond;
  const start = performance.now();
  for (let i = 0; i < postsPerSecond * seconds; i++) {
    const wait = start + i * interval - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    await ui.submit(i, 1, 'lt');
  }
  await new Promise((r) => setTimeout(r, 1_000));
  const tasks = await ui.page.evaluate<number[]>('window.__longTasks');
  return {
    postsPerSecond,
    seconds,
    longTasks: tasks.length,
    maxTaskMs: +Math.max(0, ...tasks).toFixed(1),
    idleLongTasks: idle.length,
    idleMaxTaskMs: +Math.max(0, ...idle).toFixed(1),
    idleSeconds,
  };
}
