// The Stores view of a hub's settings, end to end on a real hub (PostgreSQL in a throwaway cluster, the serve
// CLI with --hub): IT names a store and gets a one-time code shown large, the store PC redeems it, the store
// appears with its PC and version, and IT removes it (its token refused from then on).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { PanelsResponse } from '../../../src/shared/api-contract.ts';
import type { PairResponse } from '../../../src/shared/fleet-contract.ts';
import { startPostgresCluster, type PostgresCluster } from '../../support/postgres-cluster.ts';
import { eventually, spawnServe, type ServedWall } from '../../support/spawn-serve.ts';
import { guardPage, type PageGuards } from '../support/page-guards.ts';
import { makeTempDir } from '../support/start-wall.ts';
import { openView } from '../support/settings-views.ts';

test.describe.configure({ mode: 'serial' });

const SHOTS = process.env.SCREENSHOTS === '1';

let cluster: PostgresCluster | undefined;
let hub: ServedWall | undefined;
let page: Page;
let guards: PageGuards;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  cluster = await startPostgresCluster();
  const dir = await makeTempDir();
  // A configured wall.
  const replayFile = join(dir, 'replay.jsonl');
  await writeFile(replayFile, '');
  // Its setup finished, else the settings open on the guided setup.
  const config = {
    setup: 'finished',
    sources: [{ id: 'replay', type: 'replay', options: { file: replayFile, speed: 'max' } }],
  };
  await writeFile(join(dir, 'hub.json'), JSON.stringify(config));
  const args = ['--hub', '--config', join(dir, 'hub.json'), '--data-dir', join(dir, 'hub'), '--log-level', 'warn'];
  hub = await spawnServe(args, {
    SOCIAL_WALL_DATABASE_URL: cluster.url,
  });
  const settingsUrl = await eventually(async () => /^settings: (\S+)$/m.exec(hub?.output() ?? '')?.[1], 30_000);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  guards = await guardPage(page);
  await page.goto(settingsUrl ?? '');
  await expect(page.getByTestId('settings-page')).toBeVisible();
  await openView(page, 'stores');
});

test.afterAll(async () => {
  await hub?.stop();
  await cluster?.stop();
});

test.afterEach(async () => {
  expect(await guards.problems()).toEqual([]);
});

test('pair a store with a code shown on the hub, see it, remove it', async () => {
  const section = page.getByTestId('stores-section');
  await expect(section.getByText('Aucun magasin rattaché pour l’instant.')).toBeVisible();
  await section.getByLabel('Nom du magasin').fill('Lyon Part-Dieu');
  await section.getByRole('button', { name: 'Créer un code' }).click();
  const shown = page.getByTestId('pairing-code');
  await expect(shown).toContainText('Code pour Lyon Part-Dieu');
  const code = (await shown.locator('.stores__code-value').textContent()) ?? '';
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
  await expect(shown).toContainText(`--pair ${code}`);
  if (SHOTS) await page.screenshot({ path: 'docs/screenshots/settings-stores.png' });

  const paired = await fetch(`${hub?.origin}/api/fleet/pair`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, deviceName: 'pc-lyon-caisse' }),
  });
  expect(paired.status).toBe(200);
  const { storeToken } = (await paired.json()) as PairResponse;
  const read = (version?: string) =>
    fetch(`${hub?.origin}/api/panels`, {
      headers: { authorization: `Bearer ${storeToken}`, ...(version ? { 'x-social-wall-version': version } : {}) },
    });
  expect((await read('1.4.2')).status).toBe(200);
  // The PC's word on its updates (docs/fleet.md "Updates"): a release that failed, and why.
  const reported = await fetch(`${hub?.origin}/api/fleet/update-report`, {
    method: 'POST',
    headers: { authorization: `Bearer ${storeToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      state: 'rolled-back',
      version: '1.4.2',
      release: '1.5.0',
      reason: 'panel-1@0: load-failed: errorCode -2, errorDescription ERR_FAILED',
    }),
  });
  expect(reported.status).toBe(204);

  await openView(page, 'profile');
  await openView(page, 'stores');
  const row = page.getByTestId('stores-list').getByRole('row', { name: /Lyon Part-Dieu/ });
  await expect(row).toContainText('pc-lyon-caisse');
  await expect(row).toContainText('1.4.2');
  await expect(row.getByTestId('store-update')).toContainText('revenu à la version précédente (1.5.0 en échec)');
  await expect(row.getByTestId('store-update')).toContainText('ERR_FAILED');
  if (SHOTS) {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByTestId('stores-list').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'docs/screenshots/settings-stores-updates.png' });
    await page.setViewportSize({ width: 1440, height: 900 });
  }

  page.once('dialog', (dialog) => void dialog.accept());
  await row.getByRole('button', { name: 'Retirer' }).click();
  await expect(section.getByText('« Lyon Part-Dieu » est retiré : son accès est coupé.')).toBeVisible();
  await expect(page.getByTestId('stores-list')).toHaveCount(0);
  expect((await read()).status).toBe(401);
});

test('store profiles: made and edited on the hub, refused next to the field, a store paired and moved to one', async () => {
  const section = page.getByTestId('stores-section');
  const profiles = page.getByTestId('store-profiles');
  await expect(profiles.getByText('Aucun profil : chaque magasin affiche les panneaux du siège.')).toBeVisible();
  await profiles.getByLabel(/Nouveau profil/).fill('Lyon Part-Dieu');
  await profiles.getByRole('button', { name: 'Ajouter le profil' }).click();
  const lyon = profiles.getByTestId('store-profile').first();
  await expect(lyon).toHaveAttribute('data-profile', 'lyon-part-dieu');
  await expect(lyon.getByTestId('profile-panel')).toHaveCount(3);
  await lyon.getByLabel('Langue des écrans').selectOption('en');
  await lyon.getByLabel('Nom affiché').fill('Nova Lyon');
  await lyon.getByTestId('profile-panel').first().getByRole('checkbox', { name: 'replay' }).check();

  // A bad setting: refused, its message next to its field.
  await lyon.getByLabel('Nom du profil').fill('');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.locator('#field-storeProfiles-0-name-error')).toContainText('obligatoire');
  await expect(lyon.getByLabel('Nom du profil')).toHaveAttribute('aria-invalid', 'true');
  await lyon.getByLabel('Nom du profil').fill('Lyon Part-Dieu');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByTestId('save-status')).toContainText('Appliqué au mur');

  // A code made for the profile: the store reads as that profile.
  await section.getByLabel('Nom du magasin').fill('Lyon Confluence');
  await section.getByLabel('Profil', { exact: true }).selectOption('lyon-part-dieu');
  await section.getByRole('button', { name: 'Créer un code' }).click();
  const code = (await page.getByTestId('pairing-code').locator('.stores__code-value').textContent()) ?? '';
  const paired = await fetch(`${hub?.origin}/api/fleet/pair`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, deviceName: 'pc-confluence' }),
  });
  const { storeToken } = (await paired.json()) as PairResponse;
  const panels = async () =>
    (await (
      await fetch(`${hub?.origin}/api/panels`, { headers: { authorization: `Bearer ${storeToken}` } })
    ).json()) as PanelsResponse;
  expect((await panels()).panels.map((p) => p.title)).toEqual(['Vos avis', 'Ils parlent de nous', 'Statistiques']);
  expect((await panels()).language).toBe('en');

  await openView(page, 'profile');
  await openView(page, 'stores');
  const row = page.getByTestId('stores-list').getByRole('row', { name: /Lyon Confluence/ });
  const choice = row.getByLabel('Profil de Lyon Confluence');
  await expect(choice).toHaveValue('lyon-part-dieu');
  if (SHOTS) {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByTestId('stores-list').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'docs/screenshots/settings-store-profiles.png' });
  }
  await choice.selectOption('');
  await expect(section.getByText('« Lyon Confluence » affiche maintenant : Panneaux du siège.')).toBeVisible();
  expect((await panels()).panels.map((p) => p.id)).toEqual(['1', '2', '3']);
});
