// The wall's notices and the moderation desk's refusals in the settings page's language, on the real headless
// wall (serve CLI): a data folder with a damaged wall.db and a connector-secrets.json that is not JSON → the
// wall starts, moves both aside, and the page words both notices in French (the default), or in English when
// the configuration says so. Then, on a stale list, "Hide" on a post hidden by someone else meanwhile (409:
// "already hidden", in French) and on a post its author deleted meanwhile (404: "no longer on the wall", in
// English). And a config file that is not JSON: moved aside, the previous version in use, the page says so.
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page, type Route } from '@playwright/test';
import type { WallConfigInput } from '../../../src/shared/config.ts';
import { makePost } from '../support/make-post.ts';
import { openView } from '../support/settings-views.ts';
import { guardPage, type PageGuards } from '../support/page-guards.ts';
import { makeTempDir, startWall, type RunningWall } from '../support/start-wall.ts';

let wall: RunningWall | undefined;
let guards: PageGuards | undefined;
test.afterEach(async () => {
  expect((await guards?.problems()) ?? []).toEqual([]);
  await wall?.stop();
  wall = undefined;
  guards = undefined;
});

const target = makePost({
  sourceId: 'replay',
  network: 'mastodon',
  text: 'Très bon accueil, merci !',
  author: { name: 'Client du hall', handle: 'client' },
});

/** A data folder whose database and connectors' secrets are damaged, and the wall started on it. */
async function wallOnDamagedData(
  config: Omit<WallConfigInput, 'sources'>,
): Promise<{ wall: RunningWall; data: string; replayFile: string }> {
  const dir = await makeTempDir();
  const data = join(dir, 'data');
  await mkdir(data, { recursive: true });
  await writeFile(join(data, 'wall.db'), 'this is not a SQLite database, it is a lost write '.repeat(100));
  await writeFile(join(data, 'connector-secrets.json'), '{"bsky": ');
  const replayFile = join(dir, 'replay.jsonl');
  await writeFile(replayFile, `${JSON.stringify(target)}\n`);
  const started = await startWall(
    {
      config: {
        setup: 'finished',
        ...config,
        sources: [{ id: 'replay', type: 'replay', options: { file: replayFile, speed: 'max', rebaseTime: false } }],
      },
    },
    dir,
  );
  return { wall: started, data, replayFile };
}

async function openSettings(page: Page, url: string): Promise<void> {
  guards = await guardPage(page);
  expect((await page.goto(url))?.status()).toBe(200);
  await expect(page.getByTestId('settings-page')).toBeVisible();
}

test('in French: the damaged database and connectors’ secrets, what was kept and what to do; a post already hidden', async ({
  page,
}) => {
  const started = await wallOnDamagedData({});
  wall = started.wall;
  const { data } = started;
  await openSettings(page, wall.settingsUrl);

  const notices = page.getByRole('region', { name: 'Avis du mur' });
  const database = notices.locator('[data-notice="database-moved-aside"]');
  await expect(database).toContainText(`La base de données ${join(data, 'wall.db')} était endommagée (`);
  await expect(database).toContainText(`Elle a été conservée telle quelle sous ${join(data, 'wall.db')}.corrupt-`);
  await expect(database).toContainText(
    'le mur a démarré avec une base vide : les publications seront récupérées à nouveau auprès des sources, mais celles masquées à la main peuvent revenir (vérifiez la section Modération).',
  );
  const secrets = notices.locator('[data-notice="connector-secrets-moved-aside"]');
  await expect(secrets).toContainText(
    `Le fichier des jetons des connecteurs ${join(data, 'connector-secrets.json')} est illisible (ce n’est pas du JSON valide). Il a été conservé sous ${join(data, 'connector-secrets.json')}.corrupt-`,
  );
  await expect(secrets).toContainText(
    'Les jetons obtenus en cours de fonctionnement (sessions Bluesky, jetons Google renouvelés) sont perdus',
  );
  // No English left in the notices.
  await expect(notices).not.toContainText('was damaged');
  await expect(notices).not.toContainText('It was kept as');

  await openView(page, 'moderation');
  // Someone hides the post from another settings window meanwhile; "Hide" on this (stale) list → 409.
  const row = page.locator(`[data-testid="moderation-post"][data-key="${target.key}"]`);
  await expect(row).toHaveAttribute('data-state', 'live', { timeout: 15_000 });
  const hide = page.getByRole('button', { name: 'Masquer cette publication de Client du hall (Mastodon)' });
  // The page's list stays stale until the click: its periodic refresh is held back meanwhile (then let through).
  const held: Route[] = [];
  await page.route('**/api/settings/posts?*', (route) => void held.push(route));
  const status = await page.evaluate(
    async (key) =>
      (
        await fetch(`/api/settings/posts/${encodeURIComponent(key)}/hide`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'X-Social-Wall': '1' },
          body: '{}',
        })
      ).status,
    target.key,
  );
  expect(status).toBe(200);
  await hide.click();
  await expect(page.getByTestId('moderation-status')).toHaveText(
    'La publication de Client du hall était déjà masquée (par une autre personne ou une règle) : rien n’a changé. La liste a été actualisée.',
  );
  for (const route of held.splice(0)) await route.continue();
  await page.unroute('**/api/settings/posts?*');
  await expect(row).toHaveAttribute('data-state', 'hidden');
});

test('in English when the configuration says so', async ({ page }) => {
  const started = await wallOnDamagedData({ language: 'en' });
  wall = started.wall;
  const { data } = started;
  await openSettings(page, wall.settingsUrl);

  const notices = page.getByRole('region', { name: 'Wall notices' });
  await expect(notices.locator('[data-notice="database-moved-aside"]')).toContainText(
    `The database ${join(data, 'wall.db')} was damaged (`,
  );
  await expect(notices.locator('[data-notice="database-moved-aside"]')).toContainText(
    'posts will be fetched again from the sources, but those hidden by hand may come back (check the Moderation section).',
  );
  await expect(notices.locator('[data-notice="connector-secrets-moved-aside"]')).toContainText(
    `The connectors’ token file ${join(data, 'connector-secrets.json')} is unreadable (not valid JSON). It was kept as ${join(data, 'connector-secrets.json')}.corrupt-`,
  );

  await openView(page, 'moderation');
  // Its author deletes the post while this (stale) list still shows it: "Hide" → 404, said in the page's words.
  const row = page.locator(`[data-testid="moderation-post"][data-key="${target.key}"]`);
  await expect(row).toHaveAttribute('data-state', 'live', { timeout: 15_000 });
  const held: Route[] = [];
  await page.route('**/api/settings/posts?*', (route) => void held.push(route));
  await appendFile(started.replayFile, `${JSON.stringify({ ...target, state: 'deleted' })}\n`);
  // The wall has the delete (asked outside the page, whose list requests are held).
  const listed = async () => {
    const answer = await page.request.get(`${started.wall.origin}/api/settings/posts?limit=50`);
    expect(answer.status()).toBe(200);
    return (await answer.text()).includes(target.key);
  };
  await expect.poll(listed, { timeout: 15_000 }).toBe(false);
  await page.getByRole('button', { name: 'Hide this post by Client du hall (Mastodon)' }).click();
  await expect(page.getByTestId('moderation-status')).toHaveText(
    'The post by Client du hall is no longer on the wall: its author may have deleted it, or it expired. The list was refreshed.',
  );
  for (const route of held.splice(0)) await route.continue();
  await page.unroute('**/api/settings/posts?*');
  await expect(row).toHaveCount(0);
});

test('a config file that is not JSON: kept aside, the previous version in use, and the page says what to do', async ({
  page,
}) => {
  const dir = await makeTempDir();
  const previous = {
    setup: 'finished' as const,
    brand: { name: 'Atelier Nova Lyon' },
    sources: [
      { id: 'demo', type: 'demo' as const },
      { id: 'replay', type: 'replay' as const, options: { file: join(dir, 'none.jsonl') } },
    ],
    panels: [{ id: '1', title: 'Le hall', type: 'feed' as const }],
  };
  await writeFile(join(dir, 'none.jsonl'), '');
  // The wall's own config.json (a provisioned --config that is not JSON is refused instead: IT's file, not ours).
  const file = join(dir, 'data', 'config.json');
  await mkdir(join(dir, 'data'), { recursive: true });
  await writeFile(`${file}.previous`, JSON.stringify(previous));
  wall = await startWall({ config: previous, configText: '{ "brand": { "name": "Atelier', ownConfig: true }, dir);
  await openSettings(page, wall.settingsUrl);
  const notice = page.getByRole('region', { name: 'Avis du mur' }).locator('[data-notice="config-moved-aside"]');
  await expect(notice).toContainText(
    `Le fichier de configuration ${file} était endommagé (ce n’est plus du JSON valide). Il a été conservé tel quel sous ${file}.corrupt-`,
  );
  await expect(notice).toContainText(`le mur utilise la version précédente (${file}.previous)`);
  await openView(page, 'branding');
  await expect(page.locator('#field-brand-name')).toHaveValue('Atelier Nova Lyon');
});
