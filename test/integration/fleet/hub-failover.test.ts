// Two hub processes on one database: exactly one runs the connectors, both serve the screens, and a screen on
// the other one sees the posts as they are stored (LISTEN/NOTIFY between them); when the one running the
// connectors is killed (kill -9), the other takes them over within a minute and the wall goes on filling.
// Two store PCs, paired through the hub's one address (a reverse proxy in front of both processes), follow it
// all along: they reconnect to the surviving process and end with the hub's reviews, none lost or twice.
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET_KEY_FILE } from '../../../src/main/secrets/key-file-secret-store.ts';
import { createPgPool, type PgPool } from '../../../src/main/store/postgres/pg-pool.ts';
import type { HealthResponse, PostsResponse } from '../../../src/shared/api-contract.ts';
import type { PairingCodeResponse } from '../../../src/shared/fleet-contract.ts';
import { startHttpLink, type HttpLink } from '../../support/http-link.ts';
import { startPostgresCluster, type PostgresCluster } from '../../support/postgres-cluster.ts';
import { SseClient } from '../../support/http-client.ts';
import { eventually, spawnServe, type ServedWall } from '../../support/spawn-serve.ts';

const RUNS = 'this process runs the connectors';
const ADMIN_TOKEN = 'hub-admin-token-failover-0123456789abcd';
const WEBHOOK_TOKEN = 'site-webhook-token-failover-0123456789';
/**
 * Both processes read the same settings: the company site's reviews, pushed through its webhook (which only the
 * process running the connectors answers), so that what is stored, and when, is the test's (the demo's posts
 * follow a daily rhythm that leaves some night minutes without one).
 */
const CONFIG = {
  server: { adminToken: ADMIN_TOKEN },
  sources: [{ id: 'site', type: 'site-reviews', options: { webhookToken: WEBHOOK_TOKEN } }],
  panels: [{ id: 'reviews', title: 'Avis', type: 'feed', networks: ['site'], sources: [] }],
};

let cluster: PostgresCluster | undefined;
let dir = '';
let pool: PgPool | undefined;
beforeAll(async () => {
  cluster = await startPostgresCluster();
  dir = await mkdtemp(join(tmpdir(), 'social-wall-hubs-'));
  pool = createPgPool(cluster.url, 1);
  await writeFile(join(dir, 'hub.json'), JSON.stringify(CONFIG));
}, 180_000);
afterAll(async () => {
  await pool?.end();
  await cluster?.stop();
  await rm(dir, { recursive: true, force: true });
});

async function startHub(name: string): Promise<ServedWall> {
  // A hub's processes share the settings in the database, sealed with one key: the first process's (docs/fleet.md).
  if (name !== 'a') {
    await mkdir(join(dir, name), { recursive: true });
    await copyFile(join(dir, 'a', SECRET_KEY_FILE), join(dir, name, SECRET_KEY_FILE));
  }
  return spawnServe(
    ['--hub', '--config', join(dir, 'hub.json'), '--data-dir', join(dir, name), '--log-level', 'info'],
    {
      SOCIAL_WALL_DATABASE_URL: cluster?.url ?? '',
    },
  );
}

async function newestRow(): Promise<number> {
  const { rows } = await pool!.query<{ n: number | null }>('SELECT MAX(row_id) AS n FROM posts');
  return rows[0]?.n ?? 0;
}

/** Leases held in the database: the connections of 'social-wall lease' holding an advisory lock. */
async function leasesHeld(): Promise<number> {
  const { rows } = await pool!.query<{ n: number }>(
    `SELECT COUNT(*) AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
     WHERE l.locktype = 'advisory' AND l.granted AND a.application_name = 'social-wall lease'`,
  );
  return rows[0]?.n ?? 0;
}

async function postsServedBy(hub: ServedWall): Promise<number> {
  const response = await fetch(`${hub.origin}/api/panels/reviews/posts?limit=10`, {
    headers: { authorization: `Bearer ${hub.token}` },
  });
  return ((await response.json()) as { posts: unknown[] }).posts.length;
}

const eventuallyShown = { timeout: 120_000, interval: 250 };
const port = (wall: ServedWall): number => Number(new URL(wall.origin).port);

/** The company site's webhook sender: sends review n to a hub process again until it is accepted (202). */
async function review(hub: ServedWall, n: number): Promise<void> {
  const body = {
    id: `r${n}`,
    author: { name: `Client ${n}` },
    text: `Avis n°${n}.`,
    rating: 4,
    createdAt: new Date(Date.now() - (60 - n) * 60_000).toISOString(),
  };
  for (;;) {
    const status = await fetch(`${hub.origin}/api/inbound/site`, {
      method: 'POST',
      headers: { authorization: `Bearer ${WEBHOOK_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 202) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A store PC paired as IT does it: a code from the hub's settings, then `--follow <the hub's address> --pair`. */
async function pairStore(hub: ServedWall, link: HttpLink, name: string): Promise<ServedWall> {
  const answer = await fetch(`${hub.origin}/api/settings/fleet/pairing-codes`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'x-social-wall': '1', 'content-type': 'application/json' },
    body: JSON.stringify({ storeName: name }),
  });
  const { code } = (await answer.json()) as PairingCodeResponse;
  return spawnServe(['--follow', link.url, '--pair', code, '--data-dir', join(dir, name), '--log-level', 'warn']);
}

async function storeGet<T>(store: ServedWall, path: string): Promise<T> {
  const answer = await fetch(`${store.origin}${path}`, { headers: { authorization: `Bearer ${store.token}` } });
  return (await answer.json()) as T;
}
const storeTexts = async (store: ServedWall) =>
  (await storeGet<PostsResponse>(store, '/api/panels/reviews/posts?limit=50')).posts.map((p) => p.text);

describe('two hub processes on one database', () => {
  it(
    'one runs the connectors, the other’s screens see its posts; killed, the other takes over',
    { timeout: 480_000 },
    async () => {
      const a = await startHub('a');
      const b = await startHub('b');
      let link: HttpLink | undefined;
      const stores: ServedWall[] = [];
      try {
        // The first one up holds the lease; the second only serves (the posts it shows come from PostgreSQL).
        expect(await eventually(async () => (a.output().includes(RUNS) ? true : undefined), 60_000), a.output()).toBe(
          true,
        );
        expect(b.output()).not.toContain(RUNS);
        expect(await leasesHeld()).toBe(1);

        // A screen on b: the posts a stores from now on reach it (b fetches nothing itself).
        const screen = await SseClient.open(port(b), '/api/events?panel=reviews', {
          authorization: `Bearer ${b.token}`,
        });
        try {
          await review(a, 1);
          const messages = await screen.waitFor((m) => m.some((e) => e.event === 'post'), 60_000);
          const first = messages.find((e) => e.event === 'post');
          const key = (JSON.parse(first?.data ?? '{}') as { post?: { key?: string } }).post?.key;
          const { rows } = await pool!.query('SELECT 1 FROM posts WHERE key = $1', [key]);
          expect(rows).toHaveLength(1);
        } finally {
          screen.end();
        }
        expect(await postsServedBy(b)).toBe(1);
        expect(b.output()).not.toContain(RUNS);

        // Two store PCs follow the hub's one address; the site's first reviews reach them.
        link = await startHttpLink([port(a), port(b)]);
        for (const name of ['lyon', 'lille']) stores.push(await pairStore(a, link, name));
        for (let n = 2; n <= 3; n++) await review(a, n);
        for (const store of stores)
          await expect.poll(() => storeTexts(store), eventuallyShown).toEqual(['Avis n°3.', 'Avis n°2.', 'Avis n°1.']);

        a.child.kill('SIGKILL');
        const before = await newestRow();
        // Its connection gone, PostgreSQL frees the lock; the other asks every 15 s.
        expect(await eventually(async () => (b.output().includes(RUNS) ? true : undefined), 60_000), b.output()).toBe(
          true,
        );
        expect(await leasesHeld()).toBe(1);
        // It answers the site's webhook now (only the process running the connectors does), and stores again.
        for (let n = 4; n <= 6; n++) await review(b, n);
        expect(await newestRow()).toBeGreaterThan(before);

        // The stores reconnected to b (the address's other process) and got what it stored: nothing lost or twice.
        const all = ['Avis n°6.', 'Avis n°5.', 'Avis n°4.', 'Avis n°3.', 'Avis n°2.', 'Avis n°1.'];
        for (const store of stores) {
          await expect.poll(() => storeTexts(store), eventuallyShown).toEqual(all);
          expect((await storeGet<HealthResponse>(store, '/api/health')).link?.state).toBe('online');
        }
        const { rows } = await pool!.query<{ n: number; keys: number }>(
          `SELECT COUNT(*)::int AS n, COUNT(DISTINCT key)::int AS keys FROM posts WHERE source_id = 'site'`,
        );
        expect(rows[0]).toEqual({ n: 6, keys: 6 });
      } finally {
        await Promise.all([...stores.map((s) => s.stop()), a.stop(), b.stop()]);
        await link?.close();
      }
    },
  );
});
