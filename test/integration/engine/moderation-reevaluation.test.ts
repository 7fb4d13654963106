// Engine.reconfigure with new moderation rules, on a real SQLite file: the posts already on the wall are
// judged again (the screens get `remove` / `post`, the audit says which rule, the hidden counter in the stats
// follows), a person's hide holds, and a save that leaves the rules alone judges nothing again. Rules edited in
// config.json while the wall was stopped are applied at the next start (the store remembers the rules' fingerprint).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { connectorRegistry } from '../../../src/connectors/registry.ts';
import { validateConfig, type ResolvedConfig } from '../../../src/main/config/validate-config.ts';
import { Engine } from '../../../src/main/engine/engine.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { openSqliteStore } from '../../../src/main/store/open-sqlite-store.ts';
import type { StreamEvent } from '../../../src/shared/api-contract.ts';
import { makePost } from '../store/post-factory.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'engine-moderation-'));
  dirs.push(dir);
  const empty = join(dir, 'empty.jsonl');
  writeFileSync(empty, '');
  const resolve = (moderation: unknown, title = 'Mur'): ResolvedConfig => {
    const result = validateConfig(
      {
        moderation,
        panels: [{ id: '1', title, type: 'feed' }],
        sources: [{ id: 'r', type: 'replay', options: { file: empty } }],
      },
      connectorRegistry,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.value;
  };
  const logger = memoryLogger();
  const store = openSqliteStore({ path: join(dir, 'wall.db'), logger });
  const engine = new Engine({ resolved: resolve({}), store, logger, assetBaseUrl: '/bundled', statsIntervalMs: 10 });
  const events: StreamEvent[] = [];
  engine.feed.events$.subscribe((e) => events.push(e.event));
  return { store, engine, events, resolve, logLines: logger.lines };
}

const now = new Date().toISOString();

it('a keyword rule added hides the matching post on the wall; removed, the post returns; a person-hidden post stays hidden', async () => {
  const { store, engine, events, resolve, logLines } = setup();
  await engine.pipeline.store([
    makePost({ id: 'rude', text: 'Une arnaque ce garage', createdAt: now, sourceId: 'r' }),
    makePost({ id: 'fine', text: 'Accueil parfait', createdAt: now, sourceId: 'r' }),
    makePost({ id: 'person', text: 'Une arnaque aussi', createdAt: now, sourceId: 'r' }),
  ]);
  expect((await engine.moderation.hide('mastodon:person', 'adresse privée')).kind).toBe('changed');
  await engine.start();
  await expect.poll(async () => (await engine.stats()).hidden).toBe(1);
  events.length = 0;

  await engine.reconfigure(resolve({ blockedKeywords: ['arnaque'] }));
  await engine.moderationSettled();
  expect(events.filter((e) => e.type === 'remove')).toEqual([
    { type: 'remove', data: { key: 'mastodon:rude', reason: 'hidden' } },
  ]);
  expect((await engine.posts('1', 10))?.map((p) => p.key)).toEqual(['mastodon:fine']);
  expect((await engine.moderation.audit(1))[0]).toMatchObject({
    postKey: 'mastodon:rude',
    action: 'hide',
    why: 'blocked-keyword:arnaque',
    who: 'rule',
  });
  // The hidden counter reaches the panels with the next stats push.
  await expect.poll(() => events.some((e) => e.type === 'stats' && e.data.stats.hidden === 2)).toBe(true);

  events.length = 0;
  await engine.reconfigure(resolve({}));
  await engine.moderationSettled();
  expect(
    events.filter((e) => e.type === 'post').map((e) => (e.type === 'post' ? [e.data.post.key, e.data.post.state] : [])),
  ).toEqual([['mastodon:rude', 'live']]);
  expect((await engine.posts('1', 10))?.map((p) => p.key).sort()).toEqual(['mastodon:fine', 'mastodon:rude']);
  expect((await engine.moderation.audit(1))[0]).toMatchObject({
    postKey: 'mastodon:rude',
    action: 'restore',
    who: 'rule',
  });
  expect((await store.reader.getPost('mastodon:person'))?.state).toBe('hidden');
  await expect.poll(() => events.some((e) => e.type === 'stats' && e.data.stats.hidden === 1)).toBe(true);

  // A save that changes something else (a panel's title) leaves the stored posts alone.
  const judged = logLines.filter((l) => l.includes('judged by the new rules')).length;
  expect(judged).toBe(2);
  await engine.reconfigure(resolve({}, 'Le mur'));
  await engine.moderationSettled();
  expect(logLines.filter((l) => l.includes('judged by the new rules'))).toHaveLength(judged);

  await engine.stop();
  await store.close();
});

it('a newer change of the rules ends the run in progress; stopping the engine waits for the page in hand', async () => {
  const { store, engine, resolve, logLines } = setup();
  await engine.pipeline.store(
    Array.from({ length: 1_000 }, (_, i) =>
      makePost({ id: `p${i}`, text: i % 2 ? 'arnaque' : 'escroc', createdAt: now, sourceId: 'r' }),
    ),
  );
  await engine.start();
  await engine.reconfigure(resolve({ blockedKeywords: ['arnaque'] }));
  await engine.reconfigure(resolve({ blockedKeywords: ['escroc'] }));
  await engine.moderationSettled();
  // The last rules decide: the "escroc" posts are hidden, the "arnaque" ones on the wall.
  expect(await store.reader.hiddenCount(Date.now())).toBe(500);
  expect((await engine.posts('1', 200))?.every((p) => p.text === 'arnaque')).toBe(true);
  const runs = logLines.filter((l) => l.includes('judged by the new rules'));
  expect(runs.map((l) => (JSON.parse(l) as { complete: boolean }).complete)).toEqual([false, true]);
  // Stopped in the middle of a run: it ends between two pages, before the store closes.
  await engine.reconfigure(resolve({}));
  await engine.stop();
  await store.close();
  expect(logLines.some((l) => l.includes('failed'))).toBe(false);
});

it('rules edited while the wall was stopped apply to the stored posts at the next start, once', async () => {
  const { store: first, engine: unmoderated, resolve, logLines } = setup();
  const path = join(dirs.at(-1) ?? '', 'wall.db');
  await unmoderated.start();
  await unmoderated.pipeline.store([
    makePost({ id: 'rude', text: 'Une arnaque ce garage', createdAt: now, sourceId: 'r' }),
    makePost({ id: 'fine', text: 'Accueil parfait', createdAt: now, sourceId: 'r' }),
  ]);
  await unmoderated.moderationSettled();
  // A new database with no rule on: nothing to judge, the rules remembered.
  expect(logLines.filter((l) => l.includes('judged by the new rules'))).toHaveLength(0);
  expect(await first.writer.moderationRulesApplied()).toBe('off');
  await unmoderated.stop();
  await first.close();

  // config.json edited while stopped: the keyword is blocked at the next start, without any save.
  const restart = () => {
    const logger = memoryLogger();
    const store = openSqliteStore({ path, logger });
    const engine = new Engine({
      resolved: resolve({ blockedKeywords: ['arnaque'] }),
      store,
      logger,
      assetBaseUrl: '/bundled',
      statsIntervalMs: 10,
    });
    return { store, engine, runs: () => logger.lines.filter((l) => l.includes('judged by the new rules')) };
  };
  const second = restart();
  await second.engine.start();
  await second.engine.moderationSettled();
  expect(second.runs()).toHaveLength(1);
  expect((await second.store.reader.getPost('mastodon:rude'))?.state).toBe('hidden');
  expect((await second.engine.posts('1', 10))?.map((p) => p.key)).toEqual(['mastodon:fine']);
  expect(await second.engine.moderation.audit(10)).toEqual([
    expect.objectContaining({ postKey: 'mastodon:rude', action: 'hide', why: 'blocked-keyword:arnaque', who: 'rule' }),
  ]);
  await second.engine.stop();
  await second.store.close();

  // The same rules at the next start: the stored posts are already judged by them.
  const third = restart();
  await third.engine.start();
  await third.engine.moderationSettled();
  expect(third.runs()).toHaveLength(0);
  expect(await third.engine.moderation.audit(10)).toHaveLength(1);
  await third.engine.stop();
  await third.store.close();
});

it('a run ended by a stop does not count: the next start judges the stored posts again', async () => {
  const { store, engine, resolve } = setup();
  const path = join(dirs.at(-1) ?? '', 'wall.db');
  await engine.pipeline.store(
    Array.from({ length: 1_000 }, (_, i) => makePost({ id: `p${i}`, text: 'arnaque', createdAt: now, sourceId: 'r' })),
  );
  await engine.start();
  await engine.reconfigure(resolve({ blockedKeywords: ['arnaque'] }));
  await engine.stop(); // in the middle of the run: between two pages
  expect(await store.reader.hiddenCount(Date.now())).toBeLessThan(1_000);
  await store.close();

  const logger = memoryLogger();
  const reopened = openSqliteStore({ path, logger });
  const next = new Engine({
    resolved: resolve({ blockedKeywords: ['arnaque'] }),
    store: reopened,
    logger,
    assetBaseUrl: '/bundled',
    statsIntervalMs: 10,
  });
  await next.start();
  await next.moderationSettled();
  expect(await reopened.reader.hiddenCount(Date.now())).toBe(1_000);
  expect(
    logger.lines
      .filter((l) => l.includes('judged by the new rules'))
      .map((l) => JSON.parse(l) as { complete: boolean; reason: string })
      .map((r) => [r.reason, r.complete]),
  ).toEqual([['start', true]]);
  await next.stop();
  await reopened.close();
});

it('a database from before the rules were remembered, rules now off: the posts a rule hid come back at start', async () => {
  const { store, engine, resolve } = setup();
  const path = join(dirs.at(-1) ?? '', 'wall.db');
  await engine.start();
  await engine.reconfigure(resolve({ blockedKeywords: ['arnaque'] }));
  await engine.pipeline.store([makePost({ id: 'rude', text: 'Une arnaque ce garage', createdAt: now, sourceId: 'r' })]);
  await engine.moderationSettled();
  await engine.stop();
  await store.close();
  // As an older version left it: a post hidden by a rule, and no record of the rules applied.
  const file = new Database(path);
  file.exec('DELETE FROM wall_state');
  file.prepare("UPDATE posts SET state = 'hidden' WHERE key = 'mastodon:rude'").run();
  file.close();

  const logger = memoryLogger();
  const reopened = openSqliteStore({ path, logger });
  const next = new Engine({
    resolved: resolve({}),
    store: reopened,
    logger,
    assetBaseUrl: '/bundled',
    statsIntervalMs: 10,
  });
  await next.start();
  await next.moderationSettled();
  expect((await reopened.reader.getPost('mastodon:rude'))?.state).toBe('live');
  expect(await reopened.writer.moderationRulesApplied()).toBe('off');
  await next.stop();
  await reopened.close();
});
