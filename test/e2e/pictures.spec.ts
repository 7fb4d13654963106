// Pictures without third parties, on the real wall (serve CLI) and a network's picture server over real HTTPS
// (test/support/picture-server.ts, its certificate trusted by the wall through NODE_EXTRA_CA_CERTS): the
// screen loads nothing from outside the wall's origin, a post's pictures show from the wall's cache, a refused
// one (a tracking "pixel" that is a page, a file that lies about being a PNG) leaves initials or nothing, and
// with the network down the pictures still show.
import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Post } from '../../src/shared/post.ts';
import { startPictureServer, type PictureServer } from '../support/picture-server.ts';
import { makePost } from './support/make-post.ts';
import { guardPage, type PageGuards } from './support/page-guards.ts';
import { makeTempDir, startWall, type RunningWall } from './support/start-wall.ts';

test.describe.configure({ mode: 'serial' });

let pictures: PictureServer;
let wall: RunningWall;
let replayFile: string;
let withPictures: Post;
let refused: Post;
let networkDown = false;

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

test.beforeAll(async () => {
  pictures = await startPictureServer();
  const dir = await makeTempDir();
  replayFile = join(dir, 'replay.jsonl');
  withPictures = makePost({
    network: 'instagram',
    sourceId: 'replay',
    text: 'Ma voiture toute propre',
    createdAt: minutesAgo(2),
    author: { name: 'Claire Photo', avatarUrl: `${pictures.origin}/red.png?avatar=claire` },
    media: [{ type: 'image', url: `${pictures.origin}/blue?photo=1`, alt: 'Une voiture bleue' }],
  });
  refused = makePost({
    network: 'instagram',
    sourceId: 'replay',
    text: 'Un message avec un pixel espion',
    createdAt: minutesAgo(1),
    author: { name: 'Pixel Espion', avatarUrl: `${pictures.origin}/pixel.gif?visitor=hall` },
    media: [{ type: 'image', url: `${pictures.origin}/lying.png?x=1` }],
  });
  await writeFile(replayFile, [withPictures, refused].map((p) => `${JSON.stringify(p)}\n`).join(''));
  wall = await startWall(
    {
      config: {
        sources: [{ id: 'replay', type: 'replay', options: { file: replayFile, speed: 'max', rebaseTime: false } }],
        panels: [{ id: 'hall', title: 'Instagram', type: 'feed', networks: ['instagram'] }],
      },
      env: { NODE_EXTRA_CA_CERTS: pictures.certFile },
    },
    dir,
  );
});

test.afterAll(async () => {
  await wall?.stop();
  if (!networkDown) await pictures?.close();
});

/** Every request the page makes that is not to the wall's own origin. */
function foreignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== wall.origin && url.protocol !== 'data:') foreign.push(request.url());
  });
  return foreign;
}

const shown = (page: Page, key: string) =>
  page.locator(`[data-testid="post-card"][data-key="${key}"], [data-testid="spotlight"][data-key="${key}"]`);

/** Whether an <img> has loaded a real picture (a string: this file is type-checked without the DOM). */
const loaded = (page: Page, selector: string) =>
  page.evaluate<boolean>(
    `(() => { const i = document.querySelector(${JSON.stringify(selector)}); return !!i && i.complete && i.naturalWidth > 0; })()`,
  );

async function openFresh(
  browser: Browser,
): Promise<{ page: Page; foreign: string[]; guards: PageGuards; close: () => Promise<void> }> {
  // A new context: no picture in the browser's own cache.
  const context = await browser.newContext();
  const page = await context.newPage();
  const foreign = foreignRequests(page);
  const guards = await guardPage(page);
  const url = wall.panels.get('hall');
  if (!url) throw new Error('the wall printed no panel "hall"');
  await page.goto(url);
  return { page, foreign, guards, close: () => context.close() };
}

async function expectPicturesShown(page: Page): Promise<void> {
  const card = shown(page, withPictures.key);
  await expect(card).toBeVisible();
  const avatar = `[data-key="${withPictures.key}"] img.avatar`;
  const photo = `[data-key="${withPictures.key}"] img.post-media__img`;
  await expect.poll(() => loaded(page, avatar)).toBe(true);
  await expect.poll(() => loaded(page, photo)).toBe(true);
  // From the wall's own origin.
  await expect(page.locator(avatar)).toHaveAttribute('src', /^\/pictures\?url=/);
}

test('a post’s pictures show from the wall’s own origin; refused ones leave initials or nothing', async ({
  browser,
}) => {
  const { page, foreign, guards, close } = await openFresh(browser);
  await expectPicturesShown(page);

  const spy = shown(page, refused.key);
  await expect(spy).toBeVisible();
  await expect(spy.locator('.avatar--initials')).toHaveText('PE');
  await expect(spy.getByTestId('post-media')).toHaveCount(0);
  expect(foreign).toEqual([]);
  // The tracking pixel was fetched once by the engine (and refused), never by the screen, whoever looks.
  expect(pictures.requests.filter((r) => r === '/pixel.gif?visitor=hall')).toHaveLength(1);
  expect(await guards.problems()).toEqual([]);
  await close();
});

test('a post arriving live brings its picture, fetched by the engine', async ({ browser }) => {
  const { page, foreign, close } = await openFresh(browser);
  await expect(shown(page, withPictures.key)).toBeVisible();
  const live = makePost({
    network: 'instagram',
    sourceId: 'replay',
    text: 'Arrivée en direct avec une photo',
    author: { name: 'Live Photo', avatarUrl: `${pictures.origin}/red.png?avatar=live` },
  });
  await appendFile(replayFile, `${JSON.stringify(live)}\n`);
  await expect(shown(page, live.key)).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => loaded(page, `[data-key="${live.key}"] img.avatar`)).toBe(true);
  expect(foreign).toEqual([]);
  await close();
});

test('with the network down, the pictures still show', async ({ browser }) => {
  await pictures.close();
  networkDown = true;
  const { page, foreign, guards, close } = await openFresh(browser);
  await expectPicturesShown(page);
  expect(foreign).toEqual([]);
  expect(await guards.problems()).toEqual([]);
  await close();
});
