// The real wall in this process (engine + local server on loopback, an empty replay source so the
// benchmark decides what arrives, one feed panel for every network) and a real Chromium showing it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { memoryLogger } from '../../src/main/logger.ts';
import { startWall, type RunningWall } from '../../src/main/wall.ts';
import { chromiumArgs, findChromium } from '../../test/e2e/support/find-chromium.ts';
import { syntheticCandidate } from '../synthetic-posts.ts';
import { PAGE_PROBES } from './page-probes.ts';
import { seedPicture } from './picture-hits.ts';

export interface UiWall {
  wall: RunningWall;
  page: Page;
  cdp: CDPSession;
  /** Ingests these synthetic posts through the engine's pipeline (as a connector would hand them). */
  submit(from: number, count: number, runId: string): Promise<string[]>;
  /** Ingests one post whose author's avatar is this picture. */
  submitPicturePost(url: string): Promise<void>;
  /** JS heap in use after a forced garbage collection, in bytes. */
  heapAfterGc(): Promise<number>;
  close(): Promise<void>;
}

const STAMP = { sourceId: 'bench', cachePolicy: { mode: 'persist' } as const, fetchedAt: new Date().toISOString() };

export async function openUiWall(): Promise<UiWall> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ui-'));
  const replay = join(dir, 'empty.jsonl');
  writeFileSync(replay, '');
  const configFile = join(dir, 'config.json');
  writeFileSync(
    configFile,
    JSON.stringify({
      sources: [{ id: 'bench', type: 'replay', options: { file: replay } }],
      panels: [{ id: 'all', title: 'Bench', type: 'feed' }],
      // A short retention would purge the benchmark's posts mid-run; keep the default.
    }),
  );
  seedPicture(dir, join(import.meta.dirname, '..', '..', 'assets'));
  // BENCH_RENDERER_DIR: another build of the screens (an earlier version, to compare in the same conditions).
  const rendererDir = process.env['BENCH_RENDERER_DIR'];
  const wall = await startWall({
    configFile,
    dataDir: dir,
    logger: memoryLogger('error'),
    port: 0,
    ...(rendererDir ? { rendererDir } : {}),
  });
  const browser: Browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...chromiumArgs(), '--enable-precise-memory-info'],
  });
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.addInitScript({ content: PAGE_PROBES });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const url = wall.panels[0]?.url;
  if (!url) throw new Error('the wall printed no panel');
  await page.goto(url);
  await page.getByTestId('feed-empty').waitFor();
  await page.evaluate(`window.__listen('all')`);

  return {
    wall,
    page,
    cdp,
    async submit(from, count, runId) {
      const now = Date.now();
      const events = Array.from({ length: count }, (_, i) => ({
        type: 'upsert' as const,
        item: { ...syntheticCandidate(from + i, runId, now), createdAt: new Date(now).toISOString() },
      }));
      await wall.engine.pipeline.submit(events, { ...STAMP, fetchedAt: new Date(now).toISOString() });
      return events.map((e) => String((e.item as Record<string, unknown>)['key']));
    },
    async submitPicturePost(url) {
      const now = Date.now();
      const item = {
        ...syntheticCandidate(0, 'picture', now),
        author: { id: 'p', name: 'Picture', isBrand: false, avatarUrl: url },
      };
      await wall.engine.pipeline.submit([{ type: 'upsert', item }], {
        ...STAMP,
        fetchedAt: new Date(now).toISOString(),
      });
    },
    async heapAfterGc() {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      return usage.usedSize;
    },
    async close() {
      await browser.close();
      await wall.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
