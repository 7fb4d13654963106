// A store PC following its hub, both as real processes on loopback (the hub a headless wall on SQLite, its posts
// pushed through the company site's webhook): posts, an edit and a delete reach the store's own API; with the hub
// stopped the store keeps serving its posts and says it is offline; the hub back (a new boot: `reset`, catch-up)
// and the store PC restarted (resumed with Last-Event-ID) lose nothing and duplicate nothing.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HealthResponse, PanelsResponse, PostsResponse } from '../../../src/shared/api-contract.ts';
import { startWall, type RunningWall } from '../../e2e/support/start-wall.ts';
import { freePort } from '../../support/free-port.ts';
import { spawnServe, type ServedWall } from '../../support/spawn-serve.ts';
import { BLUE_PNG, startPictureServer, type PictureServer } from '../../support/picture-server.ts';

const HUB_TOKEN = 'hub-display-token-0123456789abcdef';
const WEBHOOK_TOKEN = 'site-webhook-token-0123456789abcdef';
const HUB_CONFIG = {
  server: { token: HUB_TOKEN },
  sources: [{ id: 'site', type: 'site-reviews', options: { webhookToken: WEBHOOK_TOKEN } }],
  panels: [{ id: 'reviews', title: 'Avis', type: 'feed' as const, networks: ['site' as const] }],
};

let dir: string;
let hubPort: number;
let hub: RunningWall | undefined;
let store: ServedWall | undefined;
let pictures: PictureServer;

async function startHub(): Promise<RunningWall> {
  // The hub trusts the test's picture server (a network's, over HTTPS); the store PC does not need to.
  const env = { NODE_EXTRA_CA_CERTS: pictures.certFile };
  return startWall({ config: HUB_CONFIG, port: hubPort, keepDir: true, env }, join(dir, 'hub'));
}

/** A store PC as users start it (`npm run serve -- --follow`), here with the hub's display token as its store token. */
async function startStore(): Promise<ServedWall> {
  return spawnServe(['--follow', `http://127.0.0.1:${hubPort}`, '--data-dir', join(dir, 'store')], {
    SOCIAL_WALL_STORE_TOKEN: HUB_TOKEN,
  });
}

async function review(body: object): Promise<void> {
  const answer = await fetch(`http://127.0.0.1:${hubPort}/api/inbound/site`, {
    method: 'POST',
    headers: { authorization: `Bearer ${WEBHOOK_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(answer.status).toBe(202);
}

const at = (minute: number) => `2026-12-07T10:${String(minute).padStart(2, '0')}:00Z`;
const written = (id: string, text: string, minute: number) => ({
  id,
  author: { name: `Client ${id}` },
  text,
  rating: 4,
  createdAt: at(minute),
});

/** The store PC's own picture route: the status and type it answers. */
async function storePicture(url: string): Promise<string> {
  const answer = await fetch(`${store?.origin}/pictures?url=${encodeURIComponent(url)}`, {
    headers: { authorization: `Bearer ${store?.token}` },
  });
  return `${answer.status} ${answer.headers.get('content-type') ?? ''}`;
}

/** The store PC's logo route: the status and type it answers. */
async function storeLogo(path: string): Promise<string> {
  const answer = await fetch(`${store?.origin}${path}`, { headers: { authorization: `Bearer ${store?.token}` } });
  return `${answer.status} ${answer.headers.get('content-type') ?? ''}`;
}

async function storeGet<T>(path: string): Promise<T> {
  if (!store) throw new Error('no store PC');
  const answer = await fetch(`${store.origin}${path}`, { headers: { authorization: `Bearer ${store.token}` } });
  expect(answer.status).toBe(200);
  return (await answer.json()) as T;
}

/** What the store's screens get: the texts of the panel's posts, newest first. */
async function storeTexts(): Promise<string[]> {
  return (await storeGet<PostsResponse>('/api/panels/reviews/posts?limit=50')).posts.map((p) => p.text);
}

const eventually = { timeout: 60_000, interval: 200 };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'social-wall-follower-'));
  hubPort = await freePort();
  pictures = await startPictureServer();
  hub = await startHub();
}, 90_000);

afterAll(async () => {
  await store?.stop();
  await hub?.stop();
  await pictures?.close();
  await rm(dir, { recursive: true, force: true });
}, 60_000);

// Two processes start and stop in each step: limits against hangs on a loaded machine, not speed checks.
describe('a store PC following its hub', { timeout: 120_000 }, () => {
  it('shows the hub’s panels, then its posts, an edit and a delete as they happen', async () => {
    const avatar = `${pictures.origin}/red.png?avatar=r1`;
    await review({ ...written('r1', 'Très bon accueil.', 1), author: { name: 'Client r1', avatarUrl: avatar } });
    // The brand's logo, uploaded on the hub: the store PC keeps it too (else its header shows a monogram).
    const admin = new URL(hub?.settingsUrl ?? '').searchParams.get('admin') ?? '';
    const uploaded = await fetch(`http://127.0.0.1:${hubPort}/api/settings/logo`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'image/png', 'x-social-wall': '1' },
      body: BLUE_PNG,
    });
    expect(uploaded.status).toBe(200);
    store = await startStore();
    const panels = await storeGet<PanelsResponse>('/api/panels');
    expect(panels).toMatchObject({ panels: [{ id: 'reviews', title: 'Avis' }] });
    expect(panels.brand.logo).toMatch(/^logo-[0-9a-f]{16}\.png$/);
    await expect.poll(() => storeLogo(`/brand/${panels.brand.logo ?? ''}`), eventually).toBe('200 image/png');
    await expect.poll(storeTexts, eventually).toEqual(['Très bon accueil.']);
    // The picture came through the hub's cache: the network's server saw the hub's one request, none from the store.
    await expect.poll(() => storePicture(avatar), eventually).toBe('200 image/png');
    expect(pictures.requests.filter((r) => r === '/red.png?avatar=r1')).toHaveLength(1);

    await review(written('r2', 'Livraison en retard.', 2));
    await expect.poll(storeTexts, eventually).toEqual(['Livraison en retard.', 'Très bon accueil.']);
    await review({ ...written('r2', 'Livraison en retard, mais bien reçue.', 2), updatedAt: at(30) });
    await expect.poll(storeTexts, eventually).toEqual(['Livraison en retard, mais bien reçue.', 'Très bon accueil.']);
    await review({ id: 'r1', deleted: true });
    await expect.poll(storeTexts, eventually).toEqual(['Livraison en retard, mais bien reçue.']);
    const health = await storeGet<HealthResponse>('/api/health');
    expect(health.link?.state).toBe('online');
  });

  it('keeps serving its posts with the hub stopped, and says since when it is offline', async () => {
    await hub?.stop();
    hub = undefined;
    await expect
      .poll(async () => (await storeGet<HealthResponse>('/api/health')).link?.state, eventually)
      .toBe('offline');
    const { link } = await storeGet<HealthResponse>('/api/health');
    expect(Date.parse(link?.since ?? '')).toBeLessThanOrEqual(Date.now());
    expect(await storeTexts()).toEqual(['Livraison en retard, mais bien reçue.']);
    expect(await storePicture(`${pictures.origin}/red.png?avatar=r1`)).toBe('200 image/png');
    expect(await storeLogo('/brand/logo')).toBe('200 image/png');
    expect((await storeGet<{ perNetwork: unknown[] }>('/api/stats')).perNetwork).toBeDefined();
  });

  it('catches up when the hub is back (a new boot), nothing lost or duplicated', async () => {
    hub = await startHub();
    await expect
      .poll(async () => (await storeGet<HealthResponse>('/api/health')).link?.state, eventually)
      .toBe('online');
    await review(written('r3', 'Vendeur de bon conseil.', 3));
    await expect
      .poll(storeTexts, eventually)
      .toEqual(['Vendeur de bon conseil.', 'Livraison en retard, mais bien reçue.']);
  });

  it('resumes where it left off after its own restart (Last-Event-ID), with what changed meanwhile', async () => {
    await store?.stop();
    await review(written('r4', 'Magasin propre et calme.', 4));
    await review({ id: 'r2', deleted: true });
    store = await startStore();
    await expect.poll(storeTexts, eventually).toEqual(['Magasin propre et calme.', 'Vendeur de bon conseil.']);
  });
});
