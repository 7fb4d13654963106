// (2) 100,000 posts through an open panel, in batches at a high rate: the DOM stays bounded and the
// JS heap after the run (forced GC, CDP) stays within 10 % of its size after the first 10,000.
import type { UiWall } from './ui-wall.ts';

export interface VolumeResult {
  posts: number;
  batch: number;
  seconds: number;
  heapAfter10kMiB: number;
  heapAfterRunMiB: number;
  heapRatio: number;
  domNodesAfter10k: number;
  domNodesMax: number;
  domNodesEnd: number;
}

const MiB = (bytes: number) => +(bytes / 2 ** 20).toFixed(2);

/** Waits until the page has drawn everything sent so far: a marker post, newer than all, is painted. */
async function caughtUp(ui: UiWall, marker: number): Promise<void> {
  await new Promise((r) => setTimeout(r, 5));
  const [key] = await ui.submit(marker, 1, 'mark');
  const deadline = Date.now() + 60_000;
  // Polled from here: the CSP (no eval) refuses waitForFunction's string predicates.
  while (!(await ui.page.evaluate(`window.__painted.has(${JSON.stringify(key ?? '')})`))) {
    if (Date.now() > deadline) throw new Error(`card ${key} never painted`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function hundredThousand(ui: UiWall, total = 100_000, batch = 500, pauseMs = 40): Promise<VolumeResult> {
  const started = performance.now();
  const domNodes = () => ui.page.evaluate<number>('document.getElementsByTagName("*").length');
  let heap10k = 0;
  let nodes10k = 0;
  for (let sent = 0; sent < total; sent += batch) {
    await ui.submit(sent, batch, 'vol');
    await new Promise((r) => setTimeout(r, pauseMs));
    if (sent + batch === 10_000) {
      await caughtUp(ui, 1);
      // The probes' maps grow with every post: cleared so they do not count as the page's heap.
      await ui.page.evaluate('window.__painted.clear(); window.__arrived.clear()');
      heap10k = await ui.heapAfterGc();
      nodes10k = await domNodes();
    }
    if ((sent + batch) % 10_000 === 0) await ui.page.evaluate('window.__painted.clear(); window.__arrived.clear()');
  }
  await caughtUp(ui, 2);
  await ui.page.evaluate('window.__painted.clear(); window.__arrived.clear()');
  await new Promise((r) => setTimeout(r, 1_000));
  const heapEnd = await ui.heapAfterGc();
  return {
    posts: total,
    batch,
    seconds: +((performance.now() - started) / 1000).toFixed(1),
    heapAfter10kMiB: MiB(heap10k),
    heapAfterRunMiB: MiB(heapEnd),
    heapRatio: +(heapEnd / heap10k).toFixed(3),
    domNodesAfter10k: nodes10k,
    domNodesMax: await ui.page.evaluate<number>('window.__maxNodes'),
    domNodesEnd: await domNodes(),
  };
}
