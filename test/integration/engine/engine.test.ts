import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { connectorRegistry } from '../../../src/connectors/registry.ts';
import { validateConfig } from '../../../src/main/config/validate-config.ts';
import { Engine } from '../../../src/main/engine/engine.ts';
import { validateCandidates } from '../../../src/main/engine/validate-candidates.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { openSqliteStore } from '../../../src/main/store/open-sqlite-store.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function setup(config: unknown) {
  const dir = mkdtempSync(join(tmpdir(), 'engine-'));
  dirs.push(dir);
  const result = validateConfig(config, connectorRegistry);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const store = openSqliteStore({ path: join(dir, 'wall.db'), logger: memoryLogger() });
  return {
    dir,
    store,
    engine: new Engine({
      resolved: result.value,
      store,
      logger: memoryLogger(),
      assetBaseUrl: '/bundled',
      statsIntervalMs: 20,
    }),
  };
}

const candidate = (i: number, createdAt: string) => ({
  key: `x:${i}`,
  network: 'x',
  kind: 'post',
  author: { id: 'a', name: 'A', isBrand: false },
  text: `post ${i}`,
  createdAt,
});

describe('Engine', () => {
  it('works through a large retention backlog at start, in bites, until it is gone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'engine-'));
    dirs.push(dir);
    const empty = join(dir, 'empty.jsonl');
    writeFileSync(empty, '');
    const { store, engine } = setup({
      retentionDays: 30,
      sources: [{ id: 'r', type: 'replay', options: { file: empty } }],
    });
    const old = new Date(Date.now() - 40 * 86_400_000).toISOString();
    const stamp = { sourceId: 'r', cachePolicy: { mode: 'persist' } as const, fetchedAt: new Date().toISOString() };
    const events = Array.from({ length: 4_500 }, (_, i) => ({ type: 'upsert' as const, item: candidate(i, old) }));
    await store.writer.upsertMany(validateCandidates(events, stamp).posts);
    await store.writer.upsertMany(
      validateCandidates([{ type: 'upsert', item: candidate(99_999, new Date().toISOString()) }], stamp).posts,
    );

    await engine.start();
    await expect.poll(async () => (await store.stats.countsPerNetwork(0))[0]?.total, { timeout: 5_000 }).toBe(1);
    await engine.stop();
    await store.close();
  });

  it('runs the demo source, tells the screens, and marks its panels as demo', async () => {
    const { store, engine } = setup({
      sources: [{ id: 'demo', type: 'demo', options: { backfillHours: 1, postEverySeconds: 5 } }],
    });
    const seen = new Set<string>();
    engine.feed.events$.subscribe((e) => seen.add(e.event.type));
    await engine.start();
    await expect.poll(async () => (await engine.posts('1', 10))?.length ?? 0, { timeout: 5_000 }).toBeGreaterThan(0);
    await expect.poll(() => seen.has('stats'), { timeout: 5_000 }).toBe(true);
    expect(seen.has('post') && seen.has('health')).toBe(true);
    expect((await engine.posts('1', 50))?.every((p) => p.network === 'facebook' || p.network === 'instagram')).toBe(
      true,
    );
    expect(engine.panels().panels.map((p) => p.demo)).toEqual([true, true, true]);
    expect(engine.health().sources[0]).toMatchObject({ sourceId: 'demo', state: 'ok' });
    expect((await engine.stats()).perNetwork.length).toBe(4);
    expect(await engine.posts('nope', 10)).toBeUndefined();
    await engine.stop();
    await store.close();
  });

  it('pushes stats once a minute on a quiet wall (time alone moves "today" and the windows), with the full shape', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'engine-'));
    dirs.push(dir);
    const empty = join(dir, 'empty.jsonl');
    writeFileSync(empty, '');
    const result = validateConfig(
      { responseTargetMinutes: 45, sources: [{ id: 'r', type: 'replay', options: { file: empty } }] },
      connectorRegistry,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const store = openSqliteStore({ path: join(dir, 'wall.db'), logger: memoryLogger() });
    const engine = new Engine({
      resolved: result.value,
      store,
      logger: memoryLogger(),
      assetBaseUrl: '/bundled',
      statsIntervalMs: 10,
      statsHeartbeatMs: 100,
    });
    let pushed = 0;
    engine.feed.events$.subscribe((e) => (e.event.type === 'stats' ? pushed++ : 0));
    await engine.start();
    await new Promise((resolve) => setTimeout(resolve, 450));
    // Nothing was ingested: only the heartbeat speaks, about every 100 ms (not every 10 ms tick).
    expect(pushed).toBeGreaterThanOrEqual(2);
    expect(pushed).toBeLessThanOrEqual(6);
    const stats = await engine.stats();
    expect(stats.last24h).toHaveLength(24);
    expect(stats.answers).toMatchObject({
      windowHours: 168,
      targetSeconds: 45 * 60,
      awaited: 0,
      waiting: 0,
      rate: null,
      oldestWaiting: [],
    });
    expect(stats.rating).toEqual({ average: null, count: 0 });
    expect(stats.sentiment).toEqual({ positive: 0, neutral: 0, negative: 0 });
    await engine.stop();
    await store.close();
  });
});
