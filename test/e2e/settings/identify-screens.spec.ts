// "Identify screens" in the settings' Screens part, in Chromium. Headless (the serve CLI) no display is the
// wall's: the page names the kiosk's key combination and offers no button. On the kiosk the shell gives the
// wall its identifyScreens; Electron cannot run here, so the wall is started in-process with the hook the
// shell passes (main.ts → startWall), counting its calls — that the hook opens one numbered window per
// display is tested in test/unit/electron/kiosk-composition.test.ts against the real wall.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { memoryLogger } from '../../../src/main/logger.ts';
import { startWall as startWallInProcess } from '../../../src/main/wall.ts';
import { openView } from '../support/settings-views.ts';
import { guardPage } from '../support/page-guards.ts';
import { startWall } from '../support/start-wall.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
// A wall set up already (an empty replay), so the settings open on the full page, not the guided setup.
const dir = mkdtempSync(join(tmpdir(), 'identify-'));
const replay = join(dir, 'empty.jsonl');
writeFileSync(replay, '');
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = {
  setup: 'finished' as const,
  sources: [{ id: 'replay', type: 'replay', options: { file: replay, speed: 'max' as const } }],
  panels: [
    { id: '1', title: 'Réseaux', type: 'feed' as const },
    { id: '2', title: 'Statistiques', type: 'stats' as const },
  ],
};

test('headless: the Screens part names the kiosk key combination, with no button', async ({ page }) => {
  const wall = await startWall({ config });
  try {
    const guards = await guardPage(page);
    await page.goto(wall.settingsUrl);
    await openView(page, 'panels');
    const screens = page.getByTestId('screens-editor');
    await expect(screens).toContainText('Ctrl+Alt+Shift+N');
    await expect(screens.getByRole('button', { name: 'Identifier les écrans' })).toHaveCount(0);
    const refused = await page.request.post(`${wall.origin}/api/settings/screens/identify`, {
      headers: { 'x-social-wall': '1' },
    });
    expect(refused.status()).toBe(404);
    expect(((await refused.json()) as { error: string }).error).toMatch(/Only the kiosk/);
    expect(await guards.problems()).toEqual([]);
  } finally {
    await wall.stop();
  }
});

test('on the kiosk: the button has the shell number the displays, and the page says how many and for how long', async ({
  page,
}) => {
  const dataDir = join(dir, 'kiosk-data');
  let calls = 0;
  const wall = await startWallInProcess({
    config,
    dataDir,
    logger: memoryLogger(),
    port: 0,
    rendererDir: join(ROOT, 'dist', 'renderer'),
    identifyScreens: () => {
      calls += 1;
      return { screens: 3, seconds: 10 };
    },
  });
  try {
    const guards = await guardPage(page);
    await page.goto(wall.settingsUrl);
    await openView(page, 'panels');
    const button = page.getByTestId('screens-editor').getByRole('button', { name: 'Identifier les écrans' });
    await expect(button).toHaveAccessibleDescription(/grand numéro sur chaque écran.*Ctrl\+Alt\+Shift\+N/);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('identify-status')).toHaveText(
      'Un numéro s’affiche sur chacun des 3 écrans pendant 10 secondes.',
    );
    expect(calls).toBe(1);
    if (process.env.SCREENSHOTS === '1') {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.getByTestId('screens-editor').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: 'docs/screenshots/settings-identify.png' });
    }
    expect(await guards.problems()).toEqual([]);
  } finally {
    await wall.stop();
  }
});
