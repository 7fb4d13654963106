// Store profiles on a real hub (PostgreSQL, real HTTP, docs/fleet.md "Store profiles"): two stores of two profiles
// each read only their own profile's panels, posts, sources' health and live events (resumed with Last-Event-ID
// too), never the other's; a profile edited on the hub reaches its stores live; a store moved to another profile
// reads as that one at once; a bad profile is refused with a message on its field.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PanelsResponse, PostsResponse } from '../../../src/shared/api-contract.ts';
import type { PairingCodeResponse, PairResponse } from '../../../src/shared/fleet-contract.ts';
import type { SettingsResponse } from '../../../src/shared/settings-contract.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { startWall, type RunningWall } from '../../../src/main/wall.ts';
import { SseClient } from '../../support/http-client.ts';
import { startPostgresCluster, type PostgresCluster } from '../../support/postgres-cluster.ts';
import { makePost } from '../store/post-factory.ts';

let cluster: PostgresCluster | undefined;
let wall: RunningWall | undefined;
let dir = '';
let admin: Record<string, string> = {};
const stores: Record<'lyon' | 'paris', { token: string; id: string; headers: Record<string, string> }> = {
  lyon: { token: '', id: '', headers: {} },
  paris: { token: '', id: '', headers: {} },
};

function profile(id: string, city: string) {
  return {
    id,
    name: `Magasin de ${city}`,
    panels: [
      { id: 'avis', title: `Avis ${city}`, type: 'feed', sources: [`google-${id}`] },
      { id: 'marque', title: 'La marque', type: 'feed', sources: ['brand'] },
      { id: 'chiffres', title: 'Statistiques', type: 'stats' },
    ],
  };
}

beforeAll(async () => {
  cluster = await startPostgresCluster();
  dir = mkdtempSync(join(tmpdir(), 'social-wall-profiles-'));
  const empty = join(dir, 'empty.jsonl');
  writeFileSync(empty, '');
  const replay = (id: string) => ({ id, type: 'replay', options: { file: empty } });
  wall = await startWall({
    dataDir: dir,
    logger: memoryLogger(),
    port: 0,
    rendererDir: join(dir, 'renderer'),
    hub: { database: cluster.url },
    config: {
      setup: 'finished',
      sources: [replay('google-lyon'), replay('google-paris'), replay('brand')],
      panels: [{ id: '1', title: 'Siège', type: 'feed' }],
      storeProfiles: [
        { ...profile('lyon', 'Lyon'), language: 'en', brand: { name: 'Nova Lyon' } },
        profile('paris', 'Paris'),
      ],
    },
  });
  admin = { authorization: `Bearer ${new URL(wall.settingsUrl).searchParams.get('admin')}`, 'x-social-wall': '1' };
  for (const name of ['lyon', 'paris'] as const) {
    const made = await call('POST', '/api/settings/fleet/pairing-codes', admin, { storeName: name, profileId: name });
    expect(made.status).toBe(201);
    const { code } = (await made.json()) as PairingCodeResponse;
    const paired = await call('POST', '/api/fleet/pair', {}, { code, deviceName: `pc-${name}` });
    const body = (await paired.json()) as PairResponse;
    expect(body.profileId).toBe(name);
    stores[name] = {
      token: body.storeToken,
      id: body.storeId,
      headers: { authorization: `Bearer ${body.storeToken}` },
    };
  }
}, 180_000);
afterAll(async () => {
  await wall?.stop();
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function call(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<Response> {
  return fetch(`${wall?.origin}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function read<T>(path: string, headers: Record<string, string>): Promise<T> {
  const response = await call('GET', path, headers);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

const port = () => Number(new URL(wall?.origin ?? '').port);
const keysIn = (client: SseClient) =>
  client.messages
    .filter((m) => m.event === 'post')
    .map((m) => (JSON.parse(m.data) as { post: { key: string } }).post.key);
const review = (city: string, id: string) =>
  makePost({ id, network: 'google', kind: 'review', sourceId: `google-${city}`, createdAt: new Date().toISOString() });

describe('store profiles on a hub', () => {
  it('each store reads only its own profile: panels, brand, language, posts, health', async () => {
    await wall?.engine.pipeline.store([
      review('lyon', 'lyon-1'),
      review('paris', 'paris-1'),
      makePost({ id: 'brand-1', network: 'x', sourceId: 'brand', createdAt: new Date().toISOString() }),
    ]);
    const lyon = await read<PanelsResponse>('/api/panels', stores.lyon.headers);
    expect(lyon.panels.map((p) => [p.id, p.title])).toEqual([
      ['avis', 'Avis Lyon'],
      ['marque', 'La marque'],
      ['chiffres', 'Statistiques'],
    ]);
    expect(lyon.brand.name).toBe('Nova Lyon');
    expect(lyon.language).toBe('en');
    const paris = await read<PanelsResponse>('/api/panels', stores.paris.headers);
    expect(paris.panels[0]?.title).toBe('Avis Paris');
    expect(paris.language).toBe('fr');

    const lyonReviews = await read<PostsResponse>('/api/panels/avis/posts', stores.lyon.headers);
    expect(lyonReviews.posts.map((p) => p.key)).toEqual(['google:lyon-1']);
    const parisReviews = await read<PostsResponse>('/api/panels/avis/posts', stores.paris.headers);
    expect(parisReviews.posts.map((p) => p.key)).toEqual(['google:paris-1']);
    const brandFeed = await read<PostsResponse>('/api/panels/marque/posts', stores.paris.headers);
    expect(brandFeed.posts.map((p) => p.key)).toEqual(['x:brand-1']);
    // The hub's own panel is not the store's: as if it did not exist.
    expect((await call('GET', '/api/panels/1/posts', stores.lyon.headers)).status).toBe(404);
    expect((await call('GET', '/api/events?panel=1', stores.lyon.headers)).status).toBe(404);
    // The hub's display token still sees the hub's own panels.
    const display = { authorization: `Bearer ${new URL(wall?.panels[0]?.url ?? '').searchParams.get('token')}` };
    expect((await read<PanelsResponse>('/api/panels', display)).panels.map((p) => p.id)).toEqual(['1']);
    // The sources' health: only the sources its panels show.
    await expect.poll(async () => (await read<{ sources: unknown[] }>('/api/health', display)).sources.length).toBe(3);
    const health = await read<{ sources: { sourceId: string }[] }>('/api/health', stores.lyon.headers);
    expect(health.sources.map((s) => s.sourceId).sort()).toEqual(['brand', 'google-lyon']);
  });

  it("a store's event stream carries only its profile's posts, live and resumed with Last-Event-ID", async () => {
    const lyon = await SseClient.open(port(), '/api/events', stores.lyon.headers);
    const parisPanel = await SseClient.open(port(), '/api/events?panel=avis', stores.paris.headers);
    expect([lyon.status, parisPanel.status]).toEqual([200, 200]);
    await wall?.engine.pipeline.store([review('paris', 'paris-2'), review('lyon', 'lyon-2')]);
    await lyon.waitFor(() => keysIn(lyon).includes('google:lyon-2'));
    await parisPanel.waitFor(() => keysIn(parisPanel).includes('google:paris-2'));
    expect(keysIn(lyon)).toEqual(['google:lyon-2']);
    expect(keysIn(parisPanel)).toEqual(['google:paris-2']);

    const lastId = lyon.messages.at(-1)?.id ?? '';
    lyon.end();
    await wall?.engine.pipeline.store([
      review('paris', 'paris-3'),
      review('lyon', 'lyon-3'),
      makePost({ id: 'brand-2', network: 'x', sourceId: 'brand', createdAt: new Date().toISOString() }),
    ]);
    const resumed = await SseClient.open(port(), '/api/events', { ...stores.lyon.headers, 'last-event-id': lastId });
    await resumed.waitFor(() => keysIn(resumed).includes('x:brand-2'));
    expect(keysIn(resumed)).toEqual(['google:lyon-3', 'x:brand-2']);
    resumed.end();
    parisPanel.end();
  });

  it('a profile edited on the hub reaches its stores live; a bad profile is refused on its field', async () => {
    const lyon = await SseClient.open(port(), '/api/events', stores.lyon.headers);
    const current = await read<SettingsResponse>('/api/settings', admin);
    const edited = structuredClone(current.config);
    const profiles = edited.storeProfiles ?? [];
    if (profiles[0]?.panels[0]) profiles[0].panels[0].title = 'Vos avis, Lyon';
    expect((await call('PUT', '/api/settings', admin, edited)).status).toBe(200);
    await lyon.waitFor((messages) => messages.some((m) => m.event === 'panels'));
    const panels = await read<PanelsResponse>('/api/panels', stores.lyon.headers);
    expect(panels.panels[0]?.title).toBe('Vos avis, Lyon');
    lyon.end();

    const bad = structuredClone(edited);
    if (bad.storeProfiles?.[1]) bad.storeProfiles[1].panels = [];
    const refused = await call('PUT', '/api/settings', admin, bad);
    expect(refused.status).toBe(422);
    expect(await refused.json()).toEqual({
      errors: [{ field: 'storeProfiles[1].panels', message: 'un profil montre au moins un panneau' }],
    });
  });

  it('a store moved to another profile reads as that one at once; unknown profiles are refused', async () => {
    const lyon = await SseClient.open(port(), '/api/events', stores.lyon.headers);
    const ended = new Promise<void>((resolve) => lyon.onEnd(resolve));
    const move = (profileId: string | null, id = stores.lyon.id) =>
      call('PUT', `/api/settings/fleet/stores/${id}/profile`, admin, { profileId });
    expect((await move('nowhere')).status).toBe(404);
    expect((await move('paris', 'no-such-store')).status).toBe(404);
    expect(
      (await call('POST', '/api/settings/fleet/pairing-codes', admin, { storeName: 'x', profileId: 'nowhere' })).status,
    ).toBe(404);
    expect((await move('paris')).status).toBe(204);
    await ended;
    const reviews = await read<PostsResponse>('/api/panels/avis/posts', stores.lyon.headers);
    expect(reviews.posts.map((p) => p.key)).toContain('google:paris-1');
    expect(reviews.posts.map((p) => p.key)).not.toContain('google:lyon-1');
    const listed = await read<{ stores: { id: string; profileId: string | null }[] }>(
      '/api/settings/fleet/stores',
      admin,
    );
    expect(listed.stores.find((s) => s.id === stores.lyon.id)?.profileId).toBe('paris');
    // Without a profile: the hub's own panels.
    expect((await move(null)).status).toBe(204);
    const own = await read<PanelsResponse>('/api/panels', stores.lyon.headers);
    expect(own.panels.map((p) => p.id)).toEqual(['1']);
  });
});
