// The IT PIN prompt end to end: the real headless wall (serve CLI) and the built renderer in Chromium.
// IT chooses the PIN on the first start's step (admin URL), then the settings window opens the bare /settings
// the way Electron's shell does (src/main/electron/settings/settings-access.ts: the admin token as a Bearer
// header on the top-level GET of /settings and the static files only, never on an API call; no display
// token, no cookie): the page's GET /api/settings answers 401, the PIN prompt shows, wrong PINs are refused
// with words and then a delay the server honours, the right PIN (typed, Enter) opens the settings.
import { expect, test, type Page } from '@playwright/test';
import { adminTokenOf } from '../../../src/main/electron/settings/settings-access.ts';
import { guardPage } from '../support/page-guards.ts';
import { vouchLikeTheKioskShell } from '../support/settings-window.ts';
import { startWall, type RunningWall } from '../support/start-wall.ts';

test.describe.configure({ mode: 'serial' });

const PIN = '482916';
let wall: RunningWall;

test.beforeAll(async () => {
  wall = await startWall({
    config: {
      sources: [{ id: 'demo', type: 'demo', options: { postEverySeconds: 5, backfillHours: 1 } }],
      panels: [{ id: '1', title: 'Démonstration', type: 'feed' }],
    },
  });
});

test.afterAll(async () => {
  await wall?.stop();
});

/** The first start's guided setup opens on the IT PIN (the wall runs on the demo only). */
async function choosePinOnFirstStart(page: Page): Promise<void> {
  expect((await page.goto(wall.settingsUrl))?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: 'Code IT' })).toBeFocused();
  await page.getByLabel('Nouveau code IT').fill(PIN);
  await page.getByLabel('Confirmez le code').fill(PIN);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByRole('heading', { name: 'Votre marque' })).toBeFocused();
}

test('a PIN chosen on the first start locks the bare /settings; wrong PINs are refused, then delayed; the right one opens the settings', async ({
  browser,
}) => {
  const admin = await browser.newContext();
  const adminToken = adminTokenOf(wall.settingsUrl);
  if (!adminToken) throw new Error(`no admin token in ${wall.settingsUrl}`);
  try {
    const adminPage = await admin.newPage();
    const adminGuards = await guardPage(adminPage);
    await choosePinOnFirstStart(adminPage);
    const stored = (await (await adminPage.request.get(`${wall.origin}/api/settings`)).json()) as { pinSet: boolean };
    expect(stored.pinSet).toBe(true);
    expect(await adminGuards.problems()).toEqual([]);
  } finally {
    await admin.close();
  }

  // The settings window: a fresh session, no display token, no admin cookie; the shell vouches for the page only.
  const windowContext = await browser.newContext({ locale: 'fr-FR' });
  try {
    const plain = await windowContext.request.get(`${wall.origin}/api/settings`);
    expect(plain.status()).toBe(401);
    await vouchLikeTheKioskShell(windowContext, wall.origin, adminToken);
    const page = await windowContext.newPage();
    const guards = await guardPage(page);
    expect((await page.goto(`${wall.origin}/settings`))?.status()).toBe(200);

    await expect(page.getByRole('heading', { name: 'Réglages verrouillés', level: 1 })).toBeVisible();
    await expect(page).toHaveTitle('Réglages verrouillés');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    const pin = page.getByLabel('Code IT');
    // Keyboard first: the field has the focus, Enter submits.
    await expect(pin).toBeFocused();
    await expect(pin).toHaveAttribute('type', 'password');
    await expect(pin).toHaveAccessibleDescription('4 à 12 chiffres.');
    const error = page.getByRole('alert');

    // A typo: refused in words, the field marked, emptied and focused again.
    await page.keyboard.type('111111');
    await page.keyboard.press('Enter');
    await expect(error).toHaveText('Code incorrect. Réessayez.');
    await expect(pin).toHaveAttribute('aria-invalid', 'true');
    await expect(pin).toHaveValue('');
    await expect(pin).toBeFocused();
    await expect(pin).toHaveAccessibleDescription(/Code incorrect/);

    await page.keyboard.type('222222');
    await page.keyboard.press('Enter');
    await expect(error).toHaveText('Code incorrect. Réessayez.');
    await expect(pin).toHaveValue('');

    // The third wrong PIN in a row starts the growing delay (unlock-delay.ts: 2 s first).
    await page.keyboard.type('333333');
    await page.keyboard.press('Enter');
    await expect(error).toHaveText('Trop d’essais incorrects : réessayez dans 2 secondes.');

    // The delay holds even for the right PIN: the server does not check it before the time is up.
    await page.keyboard.type(PIN);
    await page.keyboard.press('Enter');
    await expect(error).toHaveText(/^Trop d’essais incorrects : réessayez dans [12] secondes?\.$/);
    expect((await windowContext.request.get(`${wall.origin}/api/settings`)).status()).toBe(401);
    await expect(page.getByRole('heading', { name: 'Réglages verrouillés' })).toBeVisible();

    // Once it is over (2 s from the third wrong PIN, which the page has already answered), the right PIN opens
    // the settings: the page reloads with the admin cookie. One try, however slow the machine (a retried Enter
    // could land on the page as it reloads).
    await page.waitForTimeout(2_500);
    await pin.fill(PIN);
    await pin.press('Enter');
    await expect(page.getByTestId('settings-page').or(page.getByTestId('guided-setup'))).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Réglages verrouillés' })).toHaveCount(0);
    // The PIN is chosen: the first start's step is not offered again.
    await expect(page.getByRole('heading', { name: 'Code IT', exact: true })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Choisissez le code IT' })).toHaveCount(0);

    // The settings API answers this session now (the cookie the unlock set), reads and writes.
    const read = await windowContext.request.get(`${wall.origin}/api/settings`);
    expect(read.status()).toBe(200);
    const body = (await read.json()) as { pinSet: boolean; config: { retentionDays: number } };
    expect(body.pinSet).toBe(true);
    const saved = await windowContext.request.put(`${wall.origin}/api/settings`, {
      headers: { 'x-social-wall': '1' },
      data: { ...body.config, retentionDays: 21 },
    });
    expect(saved.status(), await saved.text()).toBe(200);
    expect(
      (
        (await (await windowContext.request.get(`${wall.origin}/api/settings`)).json()) as {
          config: { retentionDays: number };
        }
      ).config.retentionDays,
    ).toBe(21);
    expect(await guards.problems()).toEqual([]);
  } finally {
    await windowContext.close();
  }
});

test('after the right PIN the delay starts again from zero: one typo is only refused, not delayed', async ({
  browser,
}) => {
  const adminToken = adminTokenOf(wall.settingsUrl) ?? '';
  // The prompt speaks the PC's language before the settings (and theirs) can be read: English here.
  const context = await browser.newContext({ locale: 'en-GB' });
  try {
    await vouchLikeTheKioskShell(context, wall.origin, adminToken);
    const page = await context.newPage();
    await page.goto(`${wall.origin}/settings`);
    await expect(page.getByRole('heading', { name: 'Settings locked' })).toBeVisible();
    // …and says so to screen readers (the page's own lang is French).
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByLabel('IT PIN')).toBeFocused();
    await page.keyboard.type('0000');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toHaveText('Wrong PIN. Try again.');
    await page.keyboard.type(PIN);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('settings-page').or(page.getByTestId('guided-setup'))).toBeVisible();
  } finally {
    await context.close();
  }
});
