// The visitor finds their post, on the real wall (serve CLI, a replay source the test writes to): on a quiet
// wall a new post takes the spotlight, greeted as new, stays there while the next one waits, is never also a
// card meanwhile, and is back among the cards when the spotlight moves on. The timing rules themselves (within
// 2 s, at least 10 s, one change every 8 s in a burst, on screen within 30 s) are the pure stage-pacing.ts's,
// unit-tested with a fake clock; here nothing depends on how fast the machine is.
import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Post } from '../../src/shared/post.ts';
import { makePost } from './support/make-post.ts';
import { guardPage } from './support/page-guards.ts';
import { makeTempDir, startWall, waitForStoredPosts, type RunningWall } from './support/start-wall.ts';

test.describe.configure({ mode: 'serial' });

let wall: RunningWall;
let replayFile: string;

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

test.beforeAll(async () => {
  const dir = await makeTempDir();
  replayFile = join(dir, 'replay.jsonl');
  // A wall with some history and nothing new coming: quiet.
  const history = Array.from({ length: 6 }, (_, i) =>
    makePost({
      network: 'instagram',
      sourceId: 'replay',
      text: `Un avis d’hier, numéro ${i}`,
      createdAt: minutesAgo(30 + i),
    }),
  );
  await writeFile(replayFile, history.map((p) => `${JSON.stringify(p)}\n`).join(''));
  wall = await startWall(
    {
      config: {
        sources: [{ id: 'replay', type: 'replay', options: { file: replayFile, speed: 'max', rebaseTime: false } }],
        panels: [{ id: 'hall', title: 'Instagram', type: 'feed', networks: ['instagram'] }],
      },
    },
    dir,
  );
  // Stored before a screen opens: read live, the history would queue for the spotlight like a burst.
  await waitForStoredPosts(wall, 'hall', 6);
});

test.afterAll(async () => {
  await wall?.stop();
});

/**
 * The spotlight's post, for how long (on the page's own clock) it has been there, and the cards, read in one
 * go (so never half-way through a change).
 */
const onScreen = (page: Page) =>
  // A string, because this file is type-checked for Node, without the DOM.
  page.evaluate<{ spotlight: string | null; since: number; now: number; cards: string[] }>(`({
    spotlight: document.querySelector('[data-testid="spotlight"]')?.getAttribute('data-key') ?? null,
    since: Number(document.querySelector('.feed__spotlight')?.getAttribute('data-since')),
    now: Date.now(),
    cards: [...document.querySelectorAll('[data-testid="feed-cards"] [data-testid="post-card"]')].map((e) => e.getAttribute('data-key')),
  })`);

const visitor = (text: string): Post =>
  makePost({
    network: 'instagram',
    sourceId: 'replay',
    text,
    author: { name: 'Visiteuse du hall', handle: 'visiteuse' },
  });

test('on a quiet wall a visitor’s post takes the spotlight, greeted, holds it, and goes back among the cards', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const guards = await guardPage(page);
  const url = wall.panels.get('hall');
  if (!url) throw new Error('the wall printed no panel "hall"');
  await page.goto(url);
  await expect(page.getByTestId('post-card').first()).toBeVisible();

  const first = visitor(`Bonjour depuis le hall ! ${Date.now()}`);
  await appendFile(replayFile, `${JSON.stringify(first)}\n`);
  const spotlight = page.getByTestId('spotlight');
  await expect(spotlight).toHaveAttribute('data-key', first.key, { timeout: 15_000 });
  await expect(spotlight.getByTestId('post-text')).toHaveText(first.text);
  await expect(spotlight).toContainText('Visiteuse du hall');
  await expect(spotlight.getByTestId('new-badge')).toHaveText('Nouveau');

  // A second visitor right after: it waits its turn (the first holds the spotlight at least 10 s), on screen
  // meanwhile among the cards; the first is never also a card.
  const second = visitor(`Et moi aussi ! ${Date.now()}`);
  await appendFile(replayFile, `${JSON.stringify(second)}\n`);
  await expect(page.locator(`[data-testid="post-card"][data-key="${second.key}"]`)).toHaveCount(1, {
    timeout: 15_000,
  });
  const spotlitAt = (await onScreen(page)).since;
  for (;;) {
    const { spotlight: key, now, cards } = await onScreen(page);
    if (key !== first.key) {
      // It may leave only after its hold (10 s by default), never before: on the page's own clock.
      expect(now - spotlitAt).toBeGreaterThanOrEqual(10_000);
      break;
    }
    expect(cards).not.toContain(first.key);
    expect(new Set(cards).size).toBe(cards.length);
    if (now - spotlitAt > 9_000) break;
    await page.waitForTimeout(500);
  }

  // Then the second takes the spotlight, and the first is back among the cards, once.
  await expect(spotlight).toHaveAttribute('data-key', second.key, { timeout: 30_000 });
  await expect(page.locator(`[data-testid="post-card"][data-key="${first.key}"]`)).toHaveCount(1);
  const { cards } = await onScreen(page);
  expect(cards).not.toContain(second.key);
  expect(await guards.problems()).toEqual([]);
});
