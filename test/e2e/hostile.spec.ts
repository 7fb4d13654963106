// Hostile and awkward posts on the REAL wall: appended to a replay file, validated by the engine,
// streamed and drawn. Nothing they contain may run, open a dialog, navigate, load from a foreign
// origin (pictures come through the wall's own picture cache) or break the layout; what cannot be shown
// safely is left out of the post, and only what the engine refuses (no identity, nothing to show) never shows.
import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Post } from '../../src/shared/post.ts';
import { hostilePosts, refusedLines, repairedLines } from './fixtures/hostile-posts.ts';
import { guardPage } from './support/page-guards.ts';
import { makeTempDir, startWall, type RunningWall } from './support/start-wall.ts';

test.describe.configure({ mode: 'serial' });

let wall: RunningWall;
let replayFile: string;

test.beforeAll(async () => {
  const dir = await makeTempDir();
  replayFile = join(dir, 'hostile.jsonl');
  await writeFile(replayFile, '');
  wall = await startWall(
    {
      config: {
        brand: { name: 'Atelier Nova', hashtags: ['AtelierNova'], handles: ['@ateliernova'] },
        sources: [{ id: 'replay', type: 'replay', options: { file: replayFile, speed: 'max', rebaseTime: false } }],
        panels: [{ id: 'all', title: 'Tous les réseaux', type: 'feed' }],
      },
    },
    dir,
  );
});

test.afterAll(async () => {
  await wall?.stop();
});

/** A post on screen: a card in the columns, or the spotlight (each post shows once, in one or the other). */
const card = (page: Page, key: string) =>
  page.locator(`[data-testid="post-card"][data-key="${key}"], [data-testid="spotlight"][data-key="${key}"]`);

/** Everything in the page that is not ours: foreign requests, dialogs, navigations. */
function watch(page: Page, origin: string) {
  const foreign: string[] = [];
  const dialogs: string[] = [];
  const navigations: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin || url.protocol === 'data:') return;
    foreign.push(`${request.resourceType()} ${request.url()}`);
  });
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  return { foreign, dialogs, navigations };
}

test('a corpus of hostile posts renders as text, runs nothing, loads nothing foreign, and leaves tidy cards', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const guards = await guardPage(page);
  const seen = watch(page, wall.origin);
  const url = wall.panels.get('all');
  if (!url) throw new Error('the wall printed no panel "all"');
  await page.goto(url);
  await expect(page.getByTestId('feed-empty')).toBeVisible();
  const settledUrl = page.url();
  seen.navigations.length = 0;

  const corpus = hostilePosts();
  // A hall panel shows the spotlight and four cards, and a burst comes on screen one card at a time: the
  // corpus goes in groups of four, each checked on screen.
  for (let i = 0; i < corpus.length; i += 4) {
    const group = corpus.slice(i, i + 4);
    await appendFile(replayFile, group.map((p) => `${JSON.stringify(p)}\n`).join(''));
    for (const post of group) await expect(card(page, post.key)).toBeVisible({ timeout: 30_000 });
    await checkTidy(page, group);
    if (i === 0) await checkFirstGroup(page, corpus);
  }

  // Nothing ran, nothing opened, nothing moved the page.
  expect(await page.evaluate('window.__pwned')).toBeUndefined();
  expect(seen.dialogs).toEqual([]);
  expect(seen.navigations).toEqual([]);
  expect(page.url()).toBe(settledUrl);
  expect(seen.foreign).toEqual([]);
  // No active or styling element made it into the page, no handler or link attribute, no style injection.
  const leaks = await page.evaluate(`(() => {
    const root = document.getElementById('root');
    const bad = [...root.querySelectorAll('script, style, link, iframe, object, embed, meta, form, input, svg, a, base')].map((e) => e.tagName);
    for (const el of root.querySelectorAll('*')) for (const attr of el.getAttributeNames()) if (/^on|^href$|^action$|^formaction$/i.test(attr)) bad.push(el.tagName + '@' + attr);
    for (const img of root.querySelectorAll('img')) if (!/^(https:|data:image\\/svg|\\/)/.test(img.getAttribute('src') || '') && !img.src.startsWith(location.origin)) bad.push('img ' + img.src);
    if (getComputedStyle(document.body).display === 'none') bad.push('body hidden');
    return bad;
  })()`);
  expect(leaks).toEqual([]);
  // A broken picture leaves no empty box behind.
  const broken = corpus[4];
  if (broken) await expect(card(page, broken.key).getByTestId('post-media')).toHaveCount(0, { timeout: 15_000 });
  expect(await guards.problems()).toEqual([]);
});

test('a post with a javascript: picture or a data: avatar shows without them; one with nothing to show never does', async ({
  page,
}) => {
  const guards = await guardPage(page);
  const seen = watch(page, wall.origin);
  const url = wall.panels.get('all');
  if (!url) throw new Error('the wall printed no panel "all"');
  await page.goto(url);
  await expect(page.getByTestId('post-card').first()).toBeVisible();
  const repaired = repairedLines();
  const refused = refusedLines();
  await appendFile(replayFile, [...repaired, ...refused].map((r) => `${r.line}\n`).join(''));
  for (const r of repaired) {
    const shown = card(page, r.key);
    await expect(shown).toBeVisible({ timeout: 30_000 });
    await expect(shown.getByTestId('post-text')).toHaveText(r.text);
    // No picture box, initials instead of the avatar.
    await expect(shown.getByTestId('post-media')).toHaveCount(0);
    await expect(shown.locator('.avatar--initials')).toHaveCount(1);
  }
  for (const r of refused) await expect(page.locator(`[data-key="${r.key}"]`)).toHaveCount(0);
  expect(await page.evaluate('window.__pwned')).toBeUndefined();
  expect(seen.foreign).toEqual([]);
  expect(await guards.problems()).toEqual([]);
});

/** The first group's cards (script tags, Mastodon HTML, CSS injection), while they are on screen. */
async function checkFirstGroup(page: Page, corpus: Post[]): Promise<void> {
  // Text is shown as the characters it is.
  const [scriptPost, mastodon, cssPost] = corpus;
  if (!scriptPost || !mastodon || !cssPost) throw new Error('corpus too short');
  await expect(card(page, scriptPost.key).getByTestId('post-text')).toContainText('<script>window.__pwned=1</script>');
  await expect(card(page, scriptPost.key)).toContainText('<img src=x onerror=');
  // Mastodon's HTML keeps its harmless formatting, loses the rest; its links are words, not links.
  const html = card(page, mastodon.key).getByTestId('post-text');
  await expect(html.locator('strong')).toHaveText('Mastodon');
  await expect(html.locator('.post-link').first()).toHaveText('lien piégé');
  await expect(card(page, cssPost.key).getByTestId('post-text')).toContainText('Style piégé');
}

/** Each card stays inside the cards' column (or the spotlight inside its place), whatever its post holds. */
async function checkTidy(page: Page, posts: Post[]): Promise<void> {
  const keys = posts.map((p) => p.key);
  // One read of the whole layout (a string: this file is type-checked without the DOM).
  const boxes = await page.evaluate<
    {
      key: string;
      missing: boolean;
      height: number;
      limit: number;
      width: number;
      columnWidth: number;
      overflow: number;
    }[]
  >(`(${JSON.stringify(keys)}).map((key) => {
    const card = document.querySelector('[data-testid="post-card"][data-key="' + key + '"], [data-testid="spotlight"][data-key="' + key + '"]');
    if (!card) return { key, missing: true };
    const box = card.getBoundingClientRect();
    const column = card.parentElement.getBoundingClientRect();
    // A card is bounded by the cards' column, the spotlight by its place.
    const limit = column.height;
    const text = card.querySelector('[data-testid="post-text"]');
    const textBox = text ? text.getBoundingClientRect() : box;
    return { key, missing: false, height: box.height, limit, width: box.width, columnWidth: column.width, overflow: textBox.right - box.right };
  })`);
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('no viewport');
  for (const b of boxes) {
    expect(b.missing, `${b.key} on screen`).toBe(false);
    expect(b.height, `${b.key} height`).toBeLessThanOrEqual(b.limit + 2);
    expect(b.width, `${b.key} width`).toBeLessThanOrEqual(b.columnWidth + 1);
    expect(b.overflow, `${b.key} text inside its card`).toBeLessThanOrEqual(1);
  }
}

test('text hygiene: blank lines, controls and overrides gone, every text isolated, hashtags read right in Arabic', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const guards = await guardPage(page);
  const url = wall.panels.get('all');
  if (!url) throw new Error('the wall printed no panel "all"');
  await page.goto(url);
  await expect(page.getByTestId('post-card').first()).toBeVisible();
  const stamp = Date.now();
  const raw = (id: string, over: Record<string, unknown>) => ({
    key: `x:hygiene-${id}-${stamp}`,
    network: 'x',
    kind: 'post',
    sourceId: 'replay',
    createdAt: new Date(stamp + Number(id.length)).toISOString(),
    author: { id: `u-${id}`, name: 'Hygiène', isBrand: false },
    ...over,
  });
  const newlines = raw('newlines', { text: `${'\n'.repeat(500)}Enfin du texte\u0007 après le vide` });
  const override = raw('override-x', {
    text: 'Avis \u202Eesrever\u202C honnête',
    author: { id: 'u-o', name: 'Nom \u202Etrompeur', isBrand: false },
  });
  const arabic = raw('arabic-xxx', { text: 'شكرا #ورشة_نوفا على الخدمة #AtelierNova', lang: 'ar' });
  const mastodon = raw('mastodon-xxxx', {
    key: `mastodon:hygiene-${stamp}`,
    network: 'mastodon',
    text: 'Bonjour du fédivers',
    html: '<p></p><br><br><br><p>Bonjour <strong>du fédivers</strong></p><br><br><br><br><br><p>fin</p>',
  });
  const posts = [newlines, override, arabic, mastodon];
  await appendFile(replayFile, posts.map((p) => `${JSON.stringify(p)}\n`).join(''));
  for (const p of posts) await expect(card(page, p.key)).toBeVisible({ timeout: 30_000 });

  // 500 newlines and a bell: the words, at the top of the text.
  await expect(card(page, newlines.key).getByTestId('post-text')).toHaveText('Enfin du texte après le vide');
  // Override characters are gone from the text and the name; each is isolated (<bdi>, dir="auto").
  await expect(card(page, override.key).getByTestId('post-text')).toHaveText('Avis esrever honnête');
  await expect(card(page, override.key).locator('bdi.post-head__name-text')).toHaveText('Nom trompeur');
  await expect(card(page, override.key).getByTestId('post-text')).toHaveAttribute('dir', 'auto');
  // Rich text: no blank lines before the words, at most two breaks in a row.
  const html = card(page, mastodon.key).getByTestId('post-text');
  await expect(html).toHaveText(/^Bonjour du fédivers/);
  expect(await html.locator('br').count()).toBeLessThanOrEqual(2);

  // In Arabic text, the Arabic hashtag's # sits on its right (its start), the Latin one's on its left.
  const sides = await page.evaluate<
    string[]
  >(`[...document.querySelectorAll('[data-key="${arabic.key}"] bdi.post-hashtag')].map((tag) => {
    const text = tag.firstChild;
    const range = document.createRange();
    range.setStart(text, 0); range.setEnd(text, 1);
    const hash = range.getBoundingClientRect();
    range.setStart(text, 1); range.setEnd(text, 2);
    const letter = range.getBoundingClientRect();
    return tag.textContent + (hash.left > letter.left ? ' #right' : ' #left');
  })`);
  expect(sides).toEqual(['#ورشة_نوفا #right', '#AtelierNova #left']);
  expect(await guards.problems()).toEqual([]);
});
