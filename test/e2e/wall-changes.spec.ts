// What the real wall changes on an open screen, on cue, and its English face: the real headless wall
// (serve CLI) and the built renderer in Chromium.
// - Edits: a replay source whose file the test appends to; an edit is the same key appended again with new
//   text and a later `editedAt` (upsert by key → a `post` event replacing the shown version).
// - Removals: the company site's reviews webhook (POST /api/inbound/<source>), which withdraws a review
//   with { id, deleted: true } (a `delete` → the store's tombstone → a `remove` event); and a replay line of
//   the same key with `state: 'deleted'` (an upsert turning the post deleted → a `remove` event).
// - English: a wall configured with `language: 'en'` (default panels, a demo source for the badge).
import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Post } from '../../src/shared/post.ts';
import { makePost, type TestPostInput } from './support/make-post.ts';
import { guardPage, type PageGuards } from './support/page-guards.ts';
import { makeTempDir, startWall, waitForStoredPosts, type RunningWall } from './support/start-wall.ts';

test.describe.configure({ mode: 'serial' });

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();
const replayPost = (input: TestPostInput) => makePost({ sourceId: 'replay', ...input });
const lines = (...posts: object[]) => posts.map((p) => `${JSON.stringify(p)}\n`).join('');

/** A post on screen: a column card or the spotlight (each post shows once, in one or the other). */
const shown = (page: Page, key: string) =>
  page.locator(`[data-testid="post-card"][data-key="${key}"], [data-testid="spotlight"][data-key="${key}"]`);
/** The same post as one of the cards only. */
const columnCard = (page: Page, key: string) =>
  page.locator(`[data-testid="feed-cards"] [data-testid="post-card"][data-key="${key}"]`);
/** Where a card sits among the cards (-1 when it is not one). */
const placeOf = (page: Page, key: string) =>
  // A string, because this file is type-checked for Node, without the DOM.
  page.evaluate<number>(
    `[...document.querySelectorAll('[data-testid="feed-cards"] [data-testid="post-card"]')].map((e) => e.getAttribute('data-key')).indexOf(${JSON.stringify(key)})`,
  );

async function openPanel(page: Page, wall: RunningWall, id: string): Promise<void> {
  const url = wall.panels.get(id);
  if (!url) throw new Error(`the wall printed no panel ${id} (it printed: ${[...wall.panels.keys()].join(', ')})`);
  expect((await page.goto(url))?.status()).toBe(200);
}

let guards: PageGuards;
test.beforeEach(async ({ page }) => {
  guards = await guardPage(page);
});
test.afterEach(async () => {
  expect(await guards.problems()).toEqual([]);
});

test.describe('posts change on an open screen', () => {
  const SITE_TOKEN = 'site-webhook-token-0123456789abcdef';
  let wall: RunningWall;
  let replayFile: string;

  test.beforeAll(async () => {
    const dir = await makeTempDir();
    replayFile = join(dir, 'replay.jsonl');
    // A quiet wall with some history: what a test brings takes the spotlight as it arrives, and is a card once
    // the spotlight has moved on (idle cycling, 15 s after), on top of the cards (it is the newest).
    await writeFile(
      replayFile,
      lines(
        ...Array.from({ length: 8 }, (_, i) =>
          replayPost({ network: 'facebook', text: `Message ${i + 1} du hall`, createdAt: minutesAgo(i + 1) }),
        ),
      ),
    );
    wall = await startWall(
      {
        config: {
          sources: [
            // rebaseTime off: a line appended by the test keeps its own createdAt.
            { id: 'replay', type: 'replay', options: { file: replayFile, speed: 'max', rebaseTime: false } },
            { id: 'site', type: 'site-reviews', options: { webhookToken: SITE_TOKEN } },
          ],
          panels: [{ id: 'hall', title: 'Hall', type: 'feed', networks: ['facebook', 'instagram', 'site'] }],
        },
      },
      dir,
    );
    // Stored before a screen opens: read live, the history would queue for the spotlight like a burst.
    await waitForStoredPosts(wall, 'hall', 8);
  });

  test.afterAll(async () => {
    await wall?.stop();
  });

  const append = (...posts: object[]) => appendFile(replayFile, lines(...posts));

  /** What the company's site sends to its webhook: reviews, or { id, deleted: true } to withdraw one. */
  async function siteWebhook(body: object): Promise<void> {
    const response = await fetch(`${wall.origin}/api/inbound/site`, {
      method: 'POST',
      headers: { authorization: `Bearer ${SITE_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status, await response.text()).toBeLessThan(300);
  }
  const siteReview = (id: string, text: string, createdAt: string) => ({
    id,
    author: { name: 'Client du site' },
    text,
    rating: 4,
    createdAt,
  });

  test('an edit replaces the text of the spotlit post, in the spotlight', async ({ page }) => {
    await openPanel(page, wall, 'hall');
    const before = `Attente au comptoir ce matin ${Date.now()}`;
    const post = replayPost({
      network: 'instagram',
      text: before,
      author: { name: 'Visiteuse du hall', handle: 'visiteuse' },
    });
    await append(post);
    const spotlight = page.getByTestId('spotlight');
    await expect(spotlight).toHaveAttribute('data-key', post.key);
    await expect(spotlight.getByTestId('post-text')).toHaveText(before);

    const after = `${before} — finalement servie très vite, merci !`;
    await append({ ...post, text: after, editedAt: new Date().toISOString() } satisfies Post);
    await expect(spotlight.getByTestId('post-text')).toHaveText(after);
    // In place: still the spotlight's post, once, and the old text nowhere.
    await expect(spotlight).toHaveAttribute('data-key', post.key);
    await expect(shown(page, post.key)).toHaveCount(1);
    await expect(page.getByTestId('feed').getByText(before, { exact: true })).toHaveCount(0);
  });

  test('an edit replaces the text of a card, in its place', async ({ page }) => {
    test.setTimeout(60_000);
    await openPanel(page, wall, 'hall');
    const before = `Rayure sur la portière ${Date.now()}`;
    const post = replayPost({ network: 'facebook', text: before });
    await append(post);
    // It takes the spotlight as it arrives; once the spotlight moves on (idle cycling) it is a card.
    await expect(columnCard(page, post.key)).toHaveCount(1, { timeout: 40_000 });
    await expect(columnCard(page, post.key).getByTestId('post-text')).toHaveText(before);
    const place = await placeOf(page, post.key);
    expect(place).toBeGreaterThanOrEqual(0);

    const after = `${before} — réparée le jour même, impeccable.`;
    await append({ ...post, text: after, editedAt: new Date().toISOString() } satisfies Post);
    await expect(columnCard(page, post.key).getByTestId('post-text')).toHaveText(after);
    expect(await placeOf(page, post.key)).toEqual(place);
    await expect(shown(page, post.key)).toHaveCount(1);
    await expect(page.getByTestId('feed').getByText(before, { exact: true })).toHaveCount(0);
  });

  test('a review the site withdraws leaves the cards', async ({ page }) => {
    test.setTimeout(60_000);
    await openPanel(page, wall, 'hall');
    const id = `avis-${Date.now()}`;
    const text = `Devis clair, délai tenu ${id}`;
    await siteWebhook(siteReview(id, text, new Date().toISOString()));
    const key = `site:${id}`;
    await expect(columnCard(page, key)).toHaveCount(1, { timeout: 40_000 });
    await expect(columnCard(page, key).getByTestId('post-text')).toHaveText(text);

    await siteWebhook({ id, deleted: true });
    await expect(shown(page, key)).toHaveCount(0);
    await expect(page.getByTestId('feed').getByText(text)).toHaveCount(0);
    // The rest stays.
    await expect(page.getByTestId('post-card').first()).toBeVisible();
  });

  test('a review the site withdraws while spotlit leaves the spotlight, which shows another post', async ({ page }) => {
    await openPanel(page, wall, 'hall');
    const id = `avis-${Date.now()}`;
    const text = `Accueil chaleureux ${id}`;
    await siteWebhook(siteReview(id, text, new Date().toISOString()));
    const key = `site:${id}`;
    const spotlight = page.getByTestId('spotlight');
    await expect(spotlight).toHaveAttribute('data-key', key);

    await siteWebhook({ id, deleted: true });
    await expect(shown(page, key)).toHaveCount(0);
    await expect(page.getByTestId('feed').getByText(text)).toHaveCount(0);
    await expect(spotlight).toHaveCount(1);
    await expect(spotlight).not.toHaveAttribute('data-key', key);
  });

  // A replayed `state: 'deleted'` line: the engine stores the tombstone and tells the open screens.
  test('a replayed tombstone line removes the post from an open screen', async ({ page }) => {
    await openPanel(page, wall, 'hall');
    const post = replayPost({ network: 'instagram', text: `Bientôt supprimé ${Date.now()}` });
    await append(post);
    await expect(shown(page, post.key)).toHaveCount(1);
    await append({ ...post, state: 'deleted' } satisfies Post);
    await expect(shown(page, post.key)).toHaveCount(0);
  });
});

test.describe('an English wall', () => {
  let wall: RunningWall;
  let replayFile: string;

  test.beforeAll(async () => {
    const dir = await makeTempDir();
    replayFile = join(dir, 'replay.jsonl');
    const parent = replayPost({
      key: 'facebook:late-parcel',
      network: 'facebook',
      text: 'My parcel is late, not happy',
      createdAt: minutesAgo(20),
    });
    const reply = replayPost({
      key: 'facebook:late-parcel-reply',
      network: 'facebook',
      kind: 'reply',
      parentKey: parent.key,
      text: 'Sorry, we are looking into your order right now.',
      createdAt: minutesAgo(5),
      author: { name: 'Atelier Nova', handle: 'ateliernova', isBrand: true },
    });
    const review = replayPost({
      key: 'instagram:great-shop',
      network: 'instagram',
      kind: 'review',
      rating: 5,
      text: 'Great shop',
      createdAt: new Date().toISOString(),
    });
    await writeFile(replayFile, lines(parent, reply, review));
    wall = await startWall(
      {
        config: {
          language: 'en',
          sources: [
            // The demo makes the panels say "Demo data"; one slot an hour and no history: it stays quiet.
            { id: 'demo', type: 'demo', options: { postEverySeconds: 3600, backfillHours: 0 } },
            { id: 'replay', type: 'replay', options: { file: replayFile, speed: 'max', rebaseTime: false } },
          ],
          // No "panels": the default ones, the statistics' title in the wall's language.
        },
      },
      dir,
    );
  });

  test.afterAll(async () => {
    await wall?.stop();
  });

  test('a feed panel: header, stars, relative times and the brand reply in English', async ({ page }) => {
    await openPanel(page, wall, '1');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const header = page.getByTestId('panel-header');
    await expect(header.getByTestId('demo-badge')).toHaveText('Demo data');
    // Sources' health under their networks' names as people write them, never a source's id.
    await expect(header.locator('.health-dot[data-source~="replay"]')).toHaveText('Facebook · Instagram');

    const review = shown(page, 'instagram:great-shop');
    await expect(review.getByRole('img', { name: '5 stars out of 5' })).toBeVisible();
    await expect(review.getByTestId('post-time')).toHaveText('now');
    const parent = shown(page, 'facebook:late-parcel');
    await expect(parent.getByTestId('post-time')).toHaveText(/^(20|21) min\. ago$/);
    await expect(parent.getByTestId('brand-reply')).toContainText('Reply from Atelier Nova');
    await expect(parent.getByTestId('reply-delay')).toHaveText('Answered in 15 min');
  });

  test('the statistics panel: title, figures’ labels and charts’ captions in English', async ({ page }) => {
    await openPanel(page, wall, '3');
    await expect(page.getByTestId('panel-header').getByRole('heading', { name: 'Statistics' })).toBeVisible();
    await expect(page.getByTestId('demo-badge')).toHaveText('Demo data');
    await expect(page.getByTestId('stats-headline')).toContainText(
      /customers got an answer|No questions or complaints/,
    );
    await expect(page.getByTestId('stats-headline')).toContainText('last 7 days');
    await expect(page.getByTestId('stat-waiting')).toContainText('Waiting');
    await expect(page.getByTestId('stat-answered')).toContainText('Answered');
    await expect(page.getByTestId('stat-answered')).toContainText(/of \d+ · (\d+%|—)/);
    await expect(page.getByTestId('stat-response')).toContainText('Response time · median');
    await expect(page.getByTestId('stat-response')).toContainText('target 1 h');
    await expect(page.getByTestId('stat-rating')).toContainText('Average rating');
    await expect(page.getByTestId('stats-hidden')).toContainText('Moderation: nothing hidden');
    for (const caption of ['Waiting for an answer', 'Complaints by topic', 'Last 24 hours'])
      await expect(page.locator('.stats-tile__title', { hasText: caption })).toBeVisible();
    await expect(page.getByTestId('sentiment')).toContainText('Positive');
    await expect(page.getByTestId('sentiment')).toContainText(/\d+%/);
    await expect(page.getByTestId('stats-panel')).toContainText('Updated at');
  });
});
