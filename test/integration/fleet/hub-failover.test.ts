// Two hub processes on one database: exactly one runs the connectors, both serve the screens, and a screen on
// the other one sees the posts as they are stored (LISTEN/NOTIFY between them); when the one running the
// connectors is killed (kill -9), the other takes them over within a minute and the wall goes on filling.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgPool, type PgPool } from '../../../src/main/store/postgres/pg-pool.ts';
import { startPostgresCluster, type PostgresCluster } from '../../support/postgres-cluster.ts';
import { SseClient } from '../../support/http-client.ts';
import { eventually, spawnServe, type ServedWall } from '../../support/spawn-serve.ts';

const RUNS = 'this process runs the connectors';

let cluster: PostgresCluster | undefined;
let dir = '';
let pool: PgPool | undefined;
beforeAll(async () => {
  cluster = await startPostgresCluster();
  dir = await mkdtemp(join(tmpdir(), 'social-wall-hubs-'));
  pool = createPgPool(cluster.url, 1);
}, 180_000);
afterAll(async () => {
  await pool?.end();
  await cluster?.stop();
  await rm(dir, { recursive: true, force: true });
});

function startHub(name: string): Promise<ServedWall> {
  return spawnServe(['--hub', '--data-dir', join(dir, name), '--log-level', 'info'], {
    SOCIAL_WALL_DATABASE_URL: cluster?.url ?? '',
  });
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
  const response = await fetch(`${hub.origin}/api/panels/1/posts?limit=10`, {
    headers: { authorization: `Bearer ${hub.token}` },
  });
  return ((await response.json()) as { posts: unknown[] }).posts.length;
}

describe('two hub processes on one database', () => {
  it(
    'one runs the connectors, the other’s screens see its posts; killed, the other takes over',
    { timeout: 240_000 },
    async () => {
      const a = await startHub('a');
      const b = await startHub('b');
      try {
        // The first one up holds the lease; the second only serves (the posts it shows come from PostgreSQL).
        expect(await eventually(async () => (a.output().includes(RUNS) ? true : undefined), 30_000), a.output()).toBe(
          true,
        );
        expect(await eventually(async () => ((await postsServedBy(b)) > 0 ? true : undefined), 60_000)).toBe(true);
        expect(b.output()).not.toContain(RUNS);
        expect(await leasesHeld()).toBe(1);

        // A screen on b: the posts a stores from now on reach it (b fetches nothing itself).
        const screen = await SseClient.open(Number(new URL(b.origin).port), '/api/events?panel=1', {
          authorization: `Bearer ${b.token}`,
        });
        try {
          const messages = await screen.waitFor((m) => m.some((e) => e.event === 'post'), 60_000);
          const first = messages.find((e) => e.event === 'post');
          const key = (JSON.parse(first?.data ?? '{}') as { post?: { key?: string } }).post?.key;
          const { rows } = await pool!.query('SELECT 1 FROM posts WHERE key = $1', [key]);
          expect(rows).toHaveLength(1);
        } finally {
          screen.end();
        }
        expect(b.output()).not.toContain(RUNS);

        a.child.kill('SIGKILL');
        const before = await newestRow();
        // Its connection gone, PostgreSQL frees the lock; the other asks every 15 s.
        expect(await eventually(async () => (b.output().includes(RUNS) ? true : undefined), 60_000), b.output()).toBe(
          true,
        );
        expect(await eventually(async () => ((await newestRow()) > before ? true : undefined), 60_000)).toBe(true);
        expect(await leasesHeld()).toBe(1);
      } finally {
        await Promise.all([a.stop(), b.stop()]);
      }
    },
  );
});
