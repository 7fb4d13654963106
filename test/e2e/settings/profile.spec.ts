// The Profile section and the Screens part of the settings, end to end on the real headless wall (serve CLI):
// a source with a secret comes from the config file; the plain export (a real browser download) holds no trace
// of it; a sealed export does not show it in clear; an import with a bad field lists the field, says nothing
// changed, and nothing did; a sealed import applies; the IT PIN changes without the current one; the screens'
// fallback is saved with the page and read back after a reload.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Download, type Page } from '@playwright/test';
import type { ProfileExport, SettingsResponse } from '../../../src/shared/settings-contract.ts';
import { openView } from '../support/settings-views.ts';
import { guardPage, type PageGuards } from '../support/page-guards.ts';
import { makeTempDir, startWall, type RunningWall } from '../support/start-wall.ts';

test.describe.configure({ mode: 'serial' });

const SHOTS = process.env.SCREENSHOTS === '1';
const SHOT_VIEWPORT = { width: 1440, height: 900 };
/** The X source's Bearer Token: a value that must never leave the wall in clear. */
const SECRET = 'AAAAsecret-bearer-token-e2e-7f3c9d2b1a';
const PASSPHRASE = 'correct horse battery';

let wall: RunningWall;
let dir: string;
let context: BrowserContext;
let settings: Page;
let guards: PageGuards;
let plainProfile: ProfileExport;

test.beforeAll(async ({ browser }) => {
  dir = await makeTempDir();
  const replayFile = join(dir, 'replay.jsonl');
  await writeFile(replayFile, '');
  wall = await startWall(
    {
      config: {
        setup: 'finished',
        sources: [
          { id: 'replay', type: 'replay', options: { file: replayFile, speed: 'max' } },
          // Disabled: never polled (nothing listens there); its token is the secret to look for.
          {
            id: 'x-brand',
            type: 'x',
            enabled: false,
            options: {
              baseUrl: 'http://127.0.0.1:9',
              bearerToken: SECRET,
              brandUserId: '2244994945',
              brandHandle: '@ateliernova',
            },
          },
        ],
      },
    },
    dir,
  );
  context = await browser.newContext({ viewport: SHOT_VIEWPORT, acceptDownloads: true });
  settings = await context.newPage();
  guards = await guardPage(settings);
  expect((await settings.goto(wall.settingsUrl))?.status()).toBe(200);
  await expect(settings.getByTestId('settings-page')).toBeVisible();
  await openView(settings, 'profile');
});

test.afterAll(async () => {
  await context?.close();
  await wall?.stop();
});

test.afterEach(async () => {
  expect(await guards.problems()).toEqual([]);
});

async function readSettings(): Promise<SettingsResponse> {
  const response = await settings.request.get(`${wall.origin}/api/settings`);
  expect(response.status()).toBe(200);
  return (await response.json()) as SettingsResponse;
}

async function downloaded(click: () => Promise<void>): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([settings.waitForEvent('download'), click()]);
  const path = await download.path();
  return { download, text: await readFile(path, 'utf8') };
}

const profile = () => settings.getByTestId('profile-section');

test('export without secrets: a real download (Blob + <a download> under the CSP) with no trace of the secret', async () => {
  await settings.getByRole('navigation').getByRole('link', { name: 'Profil' }).click();
  await expect(profile().getByRole('heading', { name: 'Profil et code IT', level: 2 })).toBeVisible();
  const { download, text } = await downloaded(() =>
    profile().getByRole('button', { name: 'Exporter sans les secrets' }).click(),
  );
  expect(download.suggestedFilename()).toMatch(/^social-wall-profile-\d{4}-\d{2}-\d{2}\.json$/);
  plainProfile = JSON.parse(text) as ProfileExport;
  expect(plainProfile).toMatchObject({ format: 'social-wall-profile', version: 1, secrets: 'none' });
  expect(JSON.stringify(plainProfile.config)).toContain('x-brand');
  expect(text).not.toContain(SECRET);
  expect(text).not.toContain(SECRET.slice(4, 24));
  await expect(profile().getByTestId('profile-export-status')).toContainText('sans les secrets');
  // Nor did the wall write it in a log line.
  expect(wall.stderr()).not.toContain(SECRET);
});

test('export with secrets: refused under 8 characters, then sealed by the passphrase (never in clear)', async () => {
  const part = profile().getByTestId('profile-export');
  await part.getByLabel('Phrase de passe', { exact: true }).fill('court');
  await part.getByLabel('Confirmer la phrase de passe').fill('court');
  await part.getByRole('button', { name: 'Exporter avec les secrets scellés' }).click();
  await expect(part.getByRole('alert')).toHaveText('La phrase de passe fait au moins 8 caractères.');
  await part.getByLabel('Phrase de passe', { exact: true }).fill(PASSPHRASE);
  await part.getByLabel('Confirmer la phrase de passe').fill(PASSPHRASE);
  const { download, text } = await downloaded(() =>
    part.getByRole('button', { name: 'Exporter avec les secrets scellés' }).click(),
  );
  expect(download.suggestedFilename()).toMatch(/^social-wall-profile-sealed-/);
  expect(text).not.toContain(SECRET);
  expect(text).toContain('$sealed');
  await writeFile(join(dir, 'sealed.json'), text);
});

test('import of a profile with a bad field: the field and its message are listed, nothing changed', async () => {
  const before = await readSettings();
  const bad = structuredClone(plainProfile);
  bad.config['retentionDays'] = 0;
  bad.config['brand'] = { ...(bad.config['brand'] as object), name: 'Changé par l’import' };
  const file = join(dir, 'bad-profile.json');
  await writeFile(file, JSON.stringify(bad));

  const part = profile().getByTestId('profile-import');
  await part.getByLabel('Fichier de profil (JSON)').setInputFiles(file);
  await part.getByRole('button', { name: 'Importer' }).click();
  const status = part.getByTestId('profile-import-status');
  await expect(status).toContainText('Rien n’a été modifié.');
  const errors = part.getByTestId('profile-import-errors');
  await expect(errors.getByRole('listitem').filter({ hasText: 'retentionDays' })).toHaveCount(1);
  await expect(status).toBeFocused();

  const after = await readSettings();
  expect(after.config).toEqual(before.config);
  expect(after.config.brand.name).not.toBe('Changé par l’import');
  if (SHOTS) {
    await profile().evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await settings.screenshot({ path: 'docs/screenshots/settings-profile.png' });
  }
});

test('import of the sealed profile with its passphrase: applied to the wall, the page shows it after its reload', async () => {
  const sealed = JSON.parse(await readFile(join(dir, 'sealed.json'), 'utf8')) as ProfileExport;
  sealed.config['retentionDays'] = 45;
  const file = join(dir, 'sealed-45.json');
  await writeFile(file, JSON.stringify(sealed));
  const part = profile().getByTestId('profile-import');
  await part.getByLabel('Fichier de profil (JSON)').setInputFiles(file);
  await expect(part.getByText('Ce profil contient des secrets scellés : donnez sa phrase de passe.')).toBeVisible();
  // A wrong passphrase: refused, nothing changed.
  await part.getByLabel('Phrase de passe (facultative)').fill('not the passphrase');
  await part.getByRole('button', { name: 'Importer' }).click();
  await expect(part.getByTestId('profile-import-errors')).toContainText('passphrase');
  expect((await readSettings()).config.retentionDays).toBe(30);

  await part.getByLabel('Phrase de passe (facultative)').fill(PASSPHRASE);
  await part.getByRole('button', { name: 'Importer' }).click();
  await expect(settings.getByTestId('profile-import').getByTestId('profile-import-status')).toContainText(
    'Appliqué au mur',
  );
  // The page reloaded on the same view; the imported value is in Branding.
  await expect(settings.getByTestId('settings-page')).toHaveAttribute('data-view', 'profile');
  await openView(settings, 'branding');
  await expect(settings.locator('#field-retentionDays')).toHaveValue('45');
  await openView(settings, 'profile');
  const after = await readSettings();
  expect(after.config.retentionDays).toBe(45);
  // The token came back sealed and opened: still set, still masked.
  expect(after.config.sources.find((s) => s.id === 'x-brand')?.options['bearerToken']).toEqual({ $secret: 'set' });
  expect(JSON.stringify(after)).not.toContain(SECRET);
});

test('a wall’s config.json given to Import: named as such, then applied (its secrets open on the PC that wrote it)', async () => {
  // The settings as this wall keeps them, since the import above: the token sealed with this PC's key.
  const text = await readFile(join(wall.dir, 'wall.json'), 'utf8');
  expect(text).toMatch(/"\$sealed": "v1:/);
  const edited = JSON.parse(text) as Record<string, unknown>;
  edited['retentionDays'] = 60;
  const file = join(dir, 'config.json');
  await writeFile(file, JSON.stringify(edited));

  const part = profile().getByTestId('profile-import');
  await part.getByLabel('Fichier de profil (JSON)').setInputFiles(file);
  await expect(part.getByTestId('profile-import-kind')).toHaveText(
    'Ce fichier est le config.json d’un mur : il sera importé comme un profil. Ses secrets ne s’ouvrent que sur le PC qui l’a écrit ; ailleurs, ressaisissez-les, ou exportez plutôt depuis ce PC un profil avec les secrets.',
  );
  await part.getByRole('button', { name: 'Importer' }).click();
  await expect(settings.getByTestId('profile-import').getByTestId('profile-import-status')).toContainText(
    'Appliqué au mur',
  );
  const after = await readSettings();
  expect(after.config.retentionDays).toBe(60);
  expect(after.config.sources.find((s) => s.id === 'x-brand')?.options['bearerToken']).toEqual({ $secret: 'set' });

  // A JSON file that is neither: said in one sentence before, and refused the same way, nothing changed.
  const other = join(dir, 'other.json');
  await writeFile(other, JSON.stringify({ hello: 'world' }));
  const again = profile().getByTestId('profile-import');
  await again.getByLabel('Fichier de profil (JSON)').setInputFiles(other);
  await expect(again.getByTestId('profile-import-kind')).toContainText(
    'Ce fichier n’est ni un profil Social Wall ni un config.json',
  );
  await again.getByRole('button', { name: 'Importer' }).click();
  await expect(again.getByTestId('profile-import-errors')).toHaveText(
    'ce fichier n’est ni un profil Social Wall ni un config.json : exportez un profil sur le mur à copier (Profil → Exporter), puis importez ce fichier',
  );
  expect((await readSettings()).config.retentionDays).toBe(60);
});

test('change the IT PIN without the current one: two different PINs are refused, then it is saved', async () => {
  const part = profile().getByTestId('profile-pin');
  await part.getByLabel('Nouveau code IT').fill('246813');
  await part.getByLabel('Confirmez le code').fill('246810');
  await part.getByRole('button', { name: 'Changer le code IT' }).click();
  await expect(part.getByRole('alert')).toHaveText('Les deux codes ne sont pas identiques.');
  await part.getByLabel('Confirmez le code').fill('246813');
  await part.getByRole('button', { name: 'Changer le code IT' }).click();
  await expect(part.getByRole('status')).toHaveText(
    // Headless: the words say what the PIN locks here (the kiosk's window), not that this page will ask for it.
    'Code IT changé. La fenêtre des réglages du kiosque le demandera ; ici, l’adresse « settings » du lancement ouvre toujours les réglages sans lui.',
  );
  expect((await readSettings()).pinSet).toBe(true);
});

test('screens: order, fewer screens (split) and extra screens (repeat panel 3) saved with the page and read back after a reload', async () => {
  await openView(settings, 'panels');
  const screens = settings.getByTestId('screens-editor');
  await screens.scrollIntoViewIfNeeded();
  await expect(screens.getByText('Ctrl+Alt+Shift+N')).toBeVisible();
  const order = screens.getByTestId('screens-order');
  await expect(order.getByRole('listitem')).toHaveCount(3);
  await screens.getByRole('button', { name: 'Déplacer le panneau 3 vers la gauche' }).click();
  await screens.getByRole('button', { name: 'Déplacer le panneau 3 vers la gauche' }).click();
  await screens.getByLabel('Les panneaux restants partagent le dernier écran, côte à côte').check();
  await expect(screens.getByLabel('Durée de chaque panneau (secondes)')).toHaveCount(0);
  await screens.getByLabel('Les écrans en trop répètent un panneau').check();
  await screens.getByLabel('Panneau répété').selectOption('3');
  await settings.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(settings.getByTestId('save-status')).toContainText('Appliqué au mur');
  expect((await readSettings()).config.screens).toEqual({
    leftToRight: ['3', '1', '2'],
    fewerScreens: 'split',
    rotateSeconds: 30,
    extraScreens: 'repeat',
    repeatPanel: '3',
  });

  await settings.reload();
  const reloaded = settings.getByTestId('screens-editor');
  await expect(reloaded.getByLabel('Les panneaux restants partagent le dernier écran, côte à côte')).toBeChecked();
  await expect(reloaded.getByLabel('Les écrans en trop répètent un panneau')).toBeChecked();
  await expect(reloaded.getByLabel('Panneau répété')).toHaveValue('3');
  await expect(reloaded.getByTestId('screens-order').getByRole('listitem').first()).toHaveAttribute('data-panel', '3');

  // Back to rotate: a duration out of range is refused next to its field.
  await reloaded.getByLabel('Les panneaux restants tournent sur le dernier écran').check();
  await reloaded.getByLabel('Durée de chaque panneau (secondes)').fill('2');
  await settings.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  const seconds = reloaded.getByLabel('Durée de chaque panneau (secondes)');
  await expect(seconds).toHaveAttribute('aria-invalid', 'true');
  await expect(seconds).toBeFocused();
  await expect(reloaded.locator('[data-field="screens.rotateSeconds"] .field__error')).toBeVisible();
  if (SHOTS) {
    await reloaded.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await settings.screenshot({ path: 'docs/screenshots/settings-screens.png' });
  }
  await settings
    .getByRole('button', { name: 'Annuler les modifications' })
    .click()
    .catch(() => undefined);
  expect((await readSettings()).config.screens.fewerScreens).toBe('split');
});
