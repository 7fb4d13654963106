// A store PC paired with a real hub (PostgreSQL, real HTTP) as IT does it: a one-time code made on the hub's
// settings, `--follow URL --pair CODE` once, the store token kept sealed (never in clear on disk); a restart
// without the code follows with the kept pairing; once IT revokes the store, it stops trying and says so, and
// keeps showing what it has. Settings changed on the hub reach the store live.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_PAIRING_FILE } from '../../../src/main/fleet/follower/store-pairing.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { startWall, type RunningWall } from '../../../src/main/wall.ts';
import type { HealthResponse, PanelsResponse, PostsResponse } from '../../../src/shared/api-contract.ts';
import type { SettingsResponse } from '../../../src/shared/settings-contract.ts';
import type { FleetStoresResponse, PairingCodeResponse } from '../../../src/shared/fleet-contract.ts';
import { startPostgresCluster, type PostgresCluster } from '../../support/postgres-cluster.ts';
import { spawnServe, type ServedWall } from '../../support/spawn-serve.ts';

const WEBHOOK_TOKEN = 'site-webhook-token-pairing-0123456789';
let cluster: PostgresCluster | undefined;
let hub: RunningWall | undefined;
let store: ServedWall | undefined;
let dir = '';
let admin: Record<string, string> = {};

beforeAll(async () => {
  cluster = await startPostgresCluster();
  dir = mkdtempSync(join(tmpdir(), 'social-wall-follower-pairing-'));
  hub = await startWall({
    dataDir: join(dir, 'hub'),
    logger: memoryLogger(),
    port: 0,
    rendererDir: join(dir, 'renderer'),
    hub: { database: cluster.url },
    config: {
      sources: [{ id: 'site', type: 'site-reviews', options: { webhookToken: WEBHOOK_TOKEN } }],
      panels: [{ id: 'avis', title: 'Avis', type: 'feed', networks: ['site'] }],
    },
  });
  admin = { authorization: `Bearer ${new URL(hub.settingsUrl).searchParams.get('admin')}`, 'x-social-wall': '1' };
}, 180_000);
afterAll(async () => {
  await store?.stop();
  await hub?.stop();
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

async function onHub(method: string, path: string, headers: Record<string, string>, body?: unknown) {
  return fetch(`${hub?.origin}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function review(id: string, text: string): Promise<void> {
  const body = { id, author: { name: `Client ${id}` }, text, rating: 5, createdAt: new Date().toISOString() };
  expect((await onHub('POST', '/api/inbound/site', { authorization: `Bearer ${WEBHOOK_TOKEN}` }, body)).status).toBe(
    202,
  );
}

async function storeGet<T>(path: string): Promise<T> {
  const answer = await fetch(`${store?.origin}${path}`, { headers: { authorization: `Bearer ${store?.token}` } });
  return (await answer.json()) as T;
}
const storeTexts = async () => (await storeGet<PostsResponse>('/api/panels/avis/posts')).posts.map((p) => p.text);
const storeDir = () => join(dir, 'store');
const follow = (extra: string[] = []) =>
  spawnServe(['--follow', hub?.origin ?? '', '--data-dir', storeDir(), '--log-level', 'warn', ...extra]);
const eventually = { timeout: 60_000, interval: 200 };

describe('a store PC paired with its hub', { timeout: 120_000 }, () => {
  it('pairs once with a code, keeps its token sealed, and follows', async () => {
    const code = (await (
      await onHub('POST', '/api/settings/fleet/pairing-codes', admin, { storeName: 'Lyon' })
    ).json()) as PairingCodeResponse;
    await review('r1', 'Accueil parfait à Lyon.');
    store = await follow(['--pair', code.code]);
    await expect.poll(storeTexts, eventually).toEqual(['Accueil parfait à Lyon.']);
    const kept = readFileSync(join(storeDir(), STORE_PAIRING_FILE), 'utf8');
    expect(kept).not.toMatch(/sws_/);
    const { stores } = (await (await onHub('GET', '/api/settings/fleet/stores', admin)).json()) as FleetStoresResponse;
    expect(stores).toHaveLength(1);
    expect(stores[0]?.version).toBe('0.1.0');
  });

  it('follows again after a restart without the code (the kept pairing)', async () => {
    await store?.stop();
    await review('r2', 'Retrait rapide.');
    store = await follow();
    await expect.poll(storeTexts, eventually).toEqual(['Retrait rapide.', 'Accueil parfait à Lyon.']);
  });

  it('takes the hub’s settings live: a panel renamed on the hub is renamed on the store', async () => {
    const current = (await (await onHub('GET', '/api/settings', admin)).json()) as SettingsResponse;
    const config = { ...current.config, panels: current.config.panels.map((p) => ({ ...p, title: 'Avis de Lyon' })) };
    expect((await onHub('PUT', '/api/settings', admin, config)).status).toBe(200);
    const title = async () => (await storeGet<PanelsResponse>('/api/panels')).panels[0]?.title;
    await expect.poll(title, eventually).toBe('Avis de Lyon');
  });

  it('once revoked, says so and keeps showing what it has', async () => {
    const { stores } = (await (await onHub('GET', '/api/settings/fleet/stores', admin)).json()) as FleetStoresResponse;
    expect((await onHub('DELETE', `/api/settings/fleet/stores/${stores[0]?.id}`, admin)).status).toBe(204);
    await expect
      .poll(async () => (await storeGet<HealthResponse>('/api/health')).link?.state, eventually)
      .toBe('revoked');
    expect(await storeTexts()).toEqual(['Retrait rapide.', 'Accueil parfait à Lyon.']);
  });
});
