// Screenshots of the three default panels at 1920×1080 (and 3840×2160), and of a feed's empty state,
// for docs/screenshots/, taken only on demand: `SCREENSHOTS=1 npx playwright test screenshots`.
// Look at them after each visual change: a wall is judged by eye from five metres away.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { guardPage } from './support/page-guards.ts';
import { makeTempDir, startWall, type RunningWall } from './support/start-wall.ts';

const OUT_DIR = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

test.describe.configure({ mode: 'serial' });
test.skip(
  process.env.SCREENSHOTS !== '1',
  'screenshots are taken on demand: SCREENSHOTS=1 npx playwright test screenshots',
);

let wall: RunningWall;

test.beforeAll(async () => {
  await mkdir(OUT_DIR, { recursive: true });
  // Enough history for full panels, and a pace slow enough that a capture shows a settled page.
  wall = await startWall({
    config: { sources: [{ id: 'demo', type: 'demo', options: { postEverySeconds: 20, backfillHours: 24 } }] },
  });
});

test.afterAll(async () => {
  await wall?.stop();
});

const SIZES = [
  { suffix: '', width: 1920, height: 1080 },
  { suffix: '@4k', width: 3840, height: 2160 },
];

/** Pictures on screen loaded and the entrance animations over (the endless burn-in drift excepted). */
async function settle(page: Page): Promise<void> {
  // Lazy pictures below the fold never load; the stream keeps a connection open, so no "network idle".
  const pending = `[...document.images].filter((i) => i.getBoundingClientRect().top < innerHeight && !(i.complete && i.naturalWidth > 0)).length`;
  await expect.poll(() => page.evaluate(pending)).toBe(0);
  await page.evaluate(
    `Promise.all(document.getAnimations().filter((a) => a.effect && a.effect.getComputedTiming().endTime !== Infinity).map((a) => a.finished.catch(() => undefined)))`,
  );
  // Chart.js animates on its canvas, outside the document's animations.
  await page.waitForTimeout(1_200);
}

for (const id of ['1', '2', '3']) {
  for (const size of SIZES) {
    test(`panel ${id} at ${size.width}×${size.height}`, async ({ page }) => {
      const guards = await guardPage(page);
      await page.setViewportSize({ width: size.width, height: size.height });
      const url = wall.panels.get(id);
      if (!url) throw new Error(`the wall printed no panel ${id}`);
      await page.goto(url);
      await expect(page.getByTestId(id === '3' ? 'stats-panel' : 'post-card').first()).toBeVisible();
      await settle(page);
      await page.screenshot({ path: join(OUT_DIR, `panel-${id}${size.suffix}.png`) });
      expect(await guards.problems()).toEqual([]);
    });
  }
}

test('the empty state of a feed at 1920×1080', async ({ page }) => {
  const dir = await makeTempDir();
  const replay = join(dir, 'empty.jsonl');
  await writeFile(replay, '');
  const empty = await startWall(
    {
      config: {
        brand: { name: 'Atelier Nova', hashtags: ['AtelierNova', 'VoitureElectrique'], handles: ['@ateliernova'] },
        sources: [{ id: 'replay', type: 'replay', options: { file: replay, speed: 'max' } }],
      },
    },
    dir,
  );
  try {
    const guards = await guardPage(page);
    const url = empty.panels.get('1');
    if (!url) throw new Error('the wall printed no panel 1');
    await page.goto(url);
    await expect(page.getByTestId('empty-qr')).toBeVisible();
    await settle(page);
    await page.screenshot({ path: join(OUT_DIR, 'panel-empty.png') });
    expect(await guards.problems()).toEqual([]);
  } finally {
    await empty.stop();
  }
});
