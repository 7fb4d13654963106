// A store PC whose link to the hub is cut for an hour (issue 18's fault test). The hub is a real process (the
// headless wall, its posts pushed through the company site's webhook); the store PC runs here with its real
// SQLite file and HTTP server, reaching the hub through a loopback reverse proxy whose link the test cuts. Its clock
// is moved by hand: an hour of retries (1 s doubling to 30 s) passes in a few real seconds, whatever the load.
// During the hour the hub gets new reviews, an edit and a delete; the store keeps showing its last posts and
// says 'hors ligne depuis 1 h'; once the link is back it catches up: the hub's posts, nothing missing, nothing twice.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../src/main/logger.ts';
import { followHub } from '../../../src/main/wall.ts';
import type { FollowingWall } from '../../../src/main/fleet/follower/follower-wall.ts';
import { createWallI18n } from '../../../src/renderer/i18n/wall-i18n.ts';
import { formatDuration } from '../../../src/renderer/time/format-duration.ts';
import type { HealthResponse, PostsResponse } from '../../../src/shared/api-contract.ts';
import { startWall, type RunningWall } from '../../e2e/support/start-wall.ts';
import { startHttpLink, type HttpLink } from '../../support/http-link.ts';
import { manualTimers, type ManualTimers } from '../../support/manual-timers.ts';

const HUB_TOKEN = 'hub-display-token-link-cut-0123456789';
const WEBHOOK_TOKEN = 'site-webhook-token-link-cut-012345678';
const MINUTE = 60_000;
/** The store's clock starts at the real time (the hub's posts are dated by the real clock). */
const START = Date.now();

let dir = '';
let hub: RunningWall | undefined;
let link: HttpLink | undefined;
let store: FollowingWall | undefined;
let clock: ManualTimers;

async function review(body: object): Promise<void> {
  const answer = await fetch(`${hub?.origin}/api/inbound/site`, {
    method: 'POST',
    headers: { authorization: `Bearer ${WEBHOOK_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(answer.status).toBe(202);
}
const written = (id: string, text: string, minute: number) => ({
  id,
  author: { name: `Client ${id}` },
  text,
  rating: 4,
  createdAt: new Date(START - 120 * MINUTE + minute * MINUTE).toISOString(),
});
/** The store PC's own display token (its panels' URLs carry it). */
let storeToken = '';

async function get<T>(origin: string | undefined, path: string): Promise<T> {
  const token = origin === hub?.origin ? HUB_TOKEN : storeToken;
  const answer = await fetch(`${origin}${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(answer.status).toBe(200);
  return (await answer.json()) as T;
}
const texts = async (origin: string | undefined) =>
  (await get<PostsResponse>(origin, '/api/panels/reviews/posts?limit=100')).posts.map((p) => p.text);
const storeLink = async () => (await get<HealthResponse>(store?.origin, '/api/health')).link;

/** Moves the store's clock by `ms`, a retry at a time: each try is real I/O, awaited before the next step. */
async function passTime(ms: number): Promise<void> {
  const end = clock.now() + ms;
  while (clock.now() < end) {
    clock.advance(Math.min(30_000, end - clock.now()));
    // The follower has tried (and failed) once the next retry waits on the clock again.
    await expect.poll(() => clock.pending > 0, { timeout: 60_000, interval: 20 }).toBe(true);
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'social-wall-link-cut-'));
  hub = await startWall({
    config: {
      server: { token: HUB_TOKEN },
      sources: [{ id: 'site', type: 'site-reviews', options: { webhookToken: WEBHOOK_TOKEN } }],
      panels: [{ id: 'reviews', title: 'Avis', type: 'feed', networks: ['site'] }],
    },
  });
  link = await startHttpLink([Number(new URL(hub.origin).port)]);
  clock = manualTimers(START);
}, 90_000);

afterAll(async () => {
  await store?.stop();
  await link?.close();
  await hub?.stop();
  await rm(dir, { recursive: true, force: true });
}, 60_000);

describe('a store PC whose link to the hub is cut for an hour', { timeout: 240_000 }, () => {
  it('keeps showing its last posts, says since when it is offline, then catches up with nothing missing', async () => {
    for (let i = 1; i <= 3; i++) await review(written(`before-${i}`, `Avis d’avant n°${i}.`, i));
    store = await followHub({
      dataDir: join(dir, 'store'),
      logger: memoryLogger(),
      port: 0,
      rendererDir: join(dir, 'renderer'),
      follow: { hub: link?.url ?? '', storeToken: HUB_TOKEN },
      timers: clock,
    });
    storeToken = new URL(store.panels[0]?.url ?? 'http://x').searchParams.get('token') ?? '';
    const before = ['Avis d’avant n°3.', 'Avis d’avant n°2.', 'Avis d’avant n°1.'];
    await expect.poll(() => texts(store?.origin), { timeout: 60_000 }).toEqual(before);
    expect((await storeLink())?.state).toBe('online');

    // The link goes down; the hub goes on (new reviews, an edit, a delete).
    const cutAt = clock.now();
    link?.cut(true);
    await expect.poll(async () => (await storeLink())?.state, { timeout: 60_000 }).toBe('offline');
    for (let step = 1; step <= 12; step++) {
      await review(written(`during-${step}`, `Avis pendant la coupure n°${step}.`, 10 + step));
      if (step === 4)
        await review({ ...written('before-2', 'Avis d’avant n°2, complété.', 2), updatedAt: new Date().toISOString() });
      if (step === 8) await review({ id: 'before-1', deleted: true });
      await passTime(5 * MINUTE);
      expect(await texts(store?.origin)).toEqual(before);
    }

    // An hour later the store still shows its last posts, and its header says since when it is offline.
    const offline = await storeLink();
    expect(offline?.state).toBe('offline');
    expect(Date.parse(offline?.since ?? '')).toBeLessThanOrEqual(cutAt);
    expect(clock.now() - cutAt).toBeGreaterThanOrEqual(60 * MINUTE);
    const { t } = createWallI18n('fr');
    const downSeconds = (clock.now() - Date.parse(offline?.since ?? '')) / 1000;
    expect(t('hubOffline', { duration: formatDuration(downSeconds, t) })).toBe('hors ligne depuis 1 h');

    // The link is back: at its next retry (30 s ± 20 % apart by now) the store catches up, nothing missing or twice.
    link?.cut(false);
    const retried = async () => (clock.advance(40_000), (await storeLink())?.state);
    await expect.poll(retried, { timeout: 60_000, interval: 500 }).toBe('online');
    const onHub = await texts(hub?.origin);
    expect(onHub).toHaveLength(14);
    expect(onHub).toContain('Avis d’avant n°2, complété.');
    expect(onHub).not.toContain('Avis d’avant n°1.');
    await expect.poll(() => texts(store?.origin), { timeout: 60_000 }).toEqual(onHub);
  });
});
