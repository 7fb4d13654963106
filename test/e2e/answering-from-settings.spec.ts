// From the settings to the answering page and back, in the kiosk's settings window: the real headless wall (serve
// CLI), a PIN chosen, then a fresh session that the shell vouches for the way Electron's does
// (src/main/electron/settings/settings-access.ts: the admin Bearer on the top-level /settings and static files
// only). The PIN unlocks the settings (the admin cookie, path /), and the settings' link to /answer opens the list
// of customers waiting with that same cookie: the shell never vouches for /answer, and needs not. The answering
// page's link leads back to the settings. With SCREENSHOTS=1 it writes docs/screenshots/settings-answering-link-fr.png.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { adminTokenOf } from '../../src/main/electron/settings/settings-access.ts';
import { makePost } from './support/make-post.ts';
import { guardPage } from './support/page-guards.ts';
import { vouchLikeTheKioskShell } from './support/settings-window.ts';
import { makeTempDir, startWall, type RunningWall } from './support/start-wall.ts';

const PIN = '715304';
let wall: RunningWall;

test.beforeAll(async () => {
  const dir = await makeTempDir();
  const replayFile = join(dir, 'replay.jsonl');
  const complaint = makePost({
    sourceId: 'replay',
    network: 'facebook',
    url: 'https://www.facebook.com/ateliernova/posts/2001',
    text: 'Toujours pas de nouvelles de ma voiture depuis trois jours, personne ne répond au téléphone. Inadmissible.',
    author: { name: 'Marie Dupont', handle: 'marie.d' },
    createdAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
  });
  await writeFile(replayFile, `${JSON.stringify(complaint)}\n`);
  wall = await startWall(
    {
      config: {
        // Set up already: the settings window opens on the full page, not the guided setup.
        setup: 'finished',
        sources: [{ id: 'replay', type: 'replay', options: { file: replayFile, speed: 'max', rebaseTime: false } }],
      },
    },
    dir,
  );
});

test.afterAll(async () => {
  await wall?.stop();
});

test('the settings window links to the customers waiting, with the credential the PIN gave it, and back', async ({
  browser,
}) => {
  test.slow(); // the real wall on a busy machine
  const adminToken = adminTokenOf(wall.settingsUrl);
  if (!adminToken) throw new Error(`no admin token in ${wall.settingsUrl}`);
  // IT chose the PIN earlier (the first start's step, here through its API with the admin URL's cookie).
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await adminPage.goto(wall.settingsUrl);
  const chosen = await adminPage.request.post(`${wall.origin}/api/settings/pin`, {
    headers: { 'x-social-wall': '1' },
    data: { pin: PIN },
  });
  expect(chosen.status(), await chosen.text()).toBeLessThan(300);
  await admin.close();

  const windowContext = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1200, height: 860 } });
  try {
    await vouchLikeTheKioskShell(windowContext, wall.origin, adminToken);
    const page = await windowContext.newPage();
    const guards = await guardPage(page);
    // Before the PIN, /answer is closed to this window: the shell vouches for /settings only.
    expect((await page.goto(`${wall.origin}/answer`))?.status()).toBe(401);
    await page.goto(`${wall.origin}/settings`);
    const pin = page.getByLabel('Code IT');
    await pin.fill(PIN);
    await pin.press('Enter');
    await expect(page.getByTestId('settings-page')).toBeVisible();

    const link = page.getByRole('navigation', { name: 'Parties des réglages' }).getByRole('link', {
      name: 'Clients en attente de réponse',
    });
    await expect(link).toHaveAttribute('href', '/answer');
    if (process.env.SCREENSHOTS === '1')
      await page.screenshot({
        path: join(import.meta.dirname, '..', '..', 'docs', 'screenshots', 'settings-answering-link-fr.png'),
      });
    await link.click();
    await expect(page).toHaveURL(`${wall.origin}/answer`);
    await expect(page.getByRole('heading', { name: 'Clients en attente de réponse', level: 1 })).toBeVisible();
    const items = page.getByTestId('answering-item');
    await expect(items).toHaveCount(1, { timeout: 30_000 });
    await expect(items.first()).toContainText('Marie Dupont');

    await page.getByRole('link', { name: '← Réglages du mur' }).click();
    await expect(page).toHaveURL(`${wall.origin}/settings`);
    await expect(page.getByTestId('settings-page')).toBeVisible();
    expect(await guards.problems()).toEqual([]);
  } finally {
    await windowContext.close();
  }
});
