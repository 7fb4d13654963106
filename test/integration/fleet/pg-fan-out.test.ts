// Changes between a hub's processes by LISTEN/NOTIFY: what one process's feed publishes reaches the other's feed,
// in order, never echoed back to its own; a post too large for a notification is read back by its key; a
// process that lost its connection listens again and tells its screens to reload what they missed.
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { StreamEvent } from '../../../src/shared/api-contract.ts';
import type { Post } from '../../../src/shared/post.ts';
import { ChangeFeed } from '../../../src/main/engine/change-feed.ts';
import { PgFanOut } from '../../../src/main/fleet/pg-fan-out.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { createPgPool } from '../../../src/main/store/postgres/pg-pool.ts';
import { startPostgresCluster, type PostgresCluster } from '../../support/postgres-cluster.ts';
import { eventually } from '../../support/spawn-serve.ts';
import { makePost } from '../store/post-factory.ts';

let cluster: PostgresCluster | undefined;
beforeAll(async () => {
  cluster = await startPostgresCluster();
}, 180_000);
afterAll(async () => {
  await cluster?.stop();
});

interface Process {
  feed: ChangeFeed;
  fanOut: PgFanOut;
  shown: StreamEvent[];
  asked: string[];
}

async function hubProcess(stored: Map<string, Post> = new Map()): Promise<Process> {
  const feed = new ChangeFeed();
  const shown: StreamEvent[] = [];
  const asked: string[] = [];
  const fanOut = new PgFanOut({
    database: cluster?.url ?? '',
    feed,
    relay: (event) => {
      shown.push(event);
      feed.publish(event);
    },
    getPost: async (key) => {
      asked.push(key);
      return stored.get(key);
    },
    logger: memoryLogger(),
    reconnectMs: 100,
  });
  await fanOut.start();
  onTestFinished(() => fanOut.stop());
  return { feed, fanOut, shown, asked };
}

const until = <T>(probe: () => T | undefined): Promise<T | undefined> =>
  eventually(() => Promise.resolve(probe()), 20_000, 50);

describe('fan-out between hub processes', () => {
  it('shows on the other process what one publishes, in order, and never echoes it back', async () => {
    const a = await hubProcess();
    const b = await hubProcess();
    const posts = Array.from({ length: 40 }, (_, i) => makePost({ id: `fan-${i}` }));
    for (const post of posts) a.feed.publish({ type: 'post', data: { post } });
    a.feed.publish({ type: 'remove', data: { key: posts[0]?.key ?? '', reason: 'hidden' } });
    a.feed.publish({ type: 'stats', data: { stats: {} as never } });
    await a.fanOut.flushed();

    expect(await until(() => (b.shown.length >= 41 ? true : undefined))).toBe(true);
    expect(b.shown.slice(0, 40).map((e) => e.type === 'post' && e.data.post.key)).toEqual(posts.map((p) => p.key));
    expect(b.shown[40]).toEqual({ type: 'remove', data: { key: posts[0]?.key, reason: 'hidden' } });
    expect(b.shown.some((e) => e.type === 'stats')).toBe(false);
    // What b relayed is not announced again, and a never shows its own.
    await b.fanOut.flushed();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(a.shown).toEqual([]);
    expect(b.shown).toHaveLength(41);
  });

  it('sends a post too large for a notification as its key, read back from the database', async () => {
    const big = makePost({ id: 'big', text: 'é'.repeat(6_000) });
    const a = await hubProcess();
    const b = await hubProcess(new Map([[big.key, big]]));
    a.feed.publish({ type: 'post', data: { post: big } });
    expect(await until(() => b.shown[0])).toEqual({ type: 'post', data: { post: big } });
    expect(b.asked).toEqual([big.key]);
  });

  it('listens again after its connection was cut, and tells its screens to reload', async () => {
    const a = await hubProcess();
    const b = await hubProcess();
    const admin = createPgPool(cluster?.url ?? '', 1);
    onTestFinished(() => admin.end());
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'social-wall changes'`,
    );
    expect(await until(() => b.shown.find((e) => e.type === 'reset'))).toMatchObject({ type: 'reset' });
    expect(await until(() => a.shown.find((e) => e.type === 'reset'))).toMatchObject({ type: 'reset' });
    const post = makePost({ id: 'after-cut' });
    a.feed.publish({ type: 'post', data: { post } });
    expect(await until(() => b.shown.find((e) => e.type === 'post'))).toEqual({ type: 'post', data: { post } });
  });
});
