// A hub behind its reverse proxy, reached by name (issue 18, docs/fleet.md "TLS"): the proxy passes the name
// IT gave (`--public-host hub.example.test`) as Host, and the settings page opened at https://hub.example.test
// sends it as Origin. The hub started with that name answers it like its own address: the screens' API, a
// store's pairing and a settings change (a pairing code created); any other name is still refused (DNS
// rebinding), and a hub started without the name refuses it as before.
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../src/main/logger.ts';
import { startWall, type RunningWall } from '../../../src/main/wall.ts';
import { startPostgresCluster, type PostgresCluster } from '../../support/postgres-cluster.ts';

const NAME = 'hub.example.test';
let cluster: PostgresCluster | undefined;
let dir = '';
const hubs: RunningWall[] = [];

beforeAll(async () => {
  cluster = await startPostgresCluster();
  dir = mkdtempSync(join(tmpdir(), 'social-wall-public-host-'));
}, 180_000);
afterAll(async () => {
  for (const hub of hubs) await hub.stop();
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
}, 120_000);

async function startHub(name: string, publicHosts?: string[]): Promise<RunningWall> {
  const hub = await startWall({
    dataDir: join(dir, name),
    logger: memoryLogger(),
    port: 0,
    rendererDir: join(dir, 'renderer'),
    hub: { database: cluster?.urlOf('postgres') ?? '', ...(publicHosts ? { publicHosts } : {}) },
  });
  hubs.push(hub);
  return hub;
}

/** A request as the proxy passes it on: over loopback, with the Host (and Origin) the browser or store PC sent. */
function viaProxy(
  hub: RunningWall,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<number> {
  const text = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: Number(new URL(hub.origin).port),
        method,
        path,
        headers: { ...headers, ...(text === undefined ? {} : { 'content-type': 'application/json' }) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

const tokens = (hub: RunningWall) => ({
  display: new URL(hub.panels[0]?.url ?? '').searchParams.get('token') ?? '',
  admin: new URL(hub.settingsUrl).searchParams.get('admin') ?? '',
});

describe('a hub reached by its public name through a reverse proxy', { timeout: 120_000 }, () => {
  it('answers the name given with --public-host, for screens, stores and settings changes', async () => {
    const hub = await startHub('named', [NAME]);
    const { display, admin } = tokens(hub);
    expect(await viaProxy(hub, 'GET', '/api/panels', { host: NAME, authorization: `Bearer ${display}` })).toBe(200);
    // IT on the settings page at https://hub.example.test creates a store's pairing code.
    const created = await viaProxy(
      hub,
      'POST',
      '/api/settings/fleet/pairing-codes',
      { host: NAME, origin: `https://${NAME}`, authorization: `Bearer ${admin}` },
      { storeName: 'Lyon' },
    );
    expect(created).toBe(201);
    // A store PC pairing by name reaches the route (its code is wrong here: 401, not the Host's 403).
    const pairing = await viaProxy(
      hub,
      'POST',
      '/api/fleet/pair',
      { host: NAME },
      { code: 'ABCD-EFGH', deviceName: 'pc' },
    );
    expect(pairing).toBe(401);
    // Any other name is still refused, and so is a page of another site.
    expect(
      await viaProxy(hub, 'GET', '/api/panels', { host: 'evil.example', authorization: `Bearer ${display}` }),
    ).toBe(403);
    const crossSite = await viaProxy(
      hub,
      'POST',
      '/api/settings/fleet/pairing-codes',
      { host: NAME, origin: 'https://evil.example', authorization: `Bearer ${admin}` },
      { storeName: 'Lyon' },
    );
    expect(crossSite).toBe(403);
  });

  it('refuses the name when it was not given (the hub answers only to its own address)', async () => {
    const hub = await startHub('unnamed');
    const { display, admin } = tokens(hub);
    expect(await viaProxy(hub, 'GET', '/api/panels', { host: NAME, authorization: `Bearer ${display}` })).toBe(403);
    const own = `127.0.0.1:${new URL(hub.origin).port}`;
    const fromNamedPage = await viaProxy(
      hub,
      'POST',
      '/api/settings/fleet/pairing-codes',
      { host: own, origin: `https://${NAME}`, authorization: `Bearer ${admin}` },
      { storeName: 'Lyon' },
    );
    expect(fromNamedPage).toBe(403);
  });
});
