// The renderer against a scripted API (support/scripted-wall.ts): what the page does with answers and
// events the real wall does not produce on cue — a source's health turning failing (the engine gets there
// only after its backoff), a `reset` on reconnection with posts gone and come meanwhile, a stream that never
// opens, an unknown panel and a refused session — plus a feed's layout and hostile text on fixed posts (the
// statistics panel: stats-panel.spec.ts). What the real wall does on cue is tested on it: edits, removals and the English UI in wall-changes.spec.ts, arrivals in
// wall.spec.ts, the restart's reconnection in reconnect.spec.ts.
import { expect, test, type Page } from '@playwright/test';
import type { PanelsResponse } from '../../src/shared/api-contract.ts';
import type { SourceHealth } from '../../src/shared/health.ts';
import type { Post } from '../../src/shared/post.ts';
import { sampleStats } from './fixtures/wall-stats.ts';
import { makePost } from './support/make-post.ts';
import { guardPage, type PageGuards } from './support/page-guards.ts';
import { ScriptedWall, type ScriptedState } from './support/scripted-wall.ts';

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();

function panels(): PanelsResponse {
  return {
    language: 'fr',
    brand: {
      name: 'Atelier Nova',
      hashtags: ['ateliernova'],
      handles: [],
      colors: { primary: '#0b3d91', accent: '#ffb000' },
    },
    panels: [
      {
        id: '1',
        title: 'Facebook · Instagram',
        type: 'feed',
        networks: ['facebook', 'instagram'],
        sources: [],
        demo: false,
      },
      { id: '3', title: 'Statistiques', type: 'stats', networks: [], sources: [], demo: false },
    ],
  };
}

const health = (state: SourceHealth['state']): SourceHealth => ({
  sourceId: 'meta',
  type: 'facebook',
  networks: ['facebook', 'instagram'],
  state,
  consecutiveFailures: 0,
  invalidItems: 0,
  acceptedItems: 3,
});

function scripted(posts: Post[]): ScriptedState {
  return {
    panels: panels(),
    posts: { '1': posts },
    health: { sources: [health('ok')], notices: [] },
    stats: sampleStats(),
  };
}

/** Every post on the panel: the spotlight and the cards of the columns (each post shows once, in one or the other). */
const cards = (page: Page) => page.locator('[data-testid="post-card"], [data-testid="spotlight"]');
/** The cards (without the spotlit post). */
const grid = (page: Page) => page.getByTestId('feed-cards');
const feed = (page: Page) => page.getByTestId('feed');
/** Post keys in newest-first order (by data-created, then key, as the feed orders them), spotlight or column alike. */
const keysOnScreen = async (page: Page) => {
  const ranked = await cards(page).evaluateAll((els) =>
    els.map((e) => [Number(e.getAttribute('data-created')), e.getAttribute('data-key') ?? ''] as const),
  );
  return ranked.sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? 1 : -1)).map(([, key]) => key);
};

let wall: ScriptedWall;
let guards: PageGuards;

test.beforeEach(async ({ page }) => {
  guards = await guardPage(page);
});

test.afterEach(async ({ page }) => {
  wall.release();
  expect(await guards.problems()).toEqual([]);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('a feed shows its posts newest first, text as text, the brand reply under its parent', async ({ page }) => {
  const hostile = '<img src=x onerror="document.title=\'pwned\'"> <b>bold?</b>';
  const parent = makePost({
    key: 'facebook:parent',
    text: 'Livraison en retard, pas content',
    createdAt: minutesAgo(20),
  });
  const reply = makePost({
    key: 'facebook:reply',
    kind: 'reply',
    parentKey: 'facebook:parent',
    text: 'Désolés, nous regardons votre commande tout de suite.',
    createdAt: minutesAgo(5),
    author: { name: 'Atelier Nova', handle: 'ateliernova', isBrand: true },
  });
  const review = makePost({
    key: 'facebook:review',
    kind: 'review',
    rating: 4,
    text: 'Très bon accueil',
    createdAt: minutesAgo(10),
  });
  const hostilePost = makePost({
    key: 'instagram:hostile',
    network: 'instagram',
    text: hostile,
    createdAt: minutesAgo(1),
    media: [{ type: 'image', url: '/bundled/demo/photo.svg', alt: 'Une vitrine' }],
  });
  wall = new ScriptedWall(scripted([hostilePost, reply, review, parent]));
  await wall.install(page);
  await page.goto(`${wall.origin}/panel/1`);

  await expect(page.getByRole('heading', { name: 'Facebook · Instagram' })).toBeVisible();
  // The brand reply is nested, not a card of its own: three posts shown for four; the newest in the
  // spotlight only, not again in the columns.
  await expect(cards(page)).toHaveCount(3);
  expect(await keysOnScreen(page)).toEqual(['instagram:hostile', 'facebook:review', 'facebook:parent']);
  await expect(grid(page).locator('[data-key="instagram:hostile"]')).toHaveCount(0);

  const hostileCard = cards(page).and(page.locator('[data-key="instagram:hostile"]'));
  await expect(hostileCard.getByTestId('post-text')).toHaveText(hostile);
  await expect(hostileCard.locator('img')).toHaveCount(1);
  await expect(hostileCard.locator('img')).toHaveAttribute('alt', 'Une vitrine');
  await expect(hostileCard.locator('b')).toHaveCount(0);
  await expect(page).not.toHaveTitle('pwned');

  const parentCard = cards(page).and(page.locator('[data-key="facebook:parent"]'));
  await expect(parentCard.getByTestId('brand-reply')).toContainText('Réponse d’Atelier Nova');
  await expect(parentCard.getByTestId('brand-reply')).toContainText('nous regardons votre commande');
  // How long the customer waited: 20 min before, answered 5 min before.
  await expect(parentCard.getByTestId('reply-delay')).toHaveText('Répondu en 15 min');
  await expect(
    cards(page).and(page.locator('[data-key="facebook:review"]')).getByRole('img', { name: '4 étoiles sur 5' }),
  ).toBeVisible();
  // The spotlight shows the newest post large.
  await expect(page.getByTestId('spotlight')).toHaveAttribute('data-key', 'instagram:hostile');
  await expect(page.locator('[data-source="meta"]')).toHaveAttribute('data-state', 'ok');
  await expect(page.getByTestId('demo-badge')).toHaveCount(0);
});

test('whether the brand answered, at a glance: waiting past ten minutes, answered with the time, never "0 s"', async ({
  page,
}) => {
  const customer = (key: string, minutes: number, over: Parameters<typeof makePost>[0] = {}) =>
    makePost({ key: `facebook:${key}`, createdAt: minutesAgo(minutes), intent: 'question', ...over });
  const brandReply = (key: string, parent: string, createdAt: string) =>
    makePost({
      key: `facebook:${key}`,
      kind: 'reply',
      parentKey: `facebook:${parent}`,
      createdAt,
      text: 'Nous regardons cela tout de suite.',
      author: { name: 'Atelier Nova', handle: 'ateliernova', isBrand: true },
    });
  const stamped = minutesAgo(30);
  const posts = [
    customer('fresh-question', 2, { text: 'Ouvert demain ?' }),
    customer('complaint', 40, { intent: 'complaint', text: 'Toujours pas de nouvelles de ma voiture.' }),
    customer('answered', 25, { text: 'Vous faites les pneus ?' }),
    brandReply('answer', 'answered', minutesAgo(13)),
    customer('same-time', 30, { createdAt: stamped, text: 'Et le samedi ?' }),
    brandReply('stamped', 'same-time', stamped),
  ];
  wall = new ScriptedWall(scripted(posts));
  await wall.install(page);
  await page.goto(`${wall.origin}/panel/1`);
  const post = (key: string) => cards(page).and(page.locator(`[data-key="facebook:${key}"]`));
  await expect(post('complaint')).toBeVisible();

  await expect(post('complaint').getByTestId('waiting')).toHaveText('En attente depuis 40 min');
  // Two minutes is not waiting yet.
  await expect(post('fresh-question').getByTestId('waiting')).toHaveCount(0);
  await expect(post('answered').getByTestId('reply-delay')).toHaveText('Répondu en 12 min');
  await expect(post('answered').getByTestId('waiting')).toHaveCount(0);
  // A reply stamped at the post's own time: answered, without a record-breaking "0 s".
  await expect(post('same-time').getByTestId('reply-delay')).toHaveText('Répondu');
  await expect(page.locator('body')).not.toContainText(/Répondu en 0|en 0 s/);
  expect(await guards.problems()).toEqual([]);
});

test('a health event recolours the source’s dot', async ({ page }) => {
  wall = new ScriptedWall(
    scripted([makePost({ key: 'facebook:old', text: 'Premier message', createdAt: minutesAgo(30) })]),
  );
  await wall.install(page);
  await page.goto(`${wall.origin}/panel/1`);
  await expect(cards(page)).toHaveCount(1);
  await expect(page.locator('[data-source="meta"]')).toHaveAttribute('data-state', 'ok');

  wall.state.health = { sources: [health('failing')], notices: [] };
  wall.send([{ id: '1', type: 'health', data: { source: health('failing') } }]);
  await expect(page.locator('[data-source="meta"]')).toHaveAttribute('data-state', 'failing');
  await expect(cards(page)).toHaveCount(1);
  expect(wall.connections[0]?.panel).toBe('1');
});

test('a database that cannot store says so in the header’s words; the posts stay; the words go when it stores again', async ({
  page,
}) => {
  const storing = health('degraded');
  const full = { ...storing, storageFailure: { code: 'SQLITE_FULL', since: minutesAgo(3) } };
  wall = new ScriptedWall({
    ...scripted([makePost({ key: 'facebook:old', text: 'Premier message', createdAt: minutesAgo(30) })]),
    health: { sources: [full], notices: [] },
  });
  await wall.install(page);
  await page.goto(`${wall.origin}/panel/1`);
  const note = page.getByTestId('panel-header').getByTestId('storage-note');
  await expect(note).toHaveText('Nouveaux messages en pause : disque plein');
  // Readable from the hall: 28 px at 1920×1080 (a string: this file is type-checked without the DOM).
  const size = await page.evaluate<string>(
    `getComputedStyle(document.querySelector('[data-testid="storage-note"]')).fontSize`,
  );
  expect(parseFloat(size)).toBeGreaterThanOrEqual(28);
  await expect(cards(page)).toHaveCount(1);

  // A read-only folder says so, then a source stores again: the words go, the posts stay.
  wall.send([
    {
      id: '1',
      type: 'health',
      data: { source: { ...storing, storageFailure: { code: 'SQLITE_READONLY', since: minutesAgo(1) } } },
    },
  ]);
  await expect(note).toHaveText('Nouveaux messages en pause : stockage en lecture seule');
  wall.send([{ id: '2', type: 'health', data: { source: health('ok') } }]);
  await expect(note).toHaveCount(0);
  await expect(cards(page)).toHaveCount(1);
});

test('a reset refetches the posts: what left while away goes, what came appears, nothing twice', async ({ page }) => {
  const kept = makePost({ key: 'facebook:kept', text: 'Toujours là', createdAt: minutesAgo(30) });
  const removedWhileAway = makePost({
    key: 'facebook:away',
    text: 'Supprimé pendant la coupure',
    createdAt: minutesAgo(20),
  });
  wall = new ScriptedWall(scripted([removedWhileAway, kept]));
  await wall.install(page);
  await page.goto(`${wall.origin}/panel/1`);
  await expect(cards(page)).toHaveCount(2);
  // Let the stream open once and drop, so that the `reset` comes on a reconnection (the first open
  // refetches by itself): only the reset can make the page refetch then.
  wall.send([]);
  await expect.poll(() => wall.connections.length).toBe(2);

  const arrivedWhileAway = makePost({
    key: 'instagram:new',
    network: 'instagram',
    text: 'Arrivé pendant la coupure',
    createdAt: minutesAgo(2),
  });
  wall.state.posts['1'] = [arrivedWhileAway, kept];
  wall.send([{ type: 'reset', data: { reason: 'server restarted' } }]);

  await expect(feed(page).getByText('Arrivé pendant la coupure')).toBeVisible();
  await expect(feed(page).getByText('Supprimé pendant la coupure')).toHaveCount(0);
  expect(await keysOnScreen(page)).toEqual(['instagram:new', 'facebook:kept']);
});

test('the marker shows while the stream is not open, and goes when it is', async ({ page }) => {
  wall = new ScriptedWall(scripted([makePost({ text: 'Un message' })]), { stream: 'pending' });
  await wall.install(page);
  await page.goto(`${wall.origin}/panel/1`);
  // Nothing scripted: the stream connection stays pending, never open.
  await expect(page.getByTestId('stream-status')).toBeVisible();
  await expect(page.getByTestId('stream-status')).toHaveText('Reconnexion…');
  await expect(cards(page)).toHaveCount(1);

  wall.send([]);
  // Opened once, then dropped by the script: the browser reconnects and the marker comes back.
  await expect(page.getByTestId('stream-status')).toHaveAttribute('data-status', 'reconnecting');
});

test('an empty feed says how to appear on it', async ({ page }) => {
  wall = new ScriptedWall(scripted([]));
  await wall.install(page);
  await page.goto(`${wall.origin}/panel/1`);
  await expect(page.getByTestId('feed-empty')).toContainText('#ateliernova');
  // The QR code opens the hashtag on the panel's first network, drawn as a data: image (nothing fetched).
  await expect(page.getByTestId('empty-qr')).toHaveAttribute(
    'data-target',
    'https://www.facebook.com/hashtag/ateliernova',
  );
  await expect(page.getByTestId('empty-qr').locator('img')).toHaveAttribute('src', /^data:image\/svg\+xml/);
  await expect(cards(page)).toHaveCount(0);
});

test('an unknown panel and a refused session say so instead of showing nothing', async ({ page }) => {
  wall = new ScriptedWall(scripted([]));
  await wall.install(page);
  await page.goto(`${wall.origin}/panel/9`);
  await expect(page.getByTestId('status-screen')).toContainText('Aucun panneau « 9 »');

  wall.state.panelsStatus = 401;
  await page.goto(`${wall.origin}/panel/1`);
  await expect(page.getByTestId('status-screen')).toContainText('Accès refusé');
});
