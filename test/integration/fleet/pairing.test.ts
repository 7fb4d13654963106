// Pairing a store with the hub, as docs/fleet.md's contract says, on a real hub (PostgreSQL, real HTTP): IT makes
// a one-time code, the store PC trades it for its own token, reads the wall with it (its version and contact
// noted), and once revoked is refused at its next request, its open stream closed. Codes expire and are
// rate-limited; only hashes are stored.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BAD_CODE_MESSAGE,
  REVOKED_MESSAGE,
  type FleetStoresResponse,
  type PairingCodeResponse,
  type PairResponse,
} from '../../../src/shared/fleet-contract.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { createPgPool } from '../../../src/main/store/postgres/pg-pool.ts';
import { startWall, type RunningWall } from '../../../src/main/wall.ts';
import { SseClient } from '../../support/http-client.ts';
import { startPostgresCluster, type PostgresCluster } from '../../support/postgres-cluster.ts';

let cluster: PostgresCluster | undefined;
let wall: RunningWall | undefined;
let dir = '';
let clock = Date.parse('2026-12-07T23:00:00Z');
let admin: Record<string, string> = {};

beforeAll(async () => {
  cluster = await startPostgresCluster();
  dir = mkdtempSync(join(tmpdir(), 'social-wall-pairing-'));
  wall = await startWall({
    dataDir: dir,
    logger: memoryLogger(),
    port: 0,
    rendererDir: join(dir, 'renderer'),
    hub: { database: cluster.url },
    now: () => clock,
  });
  admin = { authorization: `Bearer ${new URL(wall.settingsUrl).searchParams.get('admin')}`, 'x-social-wall': '1' };
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

async function newCode(storeName: string): Promise<PairingCodeResponse> {
  const response = await call('POST', '/api/settings/fleet/pairing-codes', admin, { storeName });
  expect(response.status).toBe(201);
  return (await response.json()) as PairingCodeResponse;
}

function pair(code: string, deviceName = 'pc-caisse-1'): Promise<Response> {
  return call('POST', '/api/fleet/pair', {}, { code, deviceName });
}

describe('pairing a store with the hub', () => {
  it('a code, used once, gives a token that reads the wall; revoked, it is refused and its stream closed', async () => {
    const made = await newCode('Lyon Part-Dieu');
    expect(made.code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(Date.parse(made.expiresAt) - clock).toBe(10 * 60_000);

    // Typed by hand: any case, no dash.
    const paired = await pair(` ${made.code.toLowerCase().replace('-', '')} `);
    expect(paired.status).toBe(200);
    const { storeToken, storeId, profileId } = (await paired.json()) as PairResponse;
    expect(storeToken).toMatch(/^sws_[A-Za-z0-9_-]{43}$/);
    expect(profileId).toBeNull();
    const again = await pair(made.code);
    expect(again.status).toBe(401);
    expect(await again.json()).toEqual({ error: BAD_CODE_MESSAGE });

    const store = { authorization: `Bearer ${storeToken}`, 'x-social-wall-version': '1.4.2' };
    for (const path of ['/api/panels', '/api/panels/1/posts', '/api/stats', '/api/health'])
      expect((await call('GET', path, store)).status, path).toBe(200);
    expect((await call('GET', '/api/settings', store)).status).toBe(401);
    expect((await call('GET', '/api/settings/fleet/stores', store)).status).toBe(401);
    expect((await call('POST', '/api/panels', store, {})).status).toBe(403);

    const listed = (await (await call('GET', '/api/settings/fleet/stores', admin)).json()) as FleetStoresResponse;
    expect(listed.stores).toEqual([
      {
        id: storeId,
        name: 'Lyon Part-Dieu',
        deviceName: 'pc-caisse-1',
        profileId: null,
        pairedAt: new Date(clock).toISOString(),
        lastContactAt: new Date(clock).toISOString(),
        version: '1.4.2',
        update: null,
      },
    ]);

    // Only hashes in the database.
    const pool = createPgPool(cluster?.url ?? '', 1);
    const { rows } = await pool.query<{ token_hash: string }>('SELECT token_hash FROM fleet_stores');
    const codes = await pool.query<{ code_hash: string }>('SELECT code_hash FROM fleet_pairing_codes');
    await pool.end();
    expect(rows.map((r) => r.token_hash)).not.toContain(storeToken);
    expect(JSON.stringify([rows, codes.rows])).not.toMatch(new RegExp(`${made.code.replace('-', '')}|${storeToken}`));

    const port = Number(new URL(wall?.origin ?? '').port);
    const stream = await SseClient.open(port, '/api/events?panel=1', { authorization: `Bearer ${storeToken}` });
    expect(stream.status).toBe(200);
    const ended = new Promise<void>((resolve) => stream.onEnd(resolve));
    expect((await call('DELETE', `/api/settings/fleet/stores/${storeId}`, admin)).status).toBe(204);
    await ended;
    const refused = await call('GET', '/api/panels', store);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ error: REVOKED_MESSAGE });
    expect((await call('DELETE', `/api/settings/fleet/stores/${storeId}`, admin)).status).toBe(404);
  });

  it('a code expires after 10 minutes; a name is required', async () => {
    const made = await newCode('Nantes');
    clock += 10 * 60_000;
    expect((await pair(made.code)).status).toBe(401);
    const unnamed = await call('POST', '/api/settings/fleet/pairing-codes', admin, { storeName: '  ' });
    expect(unnamed.status).toBe(400);
    const anonymous = { 'x-social-wall': '1' };
    expect((await call('POST', '/api/settings/fleet/pairing-codes', anonymous, { storeName: 'x' })).status).toBe(401);
  });

  it('guessing is slowed: past 10 tries a minute, 429 with Retry-After', async () => {
    clock += 60_000;
    const answers: number[] = [];
    for (let i = 0; i < 12; i++) answers.push((await pair('AAAA-AAAA')).status);
    expect(answers.slice(0, 10).every((s) => s === 401)).toBe(true);
    const limited = await pair('AAAA-AAAA');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await call('POST', '/api/fleet/pair', {}, { code: 'x' })).status).toBe(429);
  });
});
