// The settings window end to end: the real headless wall (serve CLI) with the demo source, the X emulator
// as a real network, and the built renderer in Chromium — through the admin URL → cookie exchange, the CSP,
// the settings API and the `panels` event an open panel hears when the configuration changed.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { XDataset } from '../../emulators/x/x-dataset.ts';
import { startXEmulator, X_EMULATOR_TOKEN, type RunningXEmulator } from '../../emulators/x/x-emulator.ts';
import { openView } from '../support/settings-views.ts';
import { guardPage, type PageGuards } from '../support/page-guards.ts';
import { startWall, type RunningWall } from '../support/start-wall.ts';

test.describe.configure({ mode: 'serial' });

const BRAND = { id: '2244994945', username: 'ateliernova', name: 'Atelier Nova' };
const SHOTS = process.env.SCREENSHOTS === '1';
const SHOT_VIEWPORT = { width: 1440, height: 900 };

let emulator: RunningXEmulator;
let wall: RunningWall;
let context: BrowserContext;
let settings: Page;
let guards: PageGuards;

function demoWallConfig() {
  return {
    sources: [{ id: 'demo', type: 'demo', options: { postEverySeconds: 1, backfillHours: 1 } }],
    panels: [
      { id: '1', title: 'Facebook · Instagram · X', type: 'feed' as const },
      { id: '2', title: 'Démonstration', type: 'feed' as const, sources: ['demo'] },
    ],
  };
}

test.beforeAll(async ({ browser }) => {
  const dataset = new XDataset();
  dataset.addUser(BRAND);
  dataset.addUser({ id: '1000000000000000001', username: 'jane_d', name: 'Jane D.' });
  dataset.post({
    authorId: '1000000000000000001',
    text: 'Accueil au top chez @ateliernova #AtelierNova',
    lang: 'fr',
    likes: 2,
  });
  emulator = await startXEmulator({ dataset });
  wall = await startWall({ config: demoWallConfig() });
  context = await browser.newContext({ viewport: SHOT_VIEWPORT });
  settings = await context.newPage();
  guards = await guardPage(settings);
});

test.afterAll(async () => {
  await context?.close();
  await wall?.stop();
  await emulator?.close();
});

test.afterEach(async () => {
  expect(await guards.problems()).toEqual([]);
});

function panelUrl(id: string, w: RunningWall = wall): string {
  const url = w.panels.get(id);
  if (!url) throw new Error(`no panel ${id}`);
  return url;
}

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  await page.screenshot({ path: `docs/screenshots/settings-${name}.png` });
}

test('the display URL cannot open the settings', async ({ browser }) => {
  const display = await browser.newContext();
  try {
    const page = await display.newPage();
    expect((await page.goto(panelUrl('1')))?.status()).toBe(200);
    const refused = await page.goto(`${wall.origin}/settings`);
    expect(refused?.status()).toBe(403);
    await expect(page.locator('body')).toContainText('display credential');
    // Nor its API, with the display cookie.
    expect((await page.request.get(`${wall.origin}/api/settings`)).status()).toBe(403);
  } finally {
    await display.close();
  }
});

test('the admin URL opens the settings on the guided setup until it is finished or skipped; Skip is kept by the wall', async () => {
  const response = await settings.goto(wall.settingsUrl);
  expect(response?.status()).toBe(200);
  // The credential left the address bar.
  expect(new URL(settings.url()).search).toBe('');
  const setup = settings.getByTestId('guided-setup');
  await expect(setup).toBeVisible();
  // The IT PIN first (none is chosen yet).
  await expect(settings.getByRole('heading', { name: 'Code IT' })).toBeFocused();
  await shot(settings, 'setup');
  await settings.getByRole('button', { name: 'Passer : aller aux réglages complets' }).click();
  await expect(settings.getByTestId('settings-page')).toBeVisible();
  // Recorded on the wall: the next opening goes to the full page.
  const read = (await (await settings.request.get(`${wall.origin}/api/settings`)).json()) as {
    config: { setup: string };
  };
  expect(read.config.setup).toBe('skipped');
  await settings.reload();
  await expect(settings.getByTestId('settings-page')).toBeVisible();
  await openView(settings, 'moderation');
  await expect(settings.getByRole('heading', { name: 'Transparence' })).toBeVisible();
  await expect(settings.getByText('La modération est désactivée par défaut.')).toBeVisible();
});

test('add an X source against the emulator: Test connection passes, then says to renew an expired token', async () => {
  await openView(settings, 'sources');
  await settings.getByRole('button', { name: 'Ajouter une source' }).click();
  const type = settings.locator('#field-sources-1-type');
  await expect(type).toBeFocused();
  await type.selectOption('x');
  await expect(settings.locator('#field-sources-1-id')).toHaveValue('x');
  const options = 'field-sources-1-options';
  await settings.locator(`#${options}-baseUrl`).fill(emulator.url);
  const token = settings.locator(`#${options}-bearerToken`);
  await expect(token).toHaveAttribute('type', 'password');
  await token.fill(X_EMULATOR_TOKEN);
  await settings.locator(`#${options}-brandUserId`).fill(BRAND.id);
  await settings.locator(`#${options}-brandHandle`).fill('@ateliernova');
  await settings.locator(`#${options}-hashtags`).fill('AtelierNova');
  // The help text comes from the connector's schema, tied to its input.
  await expect(token).toHaveAccessibleDescription(/developer\.x\.com/);

  const result = settings.getByTestId('test-result');
  await settings.getByRole('button', { name: 'Tester la connexion' }).click();
  await expect(result).toContainText('Connexion réussie');

  emulator.switches.expiredToken = true;
  try {
    await settings.getByRole('button', { name: 'Tester la connexion' }).click();
    // What to do, in the page's language; then the connector's exact words.
    await expect(result).toContainText('Échec (accès) : le réseau refuse le jeton');
    await expect(result).toContainText('Message reçu : ');
    await expect(result).toContainText('renew it in Settings');
  } finally {
    emulator.switches.expiredToken = false;
  }
  if (SHOTS) {
    await settings
      .locator('[data-testid="source-row"][data-source="x"]')
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shot(settings, 'source-form');
  }

  await settings.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(settings.getByTestId('save-status')).toContainText('Appliqué au mur');
  // Saved (the editor stays open): the secret comes back masked, the input empty and saying so.
  const row = settings.locator('[data-testid="source-row"][data-source="x"]');
  await expect(settings.locator(`#${options}-bearerToken`)).toHaveValue('');
  await expect(settings.locator(`#${options}-bearerToken`)).toHaveAttribute(
    'placeholder',
    'enregistré — laissez vide pour le garder',
  );
  // Another API address is another host: the stored token is not for it (to enter again); the same address back, it is.
  const baseUrl = settings.locator(`#${options}-baseUrl`);
  await baseUrl.fill('https://api.elsewhere.example');
  await expect(settings.locator(`#${options}-bearerToken`)).toHaveAttribute('placeholder', 'à coller ici');
  await baseUrl.fill(emulator.url);
  await expect(settings.locator(`#${options}-bearerToken`)).toHaveAttribute(
    'placeholder',
    'enregistré — laissez vide pour le garder',
  );
  await expect(settings.getByText('Modifications non enregistrées')).toHaveCount(0);
  await row.getByRole('button', { name: /Fermer/ }).click();
});

test('a bad value is refused next to its field, which takes the focus (its view opened)', async () => {
  await openView(settings, 'branding');
  const retention = settings.locator('#field-retentionDays');
  await retention.fill('0');
  // Saved from another view: the page goes back to the refused field's view, and the navigation says where.
  await openView(settings, 'sources');
  await settings.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(settings.getByTestId('settings-page')).toHaveAttribute('data-view', 'branding');
  await expect(settings.getByRole('link', { name: /Marque et langue \(1 à corriger\)/ })).toBeVisible();
  await expect(retention).toHaveAttribute('aria-invalid', 'true');
  await expect(retention).toBeFocused();
  const error = settings.locator('#field-retentionDays-error');
  await expect(error).toBeVisible();
  await expect(retention).toHaveAccessibleDescription(/1/);
  expect(await retention.getAttribute('aria-describedby')).toContain('field-retentionDays-error');
  await expect(settings.getByTestId('save-status')).toContainText('1 valeur à corriger');
  if (SHOTS) await shot(settings, 'branding-error');
  await retention.fill('30');
  await settings.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(settings.getByTestId('save-status')).toContainText('Appliqué au mur');
  await expect(retention).not.toHaveAttribute('aria-invalid', 'true');
});

test('moving the demo source from panel 1 to panel 2 changes the open panel 1 live, without a reload', async () => {
  const panel = await context.newPage();
  const panelGuards = await guardPage(panel);
  expect((await panel.goto(panelUrl('1')))?.status()).toBe(200);
  await expect(panel.getByTestId('demo-badge')).toBeVisible();
  await panel.evaluate(() => {
    (globalThis as unknown as { notReloaded: boolean }).notReloaded = true;
  });

  // The settings page now also holds the display cookie: the sources' live health shows.
  await settings.reload();
  await expect(settings.getByTestId('settings-page')).toBeVisible();
  await openView(settings, 'sources');
  await expect(settings.locator('[data-source="x"] [data-testid="source-health"]')).toHaveAttribute(
    'data-state',
    'ok',
    { timeout: 15_000 },
  );
  if (SHOTS) await shot(settings, 'sources');

  await openView(settings, 'panels');
  const panel1 = settings.locator('[data-testid="panel-editor"][data-panel="1"]');
  await panel1.getByRole('combobox', { name: 'Déplacer demo vers…' }).selectOption('2');
  await expect(panel1.locator('[data-testid="panel-source"][data-source="demo"] input')).not.toBeChecked();
  await panel1.getByLabel('Titre affiché').fill('Nos clients sur X');
  await shot(settings, 'panels');
  await settings.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(settings.getByTestId('save-status')).toContainText('Appliqué au mur');

  // The open panel took it: its title, no demo any more, the X post — and it was not reloaded.
  await expect(panel.getByText('Nos clients sur X')).toBeVisible();
  await expect(panel.getByTestId('demo-badge')).toHaveCount(0);
  await expect(
    panel.locator('[data-testid="post-card"], [data-testid="spotlight"]').getByText('Accueil au top chez'),
  ).toBeVisible({ timeout: 15_000 });
  expect(await panel.evaluate(() => (globalThis as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  if (SHOTS) {
    await openView(settings, 'moderation');
    await shot(settings, 'transparency');
  }
  expect(await panelGuards.problems()).toEqual([]);
  await panel.close();
});

test('the guided first setup connects an account and ends with the demo gone', async ({ browser }) => {
  const fresh = await startWall({ config: demoWallConfig() });
  const ctx: BrowserContext = await browser.newContext({ viewport: SHOT_VIEWPORT });
  try {
    const page = await ctx.newPage();
    const pageGuards = await guardPage(page);
    await page.goto(fresh.settingsUrl);
    await expect(page.getByTestId('guided-setup')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Code IT' })).toBeFocused();
    await page.getByLabel('Nouveau code IT').fill('482916');
    await page.getByLabel('Confirmez le code').fill('482916');
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect(page.getByRole('heading', { name: 'Votre marque' })).toBeFocused();
    await page.getByLabel('Nom de la marque').fill('Garage Lumière');
    await page.getByLabel('Hashtags des clients').fill('#GarageLumiere');
    await page.getByLabel('Comptes de la marque').fill('@ateliernova');
    await page.getByRole('button', { name: 'Continuer' }).click();

    await expect(page.getByRole('heading', { name: 'Premier compte' })).toBeFocused();
    await page.getByLabel('Réseau').selectOption('x');
    await page.locator('#field-sources-1-options-baseUrl').fill(emulator.url);
    await page.locator('#field-sources-1-options-bearerToken').fill(X_EMULATOR_TOKEN);
    await page.locator('#field-sources-1-options-brandUserId').fill(BRAND.id);
    await page.locator('#field-sources-1-options-brandHandle').fill('ateliernova');
    await page.getByRole('button', { name: 'Tester la connexion' }).click();
    await expect(page.getByTestId('test-result')).toContainText('Connexion réussie');
    if (SHOTS) {
      await page.locator('.setup__step').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await shot(page, 'setup-account');
    }
    await page.getByRole('button', { name: 'Continuer' }).click();

    await expect(page.getByRole('heading', { name: 'Les écrans' })).toBeFocused();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect(page.getByRole('heading', { name: 'Langue' })).toBeFocused();
    await page.getByLabel('Langue du mur et des réglages').selectOption('en');
    // The page speaks the chosen language at once.
    await page.getByRole('button', { name: 'Finish and remove the demo' }).click();

    await expect(page.getByTestId('settings-page')).toBeVisible();
    await expect(page.getByTestId('save-status')).toContainText('Applied to the wall');
    const saved = await page.request.get(`${fresh.origin}/api/settings`);
    const body = (await saved.json()) as {
      config: { sources: { type: string }[]; language: string; brand: { name: string }; setup: string };
    };
    expect(body.config.sources.map((s) => s.type)).toEqual(['x']);
    expect(body.config.language).toBe('en');
    expect(body.config.brand.name).toBe('Garage Lumière');
    // The setup is finished: the settings open on the full page from now on.
    expect(body.config.setup).toBe('finished');
    await page.reload();
    await expect(page.getByTestId('settings-page')).toBeVisible();
    expect(await pageGuards.problems()).toEqual([]);
  } finally {
    await ctx.close();
    await fresh.stop();
  }
});
