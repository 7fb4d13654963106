// A list of objects in a source's options form, end to end: Mastodon's `instances` (a URL and a secret token
// each) set from the settings page as one sub-form per instance, against two emulated instances and the real
// headless wall; saved, reloaded, and both instances back (tokens masked); a bad URL refused next to its field.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { startMastodonInstance, type RunningMastodonInstance } from '../../emulators/mastodon/mastodon-emulator.ts';
import { MastodonWorld } from '../../emulators/mastodon/mastodon-world.ts';
import { guardPage, type PageGuards } from '../support/page-guards.ts';
import { startWall, type RunningWall } from '../support/start-wall.ts';

test.describe.configure({ mode: 'serial' });

let instances: RunningMastodonInstance[] = [];
let wall: RunningWall;
let context: BrowserContext;
let page: Page;
let guards: PageGuards;

test.beforeAll(async ({ browser }) => {
  const world = new MastodonWorld();
  instances = await Promise.all([
    startMastodonInstance(world, { domain: 'mastodon.social', index: 0 }),
    startMastodonInstance(world, { domain: 'piaille.fr', index: 1, tokens: ['second-token'], requireToken: true }),
  ]);
  wall = await startWall({
    config: {
      setup: 'finished',
      sources: [{ id: 'demo', type: 'demo', options: { postEverySeconds: 5, backfillHours: 1 } }],
      panels: [{ id: '1', title: 'Mur', type: 'feed' as const }],
    },
  });
  context = await browser.newContext();
  page = await context.newPage();
  guards = await guardPage(page);
});

test.afterAll(async () => {
  await context?.close();
  await wall?.stop();
  await Promise.all(instances.map((i) => i.close()));
});

test.afterEach(async () => {
  expect(await guards.problems()).toEqual([]);
});

const options = '#field-sources-1-options';
type Saved = { config: { sources: { id: string; options: { instances: unknown[] } }[] } };
const savedInstances = async () =>
  ((await (await page.request.get(`${wall.origin}/api/settings`)).json()) as Saved).config.sources.find(
    (s) => s.id === 'mastodon',
  )?.options.instances;

// One scenario in three steps on the same page (serial), each waiting on what the page shows or on the
// server's answer, with a test's time to itself on a busy machine.
test('a Mastodon source with two instances, added from the page: a bad URL refused next to its field, then saved', async () => {
  await page.goto(wall.settingsUrl);
  await page.getByRole('button', { name: 'Ajouter une source' }).click();
  await page.locator('#field-sources-1-type').selectOption('mastodon');
  await expect(page.locator('#field-sources-1-id')).toHaveValue('mastodon');

  // Keyboard: "Add" puts the focus in the new instance's first field.
  const add = page.getByRole('button', { name: 'Ajouter : Instance' });
  await add.focus();
  await page.keyboard.press('Enter');
  const first = page.getByRole('group', { name: 'Instance 1' });
  await expect(first).toBeVisible();
  await expect(page.locator(`${options}-instances-0-url`)).toBeFocused();
  await page.locator(`${options}-instances-0-url`).fill(instances[0]!.url);
  await add.click();
  const second = page.getByRole('group', { name: 'Instance 2' });
  await expect(page.locator(`${options}-instances-1-url`)).toBeFocused();
  await page.locator(`${options}-instances-1-url`).fill('pas une adresse');
  const secondToken = page.locator(`${options}-instances-1-token`);
  await expect(secondToken).toHaveAttribute('type', 'password');
  await secondToken.fill('second-token');
  await page.locator(`${options}-hashtags`).fill('AtelierNova');

  // The bad URL of the second instance: refused next to that field, not the first instance's.
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByTestId('save-status')).toContainText('1 valeur à corriger');
  const badUrl = second.locator(`${options}-instances-1-url`);
  await expect(badUrl).toHaveAttribute('aria-invalid', 'true');
  await expect(badUrl).toBeFocused();
  await expect(page.locator(`${options}-instances-1-url-error`)).toBeVisible();
  await expect(badUrl).toHaveAccessibleDescription(/./);
  await expect(first.locator(`${options}-instances-0-url`)).not.toHaveAttribute('aria-invalid', 'true');

  // A third instance, added then removed with its button: two remain.
  await add.click();
  await page.getByRole('button', { name: 'Retirer Instance 3' }).click();
  await expect(page.getByTestId('object-list-item')).toHaveCount(2);
  // The focus stays in the list: on the item now last.
  await expect(badUrl).toBeFocused();

  await badUrl.fill(instances[1]!.url);
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByTestId('save-status')).toContainText('Appliqué au mur');

  // Stored as a list of objects, the token sealed (masked towards the API).
  expect(await savedInstances()).toEqual([
    { url: instances[0]!.url },
    { url: instances[1]!.url, token: { $secret: 'set' } },
  ]);
});

test('back after a reload, the token masked; saved again untouched, the token is kept', async () => {
  await page.reload();
  const row = page.locator('[data-testid="source-row"][data-source="mastodon"]');
  await row.getByRole('button', { name: /Modifier/ }).click();
  await expect(row.getByTestId('object-list-item')).toHaveCount(2);
  await expect(row.getByRole('group', { name: 'Instance 1' }).locator(`${options}-instances-0-url`)).toHaveValue(
    instances[0]!.url,
  );
  await expect(row.getByRole('group', { name: 'Instance 2' }).locator(`${options}-instances-1-url`)).toHaveValue(
    instances[1]!.url,
  );
  await expect(row.locator(`${options}-instances-1-token`)).toHaveValue('');
  await expect(row.locator(`${options}-instances-1-token`)).toHaveAttribute(
    'placeholder',
    'enregistré — laissez vide pour le garder',
  );
  await expect(row.locator(`${options}-instances-0-token`)).toHaveAttribute('placeholder', 'à coller ici');

  // Saved again untouched: the masked token is kept (the server puts the stored one back).
  await row.locator(`${options}-hashtags`).fill('AtelierNova\nNova');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByTestId('save-status')).toContainText('Appliqué au mur');
  expect(await savedInstances()).toEqual([
    { url: instances[0]!.url },
    { url: instances[1]!.url, token: { $secret: 'set' } },
  ]);
});

test('removing the first instance moves the second up with its token; Test connection proves it followed', async () => {
  const row = page.locator('[data-testid="source-row"][data-source="mastodon"]');

  // Removing the first instance moves the second up: its token goes with it (the server finds it by the
  // instance's URL, not by its place in the list).
  await row.getByRole('button', { name: 'Retirer Instance 1' }).click();
  await expect(row.getByTestId('object-list-item')).toHaveCount(1);
  const url = row.locator(`${options}-instances-0-url`);
  const token = row.locator(`${options}-instances-0-token`);
  await expect(url).toHaveValue(instances[1]!.url);
  await expect(token).toHaveAttribute('placeholder', 'enregistré — laissez vide pour le garder');
  // Another address is another instance: its token is not sent there; the same address again gets it back.
  await url.fill('https://mastodon.example');
  await expect(token).toHaveAttribute('placeholder', 'à coller ici');
  await url.fill(instances[1]!.url);
  await expect(token).toHaveAttribute('placeholder', 'enregistré — laissez vide pour le garder');

  // The piaille.fr emulator refuses any request without its token: a passing test proves the token followed.
  await row.getByRole('button', { name: 'Tester la connexion' }).click();
  await expect(row.getByTestId('test-result')).toContainText('Connexion réussie');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByTestId('save-status')).toContainText('Appliqué au mur');
  expect(await savedInstances()).toEqual([{ url: instances[1]!.url, token: { $secret: 'set' } }]);
});
