// One suite, both stores: the SQLite file (the embedded default) and PostgreSQL (a fleet hub) must give the same
// answers through the store's interface — upserts, edits, deletes, the cache policies, moderation and its audit,
// retention, source state, withdrawal and the statistics. PostgreSQL runs in its own throwaway cluster.
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { memoryLogger } from '../../../src/main/logger.ts';
import { openPostgresStore } from '../../../src/main/store/postgres/open-postgres-store.ts';
import { createPgPool } from '../../../src/main/store/postgres/pg-pool.ts';
import type { Store } from '../../../src/main/store/store-api.ts';
import { NETWORKS } from '../../../src/shared/post.ts';
import { startPostgresCluster, type PostgresCluster } from '../../support/postgres-cluster.ts';
import { at, makePost } from './post-factory.ts';
import { answerStatsOf, rollupScenario } from './rollup-scenario.ts';
import { ALL, keysOf, openTestStore, tempDbPath, TestClock } from './store-test-kit.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const NOW = Date.parse(at(0));
const brand = { id: 'brand', name: 'Atelier Nova', isBrand: true };

let cluster: PostgresCluster | undefined;
let databases = 0;
beforeAll(async () => {
  cluster = await startPostgresCluster();
}, 180_000);
afterAll(async () => {
  await cluster?.stop();
});

async function openPg(clock: TestClock): Promise<Store> {
  if (!cluster) throw new Error('the PostgreSQL test cluster did not start');
  databases += 1;
  const name = `wall_${databases}`;
  const admin = createPgPool(cluster.url, 1);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const store = await openPostgresStore({
    connectionString: cluster.urlOf(name),
    logger: memoryLogger(),
    now: clock.now,
  });
  onTestFinished(() => store.close());
  return store;
}

const KINDS = [
  { kind: 'SQLite', open: async (clock: TestClock): Promise<Store> => openTestStore(tempDbPath(), clock) },
  { kind: 'PostgreSQL', open: openPg },
];

describe.each(KINDS)('$kind store', ({ open }) => {
  it('upserts by key: new, unchanged, edited in place; a deleted post stays deleted', async () => {
    const store = await open(new TestClock(NOW));
    const a = makePost({ id: 'a', createdAt: at(-10) });
    const b = makePost({ id: 'b', createdAt: at(-5) });
    expect((await store.writer.upsertMany([a, b])).map((o) => o.change)).toEqual(['inserted', 'inserted']);
    expect((await store.writer.upsertMany([a])).map((o) => o.change)).toEqual(['unchanged']);
    const edited = { ...a, text: 'Edited', fetchedAt: at(-1) };
    const [outcome] = await store.writer.upsertMany([edited]);
    expect(outcome).toMatchObject({ change: 'updated', state: 'live', previous: 'live' });
    expect(JSON.parse(outcome?.json ?? '{}')).toMatchObject({ text: 'Edited' });
    expect(await store.reader.getPost(a.key)).toEqual(edited);
    expect(await store.writer.markDeleted([b.key, 'mastodon:unknown'])).toEqual([b.key]);
    expect(await store.writer.markDeleted([b.key])).toEqual([]);
    expect((await store.writer.upsertMany([b])).map((o) => o.change)).toEqual(['ignored-deleted']);
    expect(await store.reader.getPost(b.key)).toBeUndefined();
    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual([a.key]);
  });

  it('reads a panel newest first, filtered by network and source, within its limit', async () => {
    const store = await open(new TestClock(NOW));
    await store.writer.upsertMany([
      makePost({ id: 'm1', createdAt: at(-30) }),
      makePost({ id: 'x1', network: 'x', createdAt: at(-20) }),
      makePost({ id: 'm2', sourceId: 'source-b', createdAt: at(-10) }),
      makePost({ id: 'hidden', createdAt: at(-5), state: 'hidden' }),
    ]);
    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual(['mastodon:m2', 'x:x1', 'mastodon:m1']);
    expect(keysOf(await store.reader.newestForPanel(ALL, 2))).toEqual(['mastodon:m2', 'x:x1']);
    expect(keysOf(await store.reader.newestForPanel({ networks: ['x'], sources: [] }, 10))).toEqual(['x:x1']);
    expect(keysOf(await store.reader.newestForPanel({ networks: [], sources: ['source-b'] }, 10))).toEqual([
      'mastodon:m2',
    ]);
    expect(await store.reader.newestForPanel(ALL, 0)).toEqual([]);
    expect(keysOf(await store.reader.recentPosts(10))).toEqual([
      'mastodon:hidden',
      'mastodon:m2',
      'x:x1',
      'mastodon:m1',
    ]);
  });

  it('keeps a TTL post until it runs out, then purges it and names it for the screens; memory posts never stored', async () => {
    const clock = new TestClock(NOW);
    const store = await open(clock);
    const ttl = makePost({ id: 'ttl', createdAt: at(-5), fetchedAt: at(0), cachePolicy: { mode: 'ttl', seconds: 60 } });
    const memory = makePost({ id: 'mem', createdAt: at(-4), cachePolicy: { mode: 'memory' } });
    await store.writer.upsertMany([ttl, memory]);
    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual([memory.key, ttl.key]);
    clock.ms += 2 * MIN;
    expect(await store.reader.getPost(ttl.key)).toBeUndefined();
    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual([memory.key]);
    expect(await store.writer.purge(clock.ms, 30)).toEqual({ expiredKeys: [ttl.key], removed: 0, more: false });
    expect(await store.reader.getPost(memory.key)).toEqual(memory);
  });

  it('retention removes old posts and the audit entries of posts no longer hidden', async () => {
    const store = await open(new TestClock(NOW));
    const old = makePost({ id: 'old', createdAt: new Date(NOW - 40 * 24 * HOUR).toISOString() });
    const recent = makePost({ id: 'recent', createdAt: at(-1) });
    await store.writer.upsertMany([old, recent]);
    await store.writer.hide(old.key, 'spam', NOW - 40 * 24 * HOUR);
    await store.writer.restore(old.key, NOW - 39 * 24 * HOUR);
    const result = await store.writer.purge(NOW, 30);
    expect(result).toMatchObject({ expiredKeys: [], removed: 1, more: false });
    expect(await store.reader.getPost(old.key)).toBeUndefined();
    expect(await store.reader.auditPage(10)).toEqual([]);
    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual([recent.key]);
  });

  it('a person hides and restores, logged; their decision holds over the rules, edits included', async () => {
    const clock = new TestClock(NOW);
    const store = await open(clock);
    const post = makePost({ id: 'p', createdAt: at(-3) });
    await store.writer.upsertMany([post]);
    const hidden = await store.writer.hide(post.key, 'insult', NOW);
    expect(hidden).toMatchObject({
      kind: 'changed',
      post: { state: 'hidden' },
      entry: { action: 'hide', who: 'admin' },
    });
    expect(await store.writer.hide(post.key, 'again', NOW)).toMatchObject({ kind: 'unchanged' });
    expect(await store.writer.hide('mastodon:none', 'x', NOW)).toEqual({ kind: 'not-found' });
    expect(await store.reader.hiddenCount(NOW)).toBe(1);
    expect(await store.reader.anyHiddenByRule()).toBe(false);
    // A re-fetch that the rules let through does not bring it back: a person decided.
    const [again] = await store.writer.upsertMany([{ ...post, text: 'Edited' }]);
    expect(again).toMatchObject({ change: 'updated', state: 'hidden' });
    const restored = await store.writer.restore(post.key, NOW + MIN);
    expect(restored).toMatchObject({ kind: 'changed', post: { state: 'live', text: 'Edited' } });
    const audit = await store.reader.auditPage(10);
    expect(audit.map((e) => [e.action, e.who, e.why])).toEqual([
      ['restore', 'admin', 'restored by a person'],
      ['hide', 'admin', 'insult'],
    ]);
    expect(audit[1]?.restoredAtMs).toBe(NOW + MIN);
    expect(await store.reader.auditPage(10, audit[0]?.id)).toHaveLength(1);
  });

  it('rules: a post arriving hidden is logged as the rule’s; reevaluation hides and restores in pages', async () => {
    const store = await open(new TestClock(NOW));
    const rude = makePost({ id: 'rude', text: 'bad word', createdAt: at(-3), state: 'hidden' });
    const fine = makePost({ id: 'fine', text: 'lovely', createdAt: at(-2) });
    const other = makePost({ id: 'other', text: 'bad again', createdAt: at(-1) });
    await store.writer.upsertMany([rude, fine, other], new Map([[rude.key, 'words']]));
    expect(await store.reader.anyHiddenByRule()).toBe(true);
    const verdict = (p: { text: string }) => (p.text.includes('lovely') ? 'no-love' : undefined);
    const first = await store.writer.reevaluate(verdict, undefined, 2);
    expect(first.hidden).toEqual([fine.key]);
    expect(keysOf(first.restored)).toEqual([rude.key]);
    expect(first.next).toBeDefined();
    const second = await store.writer.reevaluate(verdict, first.next, 2);
    expect(second).toEqual({ hidden: [], restored: [] });
    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual([other.key, rude.key]);
    expect((await store.reader.auditPage(10)).map((e) => [e.postKey, e.action, e.who])).toEqual([
      [fine.key, 'hide', 'rule'],
      [rude.key, 'restore', 'rule'],
      [rude.key, 'hide', 'rule'],
    ]);
    expect(await store.writer.moderationRulesApplied()).toBeUndefined();
    await store.writer.recordModerationRulesApplied('abc');
    expect(await store.writer.moderationRulesApplied()).toBe('abc');
  });

  it('keeps each source’s state, and withdraws the posts of sources no longer active', async () => {
    const store = await open(new TestClock(NOW));
    expect(await store.writer.loadSourceState('s')).toBeUndefined();
    await store.writer.saveSourceState({ sourceId: 's', cursor: '{"v":2}', invalidItems: 3 });
    await store.writer.saveSourceState({ sourceId: 's', invalidItems: 4, lastSuccessAt: at(0) });
    expect(await store.writer.loadSourceState('s')).toEqual({ sourceId: 's', invalidItems: 4, lastSuccessAt: at(0) });

    const demo = makePost({ id: 'demo', sourceId: 'demo', createdAt: at(-2) });
    const kept = makePost({ id: 'kept', sourceId: 'replay', createdAt: at(-1) });
    await store.writer.upsertMany([demo, kept]);
    expect(await store.writer.withdrawSourcesExcept(['replay'], 100)).toEqual({
      withdrawn: [demo.key],
      restored: [],
      more: false,
    });
    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual([kept.key]);
    expect(await store.stats.countsPerNetwork(NOW - HOUR)).toEqual([{ network: 'mastodon', today: 1, total: 1 }]);
    const back = await store.writer.withdrawSourcesExcept(['replay', 'demo'], 100);
    expect(back.restored).toEqual([demo]);
  });

  it('statistics: counts per network and hour, sentiment, ratings and answers', async () => {
    const store = await open(new TestClock(NOW));
    const question = makePost({ id: 'q', intent: 'question', sentiment: 'neutral', createdAt: at(-120) });
    const complaint = makePost({ id: 'c', intent: 'complaint', sentiment: 'negative', createdAt: at(-90) });
    await store.writer.upsertMany([
      question,
      complaint,
      makePost({ id: 'happy', sentiment: 'positive', createdAt: at(-30) }),
      makePost({ id: 'x1', network: 'x', createdAt: at(-25 * 60) }),
      makePost({ id: 'rev', network: 'google', kind: 'review', rating: 4, createdAt: at(-10) }),
      makePost({ id: 'rev2', network: 'google', kind: 'review', rating: 2.5, createdAt: at(-9) }),
      makePost({
        id: 'tip',
        network: 'foursquare',
        kind: 'tip',
        rating: 5,
        createdAt: at(-8),
        cachePolicy: { mode: 'memory' },
      }),
      makePost({
        id: 'r',
        kind: 'reply',
        author: brand,
        parentKey: question.key,
        rootKey: question.key,
        createdAt: at(-100),
      }),
    ]);
    expect(await store.stats.countsPerNetwork(NOW - 2 * HOUR - MIN)).toEqual(
      [
        { network: 'x', today: 0, total: 1 },
        { network: 'mastodon', today: 4, total: 4 },
        { network: 'google', today: 2, total: 2 },
        { network: 'foursquare', today: 1, total: 1 },
      ].sort((a, b) => order(a.network) - order(b.network)),
    );
    const hours = await store.stats.hourlyCounts(NOW, 3);
    // The hours from 08:00, 09:00 and 10:00 (now): the brand's reply counts as a post on the wall.
    expect(hours.map((h) => h.perNetwork)).toEqual([{ mastodon: 3 }, { mastodon: 1, google: 2, foursquare: 1 }, {}]);
    const since = NOW - 24 * HOUR;
    expect(await store.stats.toneSince(since)).toEqual({ positive: 1, neutral: 1, negative: 1 });
    expect(await store.stats.ratingStats(NOW)).toEqual({ average: (4 + 2.5 + 5) / 3, count: 3 });
    const window = await store.stats.answerWindow(since, 3600, 5);
    expect(window).toMatchObject({ awaited: 2, waiting: 1, answered: 1, withinTarget: 1 });
    expect(window.medianSeconds).toBeGreaterThanOrEqual(1200);
    expect(window.medianSeconds).toBeLessThan(1260);
    expect(window.oldest.map((w) => w.post.key)).toEqual([complaint.key]);
    const waiting = await store.stats.waitingPosts(10);
    expect(waiting.total).toBe(1);
    expect(waiting.posts.map((w) => [w.post.key, w.createdMs])).toEqual([[complaint.key, Date.parse(at(-90))]]);
    expect((await store.stats.waitingPosts(0)).total).toBe(1);
  });

  it('statistics: complaints by theme, this span and the one before', async () => {
    const store = await open(new TestClock(NOW));
    const complaint = (id: string, theme: 'waiting' | 'price', minutes: number) =>
      makePost({ id, intent: 'complaint', theme, createdAt: at(minutes) });
    await store.writer.upsertMany([
      complaint('d1', 'waiting', -60),
      complaint('d2', 'waiting', -90),
      complaint('d-old', 'waiting', -4 * 60),
      complaint('p-old', 'price', -5 * 60),
      complaint('too-old', 'price', -20 * 60),
    ]);
    const weeks = await store.stats.themeWeeks(NOW - 3 * HOUR, NOW);
    expect(Object.fromEntries(weeks.counts)).toEqual({ waiting: [2, 1], price: [0, 1] });
  });

  it('fleet: a pairing code is used once, before it expires; a token finds its store until revoked', async () => {
    const { fleet } = await open(new TestClock(NOW));
    const code = { storeName: 'Lyon Part-Dieu', profileId: 'lyon', createdAtMs: NOW, expiresAtMs: NOW + 10 * MIN };
    await fleet.addPairingCode({ ...code, codeHash: 'h-code' });
    await fleet.addPairingCode({ ...code, codeHash: 'h-late', storeName: 'Late' });
    const lyon = { id: 's-lyon', deviceName: 'pc-lyon', tokenHash: 'h-token' };

    expect(await fleet.redeemPairingCode('h-unknown', NOW + MIN, lyon)).toBeUndefined();
    expect(await fleet.redeemPairingCode('h-late', NOW + 10 * MIN, { ...lyon, id: 's-late' })).toBeUndefined();
    const paired = await fleet.redeemPairingCode('h-code', NOW + MIN, lyon);
    expect(paired).toEqual({
      id: 's-lyon',
      name: 'Lyon Part-Dieu',
      deviceName: 'pc-lyon',
      profileId: 'lyon',
      pairedAtMs: NOW + MIN,
      lastContactAtMs: null,
      version: null,
    });
    expect(
      await fleet.redeemPairingCode('h-code', NOW + 2 * MIN, { ...lyon, id: 's-again', tokenHash: 'h2' }),
    ).toBeUndefined();

    await fleet.recordContact('s-lyon', NOW + 3 * MIN, '1.4.0');
    await fleet.recordContact('s-lyon', NOW + 4 * MIN, null);
    const heard = { ...paired, lastContactAtMs: NOW + 4 * MIN, version: '1.4.0' };
    expect(await fleet.storeByToken('h-token')).toEqual(heard);
    expect(await fleet.storeByToken('h-other')).toBeUndefined();
    expect(await fleet.listStores()).toEqual([heard]);
    expect(await fleet.assignProfile('s-lyon', 'lyon-centre')).toBe(true);
    expect((await fleet.storeByToken('h-token'))?.profileId).toBe('lyon-centre');
    expect(await fleet.assignProfile('s-unknown', 'lyon-centre')).toBe(false);
    expect(await fleet.assignProfile('s-lyon', 'lyon')).toBe(true);

    expect(await fleet.revokeStore('s-lyon', NOW + 5 * MIN)).toBe(true);
    expect(await fleet.revokeStore('s-lyon', NOW + 6 * MIN)).toBe(false);
    expect(await fleet.revokeStore('s-unknown', NOW + 6 * MIN)).toBe(false);
    expect(await fleet.storeByToken('h-token')).toBeUndefined();
    expect(await fleet.listStores()).toEqual([]);
    expect(await fleet.assignProfile('s-lyon', null)).toBe(false);
  });

  it("fleet: a store's last report of its updates replaces the one before", async () => {
    const { fleet } = await open(new TestClock(NOW));
    expect(await fleet.updateReports()).toEqual([]);
    const report = {
      storeId: 's-lyon',
      state: 'downloading' as const,
      version: '1.3.2',
      release: '1.4.0',
      reason: null,
    };
    await fleet.recordUpdateReport({ ...report, reportedAtMs: NOW });
    await fleet.recordUpdateReport({ ...report, storeId: 's-nantes', state: 'installed', reportedAtMs: NOW });
    const failed = {
      ...report,
      state: 'failed' as const,
      reason: 'Panel "hall" did not load.',
      reportedAtMs: NOW + MIN,
    };
    await fleet.recordUpdateReport(failed);
    expect(await fleet.updateReports()).toEqual([
      failed,
      { ...report, storeId: 's-nantes', state: 'installed', reportedAtMs: NOW },
    ]);
  });
});

describe('statistics rollups on both stores', () => {
  it('PostgreSQL says what SQLite says after every kind of write (the writers keep the same rollups)', async () => {
    const sqlite = openTestStore(tempDbPath(), new TestClock(NOW));
    const pg = await openPg(new TestClock(NOW));
    const [forSqlite, forPg] = [rollupScenario(NOW), rollupScenario(NOW)];
    for (const [i, step] of forSqlite.entries()) {
      await step.run(sqlite);
      await forPg[i]?.run(pg);
      expect(await answerStatsOf(pg, NOW), `after ${step.name}`).toEqual(await answerStatsOf(sqlite, NOW));
    }
    const { window } = (await answerStatsOf(sqlite, NOW)) as { window: { awaited: number; waiting: number } };
    expect(window.awaited).toBeGreaterThan(20);
    expect(window.waiting).toBeGreaterThan(5);
  });
});

const order = (network: string) => NETWORKS.findIndex((n) => n === network);
