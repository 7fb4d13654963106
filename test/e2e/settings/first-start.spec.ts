// The first start as IT meets it, keyboard first. Until the wall records the setup finished or skipped, the
// guided setup opens by itself (on the demo or on a provisioned source): the IT PIN is its first step, each
// step's heading takes the focus and the first Tab lands in its first field; the screens step says what each
// screen will show and warns about one that would stay empty. On a wall already set up (no PIN yet), the full
// page opens on the PIN, focus included. And the PIN's words are true to the mode: the kiosk's settings
// window asks for it; headless, the launch address opens the settings without it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { memoryLogger } from '../../../src/main/logger.ts';
import type { SettingsResponse } from '../../../src/shared/settings-contract.ts';
import { startWall as startWallInProcess } from '../../../src/main/wall.ts';
import { guardPage } from '../support/page-guards.ts';
import { startWall } from '../support/start-wall.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'first-start-'));
const replay = join(dir, 'empty.jsonl');
writeFileSync(replay, '');
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DEMO_ONLY = { sources: [{ id: 'demo', type: 'demo', options: { postEverySeconds: 5, backfillHours: 1 } }] };
/** A real source, provisioned by IT, the guided setup not yet gone through. */
const PROVISIONED = { sources: [{ id: 'replay', type: 'replay', options: { file: replay, speed: 'max' as const } }] };
/** The same wall once its setup is finished: the settings open on the full page. */
const SET_UP = { ...PROVISIONED, setup: 'finished' as const };

async function focusedLabel(page: Page): Promise<string> {
  return page.evaluate<string>(
    `(() => { const el = document.activeElement; return (el && el.labels && el.labels[0] ? el.labels[0].textContent : el && (el.getAttribute('aria-label') || el.textContent)) || ''; })()`,
  );
}

test('the guided setup: the IT PIN first, each step focused in order, the screens said plainly with an empty one warned about', async ({
  page,
}) => {
  const wall = await startWall({ config: DEMO_ONLY });
  try {
    const guards = await guardPage(page);
    await page.goto(wall.settingsUrl);
    await expect(page.getByRole('listitem').filter({ hasText: /^\d/ })).toHaveText([
      /Code IT/,
      /Votre marque/,
      /Premier compte/,
      /Les écrans/,
      /Langue/,
    ]);
    await expect(page.locator('[aria-current="step"]')).toHaveText(/Code IT/);
    await expect(page.getByRole('heading', { name: 'Code IT' })).toBeFocused();
    // Headless: the words say that the launch address opens the settings without the PIN.
    await expect(
      page.getByText('c’est l’adresse « settings » affichée au lancement qui ouvre les réglages'),
    ).toBeVisible();
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe('Nouveau code IT');
    await page.keyboard.type('482916');
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe('Confirmez le code');
    await page.keyboard.type('482916');
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { name: 'Votre marque' })).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toMatch(/^Nom de la marque/);
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { name: 'Premier compte' })).toBeFocused();
    await page.getByLabel('Réseau').selectOption('facebook');
    await page.getByRole('button', { name: 'Continuer' }).click();

    // The screens: each one says what it will show; "X · Foursquare" with only Facebook connected stays empty.
    await expect(page.getByRole('heading', { name: 'Les écrans' })).toBeFocused();
    const panel = (id: string) => page.locator(`[data-testid="panel-editor"][data-panel="${id}"]`);
    await expect(panel('1').getByTestId('panel-summary')).toHaveText(
      'Montrera les publications Facebook de « facebook ».',
    );
    await expect(panel('3').getByTestId('panel-summary')).toHaveText(
      'Montrera les statistiques de toutes les sources.',
    );
    const empty = panel('2').getByTestId('panel-summary');
    await expect(empty).toHaveAttribute('data-empty', '');
    await expect(empty).toHaveText(
      'Cet écran restera vide : aucune source ne publie sur X et Foursquare. Ajoutez un compte de ces réseaux (vue Sources), ou cochez d’autres réseaux ci-dessous.',
    );
    // The panel's own description carries it for screen readers.
    await expect(panel('2')).toHaveAccessibleDescription(/Cet écran restera vide/);
    // The source's own line says it brings nothing there, and offers no move from a panel it does not feed.
    const facebookOn2 = panel('2').locator('[data-testid="panel-source"][data-source="facebook"]');
    await expect(facebookOn2).toContainText('rien pour les réseaux de ce panneau');
    await expect(facebookOn2.getByRole('combobox')).toHaveCount(0);
    await panel('2').getByLabel('Facebook').check();
    await expect(facebookOn2).not.toContainText('rien pour');
    await expect(empty).not.toHaveAttribute('data-empty');
    await expect(empty).toHaveText('Montrera les publications Facebook de « facebook ».');
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect(page.getByRole('heading', { name: 'Langue' })).toBeFocused();
    expect(await guards.problems()).toEqual([]);
  } finally {
    await wall.stop();
  }
});

test('a provisioned wall opens on the guided setup until it is skipped, which the wall keeps', async ({ page }) => {
  const wall = await startWall({ config: PROVISIONED });
  try {
    const guards = await guardPage(page);
    await page.goto(wall.settingsUrl);
    const setup = page.getByTestId('guided-setup');
    await expect(setup).toContainText('Quelques étapes pour mettre le mur en place');
    await expect(setup).not.toContainText('démonstration');
    await expect(page.getByRole('heading', { name: 'Code IT' })).toBeFocused();
    await page.getByRole('button', { name: /^Passer/ }).click();
    await expect(page.getByTestId('settings-page')).toBeVisible();
    // Recorded before the page shows: the next opening goes to the full page.
    const read = (await (await page.request.get(`${wall.origin}/api/settings`)).json()) as SettingsResponse;
    expect(read.config.setup).toBe('skipped');
    await page.reload();
    await expect(page.getByTestId('settings-page')).toBeVisible();
    await expect(setup).toHaveCount(0);
    expect(await guards.problems()).toEqual([]);
  } finally {
    await wall.stop();
  }
});

test('a wall already set up, with no PIN yet: the page opens on the PIN, first in focus order; the guided setup from the navigation', async ({
  page,
}) => {
  const wall = await startWall({ config: SET_UP });
  try {
    const guards = await guardPage(page);
    await page.goto(wall.settingsUrl);
    await expect(page.getByTestId('settings-page')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Choisissez le code IT' })).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe('Nouveau code IT');
    // Above the views and their navigation.
    const pin = await page.getByTestId('choose-pin').boundingBox();
    const nav = await page.getByRole('navigation').boundingBox();
    expect(pin && nav && pin.y + pin.height <= nav.y).toBe(true);
    // The guided setup, from the navigation: the PIN first, words for a wall that is not on the demo.
    await page.getByRole('button', { name: 'Refaire la configuration guidée' }).click();
    const setup = page.getByTestId('guided-setup');
    await expect(setup).toContainText('Quelques étapes pour mettre le mur en place');
    await expect(page.getByRole('heading', { name: 'Code IT' })).toBeFocused();
    await expect(setup).not.toContainText('démonstration');
    await page.getByRole('button', { name: /^Passer/ }).click();
    await expect(page.getByTestId('settings-page')).toBeVisible();
    expect(await guards.problems()).toEqual([]);
  } finally {
    await wall.stop();
  }
});

test('on the kiosk, the PIN is said to be asked at each opening of the settings window', async ({ page }) => {
  const wall = await startWallInProcess({
    config: SET_UP,
    dataDir: join(dir, 'kiosk-data'),
    logger: memoryLogger(),
    port: 0,
    rendererDir: join(ROOT, 'dist', 'renderer'),
    identifyScreens: () => ({ screens: 1, seconds: 5 }),
  });
  try {
    await page.goto(wall.settingsUrl);
    const choose = page.getByTestId('choose-pin');
    await expect(choose).toContainText('Ce code ouvre les réglages depuis le mur');
    await choose.getByLabel('Nouveau code IT').fill('482916');
    await choose.getByLabel('Confirmez le code').fill('482916');
    await choose.getByRole('button', { name: 'Enregistrer le code' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Code IT enregistré' })).toHaveText(
      'Code IT enregistré. À la prochaine ouverture des réglages, il sera demandé.',
    );
  } finally {
    await wall.stop();
  }
});
