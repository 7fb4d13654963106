// A hub answers plain HTTP only to its own machine (where its reverse proxy runs): a request from another
// address is refused with what to do, unless the hub was started with --allow-plain-http.
import { mkdtempSync, rmSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAIN_HTTP_MESSAGE, isLoopbackAddress } from '../../../src/main/fleet/plain-http-guard.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { startWall } from '../../../src/main/wall.ts';
import { startPostgresCluster, type PostgresCluster } from '../../support/postgres-cluster.ts';

/** An address of this machine that is not loopback: a request to it comes from it, as from another machine. */
const lanAddress = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

let cluster: PostgresCluster | undefined;
let dir = '';
beforeAll(async () => {
  cluster = await startPostgresCluster();
  dir = mkdtempSync(join(tmpdir(), 'social-wall-plain-'));
}, 180_000);
afterAll(async () => {
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function answers(allowPlainHttp: boolean): Promise<{ loopback: number; lan: number; error?: string }> {
  const wall = await startWall({
    dataDir: join(dir, String(allowPlainHttp)),
    logger: memoryLogger(),
    host: '0.0.0.0',
    port: 0,
    hub: { database: cluster?.url ?? '', allowPlainHttp },
  });
  try {
    const port = new URL(wall.origin).port;
    const token = new URL(wall.panels[0]?.url ?? '').searchParams.get('token') ?? '';
    const get = (host: string) =>
      fetch(`http://${host}:${port}/api/panels`, { headers: { authorization: `Bearer ${token}` } });
    const loopback = await get('127.0.0.1');
    const lan = await get(lanAddress ?? '');
    const body = (await lan.json()) as { error?: string };
    return { loopback: loopback.status, lan: lan.status, ...(body.error ? { error: body.error } : {}) };
  } finally {
    await wall.stop();
  }
}

describe('a hub and plain HTTP', () => {
  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '127.8.9.1', '::1', '::ffff:127.0.0.1'].every(isLoopbackAddress)).toBe(true);
    expect(['10.0.0.2', '::ffff:192.168.1.9', 'fe80::1', '', undefined].some(isLoopbackAddress)).toBe(false);
  });

  // Skipped only on a machine with no network address besides loopback (nothing to come from).
  it.skipIf(lanAddress === undefined)(
    'refuses plain HTTP from another address, unless allowed',
    { timeout: 60_000 },
    async () => {
      expect(await answers(false)).toEqual({ loopback: 200, lan: 403, error: PLAIN_HTTP_MESSAGE });
      expect(await answers(true)).toEqual({ loopback: 200, lan: 200 });
    },
  );
});
