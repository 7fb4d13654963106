// PostgreSQL restarted under a hub's load (issue 18's fault test): a real hub process on a throwaway cluster,
// the company site pushing reviews through its webhook all along (sending again what is not accepted, as a
// webhook sender does), a screen and a store PC attached. The database stops (fast shutdown) and starts again:
// the hub reconnects by itself (its pool, its listening connection, the connector lease), tells its screens to
// reload (`reset`), and nothing is lost or stored twice: every review the hub accepted (202) is in PostgreSQL,
// the store PC ends with the hub's posts.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgPool, type PgPool } from '../../../src/main/store/postgres/pg-pool.ts';
import type { PostsResponse } from '../../../src/shared/api-contract.ts';
import { SseClient } from '../../support/http-client.ts';
import { startPostgresCluster, type PostgresCluster } from '../../support/postgres-cluster.ts';
import { spawnServe, type ServedWall } from '../../support/spawn-serve.ts';

const HUB_TOKEN = 'hub-display-token-pg-restart-0123456789';
const WEBHOOK_TOKEN = 'site-webhook-token-pg-restart-01234567';
const RUNS = 'this process runs the connectors';
const eventually = { timeout: 120_000, interval: 250 };

let cluster: PostgresCluster | undefined;
let dir = '';
let hub: ServedWall | undefined;
let store: ServedWall | undefined;

beforeAll(async () => {
  cluster = await startPostgresCluster();
  dir = await mkdtemp(join(tmpdir(), 'social-wall-pg-restart-'));
  const config = join(dir, 'hub.json');
  await writeFile(
    config,
    JSON.stringify({
      server: { token: HUB_TOKEN },
      sources: [{ id: 'site', type: 'site-reviews', options: { webhookToken: WEBHOOK_TOKEN } }],
      panels: [{ id: 'reviews', title: 'Avis', type: 'feed', networks: ['site'] }],
    }),
  );
  hub = await spawnServe(['--hub', '--config', config, '--data-dir', join(dir, 'hub'), '--log-level', 'info'], {
    SOCIAL_WALL_DATABASE_URL: cluster.url,
  });
  store = await spawnServe(['--follow', hub.origin, '--data-dir', join(dir, 'store'), '--log-level', 'warn'], {
    SOCIAL_WALL_STORE_TOKEN: HUB_TOKEN,
  });
}, 180_000);

afterAll(async () => {
  await store?.stop();
  await hub?.stop();
  await cluster?.stop();
  await rm(dir, { recursive: true, force: true });
}, 120_000);

/** The site's webhook sender: sends review n until the hub accepts it (202), waiting a little between tries. */
async function send(n: number): Promise<void> {
  const body = {
    id: `r${n}`,
    author: { name: `Client ${n}` },
    text: `Avis n°${n}.`,
    rating: 4,
    createdAt: new Date(Date.now() - 60_000).toISOString(),
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    const status = await fetch(`${hub?.origin}/api/inbound/site`, {
      method: 'POST',
      headers: { authorization: `Bearer ${WEBHOOK_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 202) return;
    if (Date.now() > deadline)
      throw new Error(`review ${n} not accepted in 2 minutes (last answer ${status}):\n${hub?.output().slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function texts(wall: ServedWall | undefined): Promise<string[]> {
  const answer = await fetch(`${wall?.origin}/api/panels/reviews/posts?limit=200`, {
    headers: { authorization: `Bearer ${wall?.token}` },
  });
  return answer.ok ? ((await answer.json()) as PostsResponse).posts.map((p) => p.text) : [];
}

describe('PostgreSQL restarted under a hub’s load', { timeout: 300_000 }, () => {
  it('the hub reconnects, its screens reload, nothing is lost or twice', async () => {
    expect(await pollFor(() => hub?.output().includes(RUNS) ?? false)).toBe(true);
    const screen = await SseClient.open(Number(new URL(hub?.origin ?? '').port), '/api/events?panel=reviews', {
      authorization: `Bearer ${HUB_TOKEN}`,
    });
    let pool: PgPool | undefined;
    try {
      // The load: reviews one after another, from before the restart to after it.
      let sent = 0;
      let sending = true;
      const load = (async () => {
        while (sending) await send(++sent);
      })();
      await pollFor(() => sent >= 20);
      await cluster?.restart();
      const afterRestart = sent;
      await pollFor(() => sent >= afterRestart + 20);
      sending = false;
      await load;

      // The hub listens again and tells its screens to reload what they missed.
      await screen.waitFor((m) => m.some((e) => e.event === 'reset'), 120_000);
      expect(await pollFor(() => hub?.output().includes('listening to the other processes again') ?? false)).toBe(true);
      // Its lease's connection died with the server: it asked again and runs the connectors again.
      expect(await pollFor(() => (hub?.output().split(RUNS).length ?? 0) - 1 >= 2)).toBe(true);
      pool = createPgPool(cluster?.url ?? '', 1);
      const { rows } = await pool.query<{ n: number; distinct_keys: number }>(
        `SELECT COUNT(*)::int AS n, COUNT(DISTINCT key)::int AS distinct_keys FROM posts WHERE source_id = 'site'`,
      );
      expect(rows[0]).toEqual({ n: sent, distinct_keys: sent });
      const all = Array.from({ length: sent }, (_, i) => `Avis n°${sent - i}.`);
      await expect.poll(() => texts(hub), eventually).toEqual(all);
      await expect.poll(() => texts(store), eventually).toEqual(all);
    } finally {
      screen.end();
      await pool?.end();
    }
  });
});

async function pollFor(condition: () => boolean, withinMs = 120_000): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}
