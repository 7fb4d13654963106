// Screenshots of the three default panels at 1920×1080 (and 3840×2160), for docs/screenshots/, taken
// only on demand: `SCREENSHOTS=1 npx playwright test screenshots`. Look at them after each visual change.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { guardPage } from './support/page-guards.ts';
import { startWall, type RunningWall } from './support/start-wall.ts';

const OUT_DIR = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

test.describe.configure({ mode: 'serial' });
test.skip(process.env.SCREENSHOTS !== '1', 'screenshots are taken on demand: SCREENSHOTS=1 npx playwright test screenshots');

let wall: RunningWall;

test.beforeAll(async () => {
  await mkdir(OUT_DIR, { recursive: true });
  // Enough history for full panels, and a pace slow enough that a capture shows a settled page.
  wall = await startWall({ config: { sources: [{ id: 'demo', type: 'demo', options: { postEverySeconds: 5, backfillHours: 6 } }] } });
});

test.afterAll(async () => {
  await wall?.stop();
});

const SIZES = [
  { suffix: '', width: 1920, height: 1080 },
  { suffix: '@4k', width: 3840, height: 2160 },
];

for (const id of ['1', '2', '3']) {
  for (const size of SIZES) {
    test(`panel ${id} at ${size.width}×${size.height}`, async ({ page }) => {
      const guards = await guardPage(page);
      await page.setViewportSize({ width: size.width, height: size.height });
      const url = wall.panels.get(id);
      if (!url) throw new Error(`the wall printed no panel ${id}`);
      await page.goto(url);
      await expect(page.getByTestId(id === '3' ? 'stats-panel' : 'post-card').first()).toBeVisible();
      // Pictures on screen loaded (lazy ones below the fold never will), so the capture is what a
      // visitor sees. (The stream keeps a connection open: "network idle" never comes.)
      const pending = `[...document.images].filter((i) => i.getBoundingClientRect().top < innerHeight && !(i.complete && i.naturalWidth > 0)).length`;
      await expect.poll(() => page.evaluate(pending)).toBe(0);
      await page.screenshot({ path: join(OUT_DIR, `panel-${id}${size.suffix}.png`) });
      expect(await guards.problems()).toEqual([]);
    });
  }
}
