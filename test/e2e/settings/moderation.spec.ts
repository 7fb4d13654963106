// Moderation in the settings, end to end on the real headless wall (serve CLI, a replay source whose file
// the test appends to, default panels): hide a post from the recent list → it leaves the open feed panel and
// the statistics panel's hidden counter goes 0 → 1; restore it → back to 0; the audit log shows both, pages
// with "more"; the rules are saved by the page's Save with their errors next to their fields.
import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { Post } from '../../../src/shared/post.ts';
import { makePost } from '../support/make-post.ts';
import { openView } from '../support/settings-views.ts';
import { guardPage, type PageGuards } from '../support/page-guards.ts';
import { makeTempDir, startWall, type RunningWall } from '../support/start-wall.ts';

test.describe.configure({ mode: 'serial' });

const SHOTS = process.env.SCREENSHOTS === '1';
const SHOT_VIEWPORT = { width: 1440, height: 900 };

let wall: RunningWall;
let replayFile: string;
let context: BrowserContext;
let settings: Page;
let guards: PageGuards;
let target: Post;

const replayPost = (input: Parameters<typeof makePost>[0]) => makePost({ sourceId: 'replay', ...input });

test.beforeAll(async ({ browser }) => {
  const dir = await makeTempDir();
  replayFile = join(dir, 'replay.jsonl');
  const earlier = [
    replayPost({
      network: 'facebook',
      text: 'Super accueil ce matin, merci à toute l’équipe !',
      author: { name: 'Marc Lefèvre', handle: 'marc.l' },
    }),
    replayPost({
      network: 'x',
      text: 'Attente un peu longue au comptoir mais le travail est propre.',
      author: { name: 'Sofia R.', handle: 'sofia_r' },
    }),
    // Text that looks like markup stays text in the list.
    replayPost({
      network: 'instagram',
      text: '<b>pas du gras</b> & un "lien" <img src=x onerror=alert(1)>',
      author: { name: 'Léa B.', handle: 'lea.b' },
    }),
  ];
  await writeFile(replayFile, earlier.map((p) => `${JSON.stringify(p)}\n`).join(''));
  wall = await startWall(
    {
      config: {
        setup: 'finished',
        // rebaseTime off: a line appended by the test keeps its own createdAt (now).
        sources: [{ id: 'replay', type: 'replay', options: { file: replayFile, speed: 'max', rebaseTime: false } }],
      },
    },
    dir,
  );
  context = await browser.newContext({ viewport: SHOT_VIEWPORT });
  settings = await context.newPage();
  guards = await guardPage(settings);
});

test.afterAll(async () => {
  await context?.close();
  await wall?.stop();
});

test.afterEach(async () => {
  expect(await guards.problems()).toEqual([]);
});

function panelUrl(id: string): string {
  const url = wall.panels.get(id);
  if (!url) throw new Error(`no panel ${id}`);
  return url;
}

const recentPost = (key: string) => settings.locator(`[data-testid="moderation-post"][data-key="${key}"]`);

// The hide and restore scenario, in three steps on the same pages (serial): the two panels open on the live
// wall, the post arriving on them; hidden from the settings; restored. Each step waits on what the wall
// shows (the card, the counter, the audit entry), never on time, and has a test's time to itself.
let stats: Page;
let feed: Page;
let statsGuards: PageGuards;
let feedGuards: PageGuards;
const counter = () => stats.getByTestId('stats-hidden');
/** On screen: a column card or the spotlight (each post shows once, in one or the other). */
const card = () =>
  feed.locator(
    `[data-testid="post-card"][data-key="${target.key}"], [data-testid="spotlight"][data-key="${target.key}"]`,
  );

test('a new post reaches the open feed panel, the statistics counting nothing hidden', async () => {
  stats = await context.newPage();
  statsGuards = await guardPage(stats);
  expect((await stats.goto(panelUrl('3')))?.status()).toBe(200);
  await expect(counter()).toHaveAttribute('data-hidden', '0', { timeout: 15_000 });

  feed = await context.newPage();
  feedGuards = await guardPage(feed);
  expect((await feed.goto(panelUrl('1')))?.status()).toBe(200);
  target = replayPost({
    network: 'instagram',
    text: `Rayure sur la portière après l’entretien, déçue. ${Date.now()}`,
    author: { name: 'Visiteuse du hall', handle: 'visiteuse' },
  });
  await appendFile(replayFile, `${JSON.stringify(target)}\n`);
  await expect(card()).toBeVisible({ timeout: 15_000 });
});

test('hide it from the recent list: it leaves the open panel and the stats counter goes 0 → 1, in the log', async () => {
  expect((await settings.goto(wall.settingsUrl))?.status()).toBe(200);
  await openView(settings, 'moderation');
  const section = settings.getByTestId('moderation-section');
  await expect(section).toBeVisible();
  // The transparency note opens the section: off by default, and why.
  await expect(section.getByRole('heading', { name: 'Modération', exact: true })).toBeVisible();
  await expect(section.locator('h2, h3').nth(1)).toHaveText('Transparence');
  await expect(section.getByText('La modération est désactivée par défaut.')).toBeVisible();
  await expect(settings.getByTestId('moderation-hidden')).toHaveText('Aucune publication masquée en ce moment.');

  const row = recentPost(target.key);
  await expect(row).toBeVisible({ timeout: 15_000 });
  await expect(row).toContainText('Visiteuse du hall');
  await expect(row).toContainText('Instagram');
  await expect(row.getByTestId('moderation-post-state')).toHaveText('affichée');
  // Markup in a post is shown as text, never parsed.
  await expect(settings.locator('.moderation-post__text', { hasText: '<b>pas du gras</b>' })).toBeVisible();
  await expect(settings.locator('.moderation-post__text b, .moderation-post__text img')).toHaveCount(0);

  // Keyboard only: focus the labelled button, press Enter.
  await settings
    .getByLabel('Raison du masquage (facultatif, consignée dans le journal)')
    .fill('Photo d’une plaque d’immatriculation');
  const hide = settings.getByRole('button', { name: 'Masquer cette publication de Visiteuse du hall (Instagram)' });
  await hide.focus();
  await settings.keyboard.press('Enter');
  await expect(settings.getByTestId('moderation-status')).toHaveText(
    'Publication de Visiteuse du hall masquée : elle a quitté les écrans.',
  );
  await expect(row).toHaveAttribute('data-state', 'hidden');

  await expect(card()).toHaveCount(0, { timeout: 15_000 });
  await expect(counter()).toHaveAttribute('data-hidden', '1', { timeout: 15_000 });
  await expect(settings.getByTestId('moderation-hidden')).toHaveText('1 publication masquée en ce moment.');
  const hideEntry = settings.locator(`[data-testid="audit-entry"][data-action="hide"][data-key="${target.key}"]`);
  await expect(hideEntry).toContainText('Photo d’une plaque d’immatriculation');
  await expect(hideEntry).toContainText('une personne (réglages)');
  // The log names the author by handle.
  await expect(hideEntry).toContainText('visiteuse (Instagram)');
  if (SHOTS) {
    await settings.locator('[data-testid="moderation-recent"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await settings.screenshot({ path: 'docs/screenshots/settings-moderation.png' });
  }
});

test('restore it from the same place: back on the panel, the counter back to 0, both in the log', async () => {
  const row = recentPost(target.key);
  // The same place now restores it (the focus stayed on it).
  const restore = settings.getByRole('button', { name: 'Rétablir la publication de Visiteuse du hall (Instagram)' });
  await expect(restore).toBeFocused();
  await settings.keyboard.press('Enter');
  await expect(row).toHaveAttribute('data-state', 'live');
  await expect(counter()).toHaveAttribute('data-hidden', '0', { timeout: 15_000 });
  await expect(card()).toBeVisible({ timeout: 15_000 });
  await expect(settings.getByTestId('moderation-hidden')).toHaveText('Aucune publication masquée en ce moment.');
  const entries = settings.locator(`[data-testid="audit-entry"][data-key="${target.key}"]`);
  await expect(entries).toHaveCount(2);
  // Newest first: the restore, then the hide, which says when it came back.
  await expect(entries.nth(0)).toHaveAttribute('data-action', 'restore');
  await expect(entries.nth(1)).toHaveAttribute('data-action', 'hide');
  await expect(entries.nth(1).locator('td').nth(4).locator('time')).toHaveCount(1);

  expect(await statsGuards.problems()).toEqual([]);
  expect(await feedGuards.problems()).toEqual([]);
  await stats.close();
  await feed.close();
});

test('the audit log pages with "more"', async () => {
  // 11 more hide/restore rounds through the API: 24 entries, more than one page of 20.
  const url = (action: string) => `${wall.origin}/api/settings/posts/${encodeURIComponent(target.key)}/${action}`;
  for (let i = 0; i < 11; i += 1) {
    expect(
      (
        await settings.request.post(url('hide'), { headers: { 'X-Social-Wall': '1' }, data: { why: `round ${i}` } })
      ).status(),
    ).toBe(200);
    expect((await settings.request.post(url('restore'), { headers: { 'X-Social-Wall': '1' } })).status()).toBe(200);
  }
  await settings.reload();
  const entries = settings.getByTestId('audit-entry');
  await expect(entries).toHaveCount(20);
  await settings.getByRole('button', { name: 'Plus (entrées plus anciennes)' }).click();
  await expect(entries).toHaveCount(24);
  await expect(settings.getByRole('button', { name: 'Plus (entrées plus anciennes)' })).toHaveCount(0);
  // The oldest is the first hide, with its reason.
  await expect(entries.last()).toContainText('Photo d’une plaque d’immatriculation');
});

test('the rules are saved with the page, a bad keyword refused next to its field', async () => {
  await settings.getByLabel('Liste française').check();
  await settings.getByLabel('Auteurs bloqués').fill('x:@spammeur\n@robot_promo');
  const keywords = settings.getByLabel('Mots bloqués');
  await keywords.fill('arnaque\nz');
  await settings.getByLabel('Contenu affiché').selectOption('text-only');
  await settings.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(keywords).toHaveAttribute('aria-invalid', 'true');
  await expect(keywords).toBeFocused();
  await expect(settings.locator('#field-moderation-blockedKeywords-error')).toContainText('2');
  await expect(keywords).toHaveAccessibleDescription(/2/);

  await keywords.fill('arnaque\n#boycott');
  await settings.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(settings.getByTestId('save-status')).toContainText('Appliqué au mur');
  const saved = (await (await settings.request.get(`${wall.origin}/api/settings`)).json()) as {
    config: { moderation: unknown };
  };
  expect(saved.config.moderation).toEqual({
    profanity: ['fr'],
    blockedAuthors: [{ network: 'x', author: '@spammeur' }, { author: '@robot_promo' }],
    blockedKeywords: ['arnaque', '#boycott'],
    content: 'text-only',
  });
  // The page shows what was saved.
  await settings.reload();
  await expect(settings.getByLabel('Liste française')).toBeChecked();
  await expect(settings.getByLabel('Liste anglaise')).not.toBeChecked();
  await expect(settings.getByLabel('Auteurs bloqués')).toHaveValue('x:@spammeur\n@robot_promo');
  await expect(settings.getByLabel('Contenu affiché')).toHaveValue('text-only');
});
