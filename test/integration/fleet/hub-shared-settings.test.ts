// Two processes of one hub on one PostgreSQL database (docs/fleet.md, "A hub of several processes"): the second
// starts with the first one's settings (not its own config.json), a save made through one reaches the other
// live (its screens and stores told), and a store revoked or moved through one has its streams on the other
// closed too.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PanelsResponse } from '../../../src/shared/api-contract.ts';
import type { PairingCodeResponse, PairResponse } from '../../../src/shared/fleet-contract.ts';
import type { SettingsResponse } from '../../../src/shared/settings-contract.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { SECRET_KEY_FILE } from '../../../src/main/secrets/key-file-secret-store.ts';
import { startWall, type RunningWall } from '../../../src/main/wall.ts';
import { SseClient } from '../../support/http-client.ts';
import { startPostgresCluster, type PostgresCluster } from '../../support/postgres-cluster.ts';

let cluster: PostgresCluster | undefined;
let first: RunningWall | undefined;
let second: RunningWall | undefined;
let dir = '';

const adminOf = (wall: RunningWall | undefined) => ({
  authorization: `Bearer ${new URL(wall?.settingsUrl ?? 'http://x').searchParams.get('admin')}`,
  'x-social-wall': '1',
});
const displayOf = (wall: RunningWall | undefined) => ({
  authorization: `Bearer ${new URL(wall?.panels[0]?.url ?? 'http://x').searchParams.get('token')}`,
});
const portOf = (wall: RunningWall | undefined) => Number(new URL(wall?.origin ?? 'http://x:1').port);

function call(
  wall: RunningWall | undefined,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
) {
  return fetch(`${wall?.origin}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function read<T>(wall: RunningWall | undefined, path: string, headers: Record<string, string>): Promise<T> {
  const response = await call(wall, 'GET', path, headers);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

async function pairedStore(name: string): Promise<PairResponse> {
  const made = await call(first, 'POST', '/api/settings/fleet/pairing-codes', adminOf(first), {
    storeName: name,
    profileId: 'lyon',
  });
  const { code } = (await made.json()) as PairingCodeResponse;
  const paired = await call(first, 'POST', '/api/fleet/pair', {}, { code, deviceName: `pc-${name}` });
  return (await paired.json()) as PairResponse;
}

beforeAll(async () => {
  cluster = await startPostgresCluster();
  dir = mkdtempSync(join(tmpdir(), 'social-wall-hub-settings-'));
  const empty = join(dir, 'empty.jsonl');
  writeFileSync(empty, '');
  const common = {
    logger: memoryLogger(),
    port: 0,
    rendererDir: join(dir, 'renderer'),
    hub: { database: cluster.url },
  };
  first = await startWall({
    ...common,
    dataDir: join(dir, 'a'),
    config: {
      setup: 'finished',
      sources: [{ id: 'google-lyon', type: 'replay', options: { file: empty } }],
      panels: [{ id: 'siege', title: 'Siège', type: 'feed' }],
      storeProfiles: [{ id: 'lyon', name: 'Lyon', panels: [{ id: 'avis', title: 'Avis Lyon', type: 'feed' }] }],
    },
  });
  // The processes of a hub share the key that seals the settings' secrets (docs/fleet.md).
  mkdirSync(join(dir, 'b'), { recursive: true });
  copyFileSync(join(dir, 'a', SECRET_KEY_FILE), join(dir, 'b', SECRET_KEY_FILE));
  // Its own configuration (the embedded default) gives way to the hub's.
  second = await startWall({ ...common, dataDir: join(dir, 'b') });
}, 180_000);
afterAll(async () => {
  await second?.stop();
  await first?.stop();
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a hub of two processes', () => {
  it("the second process starts with the hub's settings, not its own", async () => {
    const panels = await read<PanelsResponse>(second, '/api/panels', displayOf(second));
    expect(panels.panels.map((p) => p.title)).toEqual(['Siège']);
    const settings = await read<SettingsResponse>(second, '/api/settings', adminOf(second));
    expect(settings.config.storeProfiles?.map((p) => p.id)).toEqual(['lyon']);
  });

  it('a save through one process reaches the other live, its stores included', async () => {
    const store = await pairedStore('part-dieu');
    const storeAuth = { authorization: `Bearer ${store.storeToken}` };
    const stream = await SseClient.open(portOf(second), '/api/events', storeAuth);
    const screen = await SseClient.open(portOf(second), '/api/events', displayOf(second));
    expect([stream.status, screen.status]).toEqual([200, 200]);

    const current = await read<SettingsResponse>(first, '/api/settings', adminOf(first));
    const edited = structuredClone(current.config);
    edited.panels = [{ ...edited.panels[0]!, title: 'Siège social' }];
    const lyon = edited.storeProfiles?.[0]?.panels[0];
    if (lyon) lyon.title = 'Vos avis, Lyon';
    expect((await call(first, 'PUT', '/api/settings', adminOf(first), edited)).status).toBe(200);

    await stream.waitFor((m) => m.some((e) => e.event === 'panels'), 15_000);
    await screen.waitFor((m) => m.some((e) => e.event === 'panels'), 15_000);
    const storePanels = await read<PanelsResponse>(second, '/api/panels', storeAuth);
    expect(storePanels.panels.map((p) => p.title)).toEqual(['Vos avis, Lyon']);
    const hubPanels = await read<PanelsResponse>(second, '/api/panels', displayOf(second));
    expect(hubPanels.panels.map((p) => p.title)).toEqual(['Siège social']);
    stream.end();
    screen.end();
  });

  it('a store revoked or moved through one process has its streams on the other closed', async () => {
    const revoked = await pairedStore('confluence');
    const moved = await pairedStore('bellecour');
    const revokedStream = await SseClient.open(portOf(second), '/api/events', {
      authorization: `Bearer ${revoked.storeToken}`,
    });
    const movedStream = await SseClient.open(portOf(second), '/api/events', {
      authorization: `Bearer ${moved.storeToken}`,
    });
    const revokedEnded = new Promise<void>((resolve) => revokedStream.onEnd(resolve));
    const movedEnded = new Promise<void>((resolve) => movedStream.onEnd(resolve));

    expect((await call(first, 'DELETE', `/api/settings/fleet/stores/${revoked.storeId}`, adminOf(first))).status).toBe(
      204,
    );
    await revokedEnded;
    expect(
      (
        await call(first, 'PUT', `/api/settings/fleet/stores/${moved.storeId}/profile`, adminOf(first), {
          profileId: null,
        })
      ).status,
    ).toBe(204);
    await movedEnded;
    const now = await read<PanelsResponse>(second, '/api/panels', { authorization: `Bearer ${moved.storeToken}` });
    expect(now.panels.map((p) => p.id)).toEqual(['siege']);
  });
});
