// The answering page on the real headless wall (serve CLI, a replay source the test appends to): behind the admin
// credential, the customers waiting for an answer, oldest first, each with a link to the post on its network; live
// (the brand's reply, appended to the replay file, takes its post off the list); a display credential is refused.
// With SCREENSHOTS=1 it writes docs/screenshots/answering-fr.png (a laptop's 1440×900).
import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { Post } from '../../src/shared/post.ts';
import { makePost } from './support/make-post.ts';
import { guardPage, type PageGuards } from './support/page-guards.ts';
import { makeTempDir, startWall, type RunningWall } from './support/start-wall.ts';

test.describe.configure({ mode: 'serial' });

const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const HOUR = 3_600_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

let wall: RunningWall;
let replayFile: string;
let context: BrowserContext;
let page: Page;
let guards: PageGuards;
let complaint: Post;
let question: Post;

test.beforeAll(async ({ browser }) => {
  const dir = await makeTempDir();
  replayFile = join(dir, 'replay.jsonl');
  complaint = makePost({
    sourceId: 'replay',
    network: 'facebook',
    url: 'https://www.facebook.com/ateliernova/posts/1001',
    text: 'Toujours pas de nouvelles de ma voiture depuis trois jours, personne ne répond au téléphone. Inadmissible.',
    author: { name: 'Marie Dupont', handle: 'marie.d' },
    createdAt: ago(5 * HOUR),
    fetchedAt: ago(5 * HOUR),
  });
  question = makePost({
    sourceId: 'replay',
    network: 'x',
    url: 'https://x.com/karim_b/status/1002',
    text: 'Bonjour, est-ce que vous êtes ouverts le samedi matin pour une vidange ?',
    author: { name: 'Karim B.', handle: 'karim_b' },
    createdAt: ago(40 * 60_000),
    fetchedAt: ago(40 * 60_000),
  });
  const praise = makePost({
    sourceId: 'replay',
    network: 'instagram',
    text: 'Super accueil ce matin, merci à toute l’équipe, travail impeccable !',
    author: { name: 'Léa B.', handle: 'lea.b' },
    createdAt: ago(HOUR),
    fetchedAt: ago(HOUR),
  });
  await writeFile(replayFile, [complaint, question, praise].map((p) => `${JSON.stringify(p)}\n`).join(''));
  wall = await startWall(
    {
      config: {
        sources: [{ id: 'replay', type: 'replay', options: { file: replayFile, speed: 'max', rebaseTime: false } }],
      },
    },
    dir,
  );
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  guards = await guardPage(page);
});

test.afterAll(async () => {
  await context?.close();
  await wall?.stop();
});

test('the team sees who waits, oldest first, with a link to answer on the network; a reply takes the post off', async () => {
  test.slow(); // the real wall on a busy machine
  // The admin URL trades its credential for a cookie; the answering page is then open.
  await page.goto(wall.settingsUrl);
  expect((await page.goto(`${wall.origin}/answer`))?.status()).toBe(200);
  const items = page.getByTestId('answering-item');
  await expect(items).toHaveCount(2, { timeout: 30_000 });
  await expect(page).toHaveTitle('Clients en attente de réponse');
  await expect(page.getByTestId('answering-summary')).toContainText('2 clients attendent une réponse');
  await expect(items.first()).toHaveAttribute('data-key', complaint.key);
  await expect(items.first()).toContainText('Marie Dupont');
  await expect(items.first()).toContainText('Facebook · réclamation');
  await expect(items.first()).toContainText(/5 h/);
  const link = items.first().getByRole('link', { name: 'Répondre sur Facebook' });
  await expect(link).toHaveAttribute('href', complaint.url ?? '');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(items.nth(1)).toContainText('X · question');
  if (process.env.SCREENSHOTS === '1') await page.screenshot({ path: join(SCREENSHOTS, 'answering-fr.png') });

  // The brand answers the complaint: at the next refresh (10 s) it has left the list.
  const reply = makePost({
    sourceId: 'replay',
    network: 'facebook',
    kind: 'reply',
    parentKey: complaint.key,
    rootKey: complaint.key,
    text: 'Bonjour Marie, nous vous rappelons dans l’heure.',
    author: { name: 'Atelier Nova', handle: 'ateliernova', isBrand: true },
  });
  await appendFile(replayFile, `${JSON.stringify(reply)}\n`);
  await expect(items).toHaveCount(1, { timeout: 40_000 });
  await expect(items.first()).toHaveAttribute('data-key', question.key);
  await expect(page.getByTestId('answering-summary')).toContainText('1 client attend une réponse');
  expect(await guards.problems()).toEqual([]);
});

test('a display credential does not open it', async ({ browser }) => {
  const screen = await browser.newContext();
  const panelUrl = wall.panels.get('1');
  if (!panelUrl) throw new Error('no panel 1');
  const panel = await screen.newPage();
  await panel.goto(panelUrl);
  const refused = await panel.request.get(`${wall.origin}/api/settings/answering`);
  expect(refused.status()).toBe(403);
  expect((await panel.goto(`${wall.origin}/answer`))?.status()).toBe(403);
  await screen.close();
});
