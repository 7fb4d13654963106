// Branding end to end on the real headless wall: a PNG uploaded in the settings shows at once in the header
// of an open panel (the `panels` event, no reload) and can be removed; the empty state's call to action (text
// and QR target) is checked next to its fields and then shown by the empty panel.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { openView } from '../support/settings-views.ts';
import { guardPage, type PageGuards } from '../support/page-guards.ts';
import { makeTempDir, startWall, type RunningWall } from '../support/start-wall.ts';

test.describe.configure({ mode: 'serial' });

/** A real 8×8 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGN4ZumGFTEMLQkAB9VZQdrTxMwAAAAASUVORK5CYII=',
  'base64',
);

let wall: RunningWall;
let context: BrowserContext;
let settings: Page;
let panel: Page;
let guards: PageGuards[];

test.beforeAll(async ({ browser }) => {
  const dir = await makeTempDir();
  const replay = join(dir, 'empty.jsonl');
  await writeFile(replay, '');
  wall = await startWall(
    {
      config: {
        setup: 'finished',
        brand: { name: 'Atelier Nova', hashtags: ['AtelierNova'], handles: ['@ateliernova'] },
        sources: [{ id: 'replay', type: 'replay', options: { file: replay, speed: 'max' } }],
        panels: [{ id: '1', title: 'Instagram', type: 'feed', networks: ['instagram'] }],
      },
    },
    dir,
  );
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  panel = await context.newPage();
  settings = await context.newPage();
  guards = [await guardPage(panel), await guardPage(settings)];
  await panel.goto(wall.panels.get('1') ?? '');
  await settings.goto(wall.settingsUrl);
  await expect(settings.getByTestId('settings-page')).toBeVisible();
  await openView(settings, 'branding');
});

test.afterAll(async () => {
  await context?.close();
  await wall?.stop();
});

test.afterEach(async () => {
  for (const g of guards) expect(await g.problems()).toEqual([]);
});

test('a PNG uploaded in the settings shows in the open panel’s header, without a reload; removed, the monogram is back', async () => {
  const header = panel.getByTestId('panel-header');
  await expect(header.locator('.brand-mark')).toHaveText('AN');
  await expect(panel.getByTestId('brand-logo')).toHaveCount(0);

  const input = settings.getByLabel('Logo', { exact: true });
  await input.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
  await expect(settings.getByTestId('logo-preview').locator('img')).toBeVisible();
  // The logo is saved at once: nothing is left unsaved by it.
  const unsaved = settings.getByText('Modifications non enregistrées');
  const discard = settings.getByRole('button', { name: 'Annuler les modifications' });
  await expect(unsaved).toHaveCount(0);
  await expect(discard).toBeDisabled();

  const logo = panel.getByTestId('brand-logo');
  await expect(logo).toBeVisible({ timeout: 3_000 });
  await expect(logo).toHaveAttribute('src', /^\/brand\/logo-[0-9a-f]{16}\.png$/);
  await expect.poll(() => logo.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(8);
  await expect(header.locator('.brand-mark')).toHaveCount(0);

  // A picture over 512 kB is refused next to the field, before anything is sent.
  await input.setInputFiles({
    name: 'big.png',
    mimeType: 'image/png',
    buffer: Buffer.concat([PNG, Buffer.alloc(600 * 1024)]),
  });
  await expect(settings.locator('#field-brand-logo-error')).toContainText('512 ko au plus');
  await expect(input).toHaveAttribute('aria-invalid', 'true');

  // An unsaved edit made before the removal stays unsaved; discarding it keeps the logo's removal.
  const name = settings.locator('#field-brand-name');
  await name.fill('Atelier Nova Lyon');
  await settings.getByRole('button', { name: 'Retirer le logo' }).click();
  await expect(settings.getByTestId('logo-preview')).toContainText('Aucun logo');
  await expect(header.locator('.brand-mark')).toHaveText('AN', { timeout: 3_000 });
  await expect(panel.getByTestId('brand-logo')).toHaveCount(0);
  await expect(unsaved).toBeVisible();
  await expect(name).toHaveValue('Atelier Nova Lyon');
  await discard.click();
  await expect(name).toHaveValue('Atelier Nova');
  await expect(settings.getByTestId('logo-preview')).toContainText('Aucun logo');
  await expect(unsaved).toHaveCount(0);
});

test('the call to action: refused next to its field, then shown by the empty panel with its QR target', async () => {
  const qr = panel.getByTestId('empty-qr');
  await expect(qr).toHaveAttribute('data-target', 'https://www.instagram.com/explore/tags/AtelierNova/');

  const qrUrl = settings.getByLabel('Adresse du QR code');
  await qrUrl.fill('http://ateliernova.example/avis');
  await settings.getByLabel('Phrase d’invitation (écran vide)').fill('Dites-nous comment s’est passée votre visite');
  await settings.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(settings.locator('#field-brand-callToAction-qrUrl-error')).toContainText('https://');
  await expect(qrUrl).toHaveAttribute('aria-invalid', 'true');

  await qrUrl.fill('https://ateliernova.example/avis');
  await settings.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(settings.getByTestId('save-status')).toContainText('Appliqué au mur');
  await expect(panel.getByTestId('empty-cta')).toHaveText('Dites-nous comment s’est passée votre visite', {
    timeout: 3_000,
  });
  await expect(qr).toHaveAttribute('data-target', 'https://ateliernova.example/avis');
});
