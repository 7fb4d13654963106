// `npm run serve -- --hub --database postgres://…` starts a real hub: its posts go to PostgreSQL (no wall.db in
// the data folder), and the screens read them over real HTTP like a single wall's.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Post } from '../../../src/shared/post.ts';
import { createPgPool } from '../../../src/main/store/postgres/pg-pool.ts';
import { startPostgresCluster, type PostgresCluster } from '../../support/postgres-cluster.ts';
import { eventually, spawnServe } from '../../support/spawn-serve.ts';

let cluster: PostgresCluster | undefined;
let dir = '';
beforeAll(async () => {
  cluster = await startPostgresCluster();
  dir = await mkdtemp(join(tmpdir(), 'social-wall-hub-'));
}, 180_000);
afterAll(async () => {
  await cluster?.stop();
  await rm(dir, { recursive: true, force: true });
});

async function postsOf(origin: string, token: string): Promise<Post[]> {
  const response = await fetch(`${origin}/api/panels/1/posts?limit=50`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`GET posts: ${response.status}`);
  return ((await response.json()) as { posts: Post[] }).posts;
}

describe('serve --hub', () => {
  it('keeps the demo posts in PostgreSQL and serves them over HTTP', { timeout: 120_000 }, async () => {
    const url = cluster?.url ?? '';
    const hub = await spawnServe(['--hub', '--data-dir', join(dir, 'hub'), '--log-level', 'warn'], {
      SOCIAL_WALL_DATABASE_URL: url,
    });
    try {
      const posts = await eventually(async () => {
        const found = await postsOf(hub.origin, hub.token);
        return found.length >= 3 ? found : undefined;
      }, 60_000);
      expect(posts?.length, hub.output()).toBeGreaterThanOrEqual(3);
      const pool = createPgPool(url, 1);
      try {
        const { rows } = await pool.query<{ n: number }>('SELECT COUNT(*) AS n FROM posts');
        expect(rows[0]?.n).toBeGreaterThanOrEqual(posts?.length ?? 0);
      } finally {
        await pool.end();
      }
      expect(existsSync(join(dir, 'hub', 'wall.db'))).toBe(false);
    } finally {
      await hub.stop();
    }
  });

  it('refuses to start on a database it cannot reach, saying which', { timeout: 60_000 }, async () => {
    const start = spawnServe([
      '--hub',
      '--database',
      'postgres://wall@127.0.0.1:1/nowhere',
      '--data-dir',
      join(dir, 'x'),
    ]);
    await expect(start).rejects.toThrow(
      /exited \(1\)[\s\S]*the hub's database postgres:\/\/wall@127\.0\.0\.1:1\/nowhere could not be opened/,
    );
  });
});
