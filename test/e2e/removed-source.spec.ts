// A removed or paused source's posts leave the wall: the real wall (serve CLI) with the demo and a replay
// source; the settings (the admin API, as the settings page saves) remove the demo, then pause and resume the
// replay. The screens drop the posts at once, the demo badge goes, and the statistics stop counting them; the
// posts stay in the database until retention, and come back with their source.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { SettingsResponse } from '../../src/shared/settings-contract.ts';
import { makePost } from './support/make-post.ts';
import { guardPage } from './support/page-guards.ts';
import { makeTempDir, startWall, waitForStoredPosts, type RunningWall } from './support/start-wall.ts';

test.describe.configure({ mode: 'serial' });

let wall: RunningWall;
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();
const REPLAYED = 3;

test.beforeAll(async () => {
  const dir = await makeTempDir();
  const replay = join(dir, 'replay.jsonl');
  const posts = Array.from({ length: REPLAYED }, (_, i) =>
    makePost({
      network: 'facebook',
      sourceId: 'replay',
      text: `Un vrai client, numéro ${i}`,
      createdAt: minutesAgo(5 + i),
    }),
  );
  await writeFile(replay, posts.map((p) => `${JSON.stringify(p)}\n`).join(''));
  wall = await startWall(
    {
      config: {
        sources: [
          // A demo with history, as a first install has before IT adds its accounts. Its posts follow a day's
          // rhythm (a trickle at night): short slots over two hours, so that it has posts at any hour of the day.
          { id: 'demo', type: 'demo', options: { postEverySeconds: 20, backfillHours: 2 } },
          { id: 'replay', type: 'replay', options: { file: replay, speed: 'max', rebaseTime: false } },
        ],
        panels: [
          // 'near': up to eight posts on screen, so that the demo's show beside the three replayed (newer) ones.
          { id: 'feed', title: 'Nos clients', type: 'feed', density: 'near' },
          { id: 'stats', title: 'Statistiques', type: 'stats' },
        ],
      },
    },
    dir,
  );
  // Stored before a screen opens: read live, the history would wait its turn to come on screen like a burst.
  await waitForStoredPosts(wall, 'feed', REPLAYED + 1);
});

test.afterAll(async () => {
  await wall?.stop();
});

const admin = () => ({
  authorization: `Bearer ${new URL(wall.settingsUrl).searchParams.get('admin')}`,
  'x-social-wall': '1',
});

/** Saves the configuration with its sources changed, as the settings page does. */
async function saveSources(
  change: (sources: SettingsResponse['config']['sources']) => SettingsResponse['config']['sources'],
) {
  const current = (await (await fetch(`${wall.origin}/api/settings`, { headers: admin() })).json()) as SettingsResponse;
  const config = { ...current.config, sources: change(current.config.sources) };
  const res = await fetch(`${wall.origin}/api/settings`, {
    method: 'PUT',
    headers: { ...admin(), 'content-type': 'application/json' },
    body: JSON.stringify(config),
  });
  expect(res.status, await res.text()).toBe(200);
}

/** The sources of the posts on screen (spotlight and cards). */
const sourcesOnScreen = (page: Page) =>
  page.evaluate<string[]>(
    `[...document.querySelectorAll('[data-testid="post-card"], [data-testid="spotlight"]')].map((e) => e.getAttribute('data-source'))`,
  );
/** Today's posts as the statistics panel's legend counts them, network by network (the replayed posts are minutes old). */
const statsTotal = (page: Page) =>
  page.evaluate<number>(
    `[...document.querySelectorAll('[data-testid="network-legend"] [data-today]')].reduce((n, e) => n + Number(e.getAttribute('data-today')), 0)`,
  );

async function open(page: Page, id: string): Promise<void> {
  const url = wall.panels.get(id);
  if (!url) throw new Error(`no panel ${id}`);
  await page.goto(url);
}

test('removing the demo takes its posts off the screens and out of the statistics; pausing a source too', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const guards = await guardPage(page);
  await open(page, 'feed');
  await expect(page.getByTestId('demo-badge')).toBeVisible();
  await expect.poll(() => sourcesOnScreen(page)).toContain('demo');
  const stats = await context.newPage();
  await open(stats, 'stats');
  await expect.poll(() => statsTotal(stats)).toBeGreaterThan(REPLAYED);

  await saveSources((sources) => sources.filter((s) => s.id !== 'demo'));
  await expect(page.getByTestId('demo-badge')).toHaveCount(0);
  await expect.poll(() => sourcesOnScreen(page)).toEqual(Array(REPLAYED).fill('replay'));
  // The statistics count only what the wall shows.
  await expect.poll(() => statsTotal(stats), { timeout: 30_000 }).toBe(REPLAYED);

  // Paused: its posts leave too; resumed: they come back.
  await saveSources((sources) => sources.map((s) => (s.id === 'replay' ? { ...s, enabled: false } : s)));
  await expect(page.getByTestId('feed-empty')).toBeVisible();
  await expect.poll(() => statsTotal(stats), { timeout: 30_000 }).toBe(0);
  await saveSources((sources) => sources.map((s) => (s.id === 'replay' ? { ...s, enabled: true } : s)));
  await expect.poll(() => sourcesOnScreen(page)).toEqual(Array(REPLAYED).fill('replay'));
  await expect.poll(() => statsTotal(stats), { timeout: 30_000 }).toBe(REPLAYED);
  expect(await guards.problems()).toEqual([]);
});
