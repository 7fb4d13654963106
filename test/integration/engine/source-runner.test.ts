import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ConnectorError,
  type PollRequest,
  type PollResult,
  type SourceDriver,
} from '../../../src/connectors/connector.ts';
import type { SourceHealth } from '../../../src/shared/health.ts';
import { ChangeFeed } from '../../../src/main/engine/change-feed.ts';
import { IngestPipeline } from '../../../src/main/engine/ingest-pipeline.ts';
import { SourceRunner, type SourceRunnerDeps, type Timers } from '../../../src/main/engine/source-runner.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { openSqliteStore } from '../../../src/main/store/open-sqlite-store.ts';
import type { Store } from '../../../src/main/store/store-api.ts';

/** A connector whose answers the test scripts, recording the cursor it was asked for each time. */
class ScriptedDriver implements SourceDriver {
  readonly cursors: (string | undefined)[] = [];
  constructor(private readonly script: (PollResult | Error)[]) {}
  async poll(request: PollRequest): Promise<PollResult> {
    this.cursors.push(request.cursor);
    const next = this.script.shift();
    if (!next) return { events: [] };
    if (next instanceof Error) throw next;
    return next;
  }
}

function candidate(id: number, text = `hello ${id}`) {
  return {
    key: `x:${id}`,
    network: 'x',
    kind: 'post',
    author: { id: 'u1', name: 'Jane', isBrand: false },
    text,
    createdAt: new Date(Date.UTC(2026, 10, 25, 10, 0, id)).toISOString(),
  };
}

const fakeTimers: Timers = { now: () => Date.UTC(2026, 10, 25, 12), setTimeout: () => 0, clearTimeout: () => {} };

describe('SourceRunner', () => {
  let dir: string;
  let store: Store;
  let feed: ChangeFeed;
  let pipeline: IngestPipeline;
  let healths: SourceHealth[];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'runner-'));
    store = openSqliteStore({ path: join(dir, 'wall.db'), logger: memoryLogger() });
    feed = new ChangeFeed();
    pipeline = new IngestPipeline({ writer: store.writer, feed, logger: memoryLogger() });
    healths = [];
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function runner(driver: SourceDriver, s: Store = store) {
    return new SourceRunner(runnerDeps(driver, s));
  }

  function runnerDeps(driver: SourceDriver, s: Store = store): SourceRunnerDeps {
    return {
      sourceId: 'src',
      type: 'scripted',
      networks: ['x'],
      driver,
      intervalMs: 10_000,
      cachePolicy: { mode: 'persist' },
      ingest: (events, stamp) => pipeline.submit(events, stamp),
      loadState: () => s.writer.loadSourceState('src'),
      saveState: (state) => s.writer.saveSourceState(state),
      onHealth: (h) => healths.push(h),
      logger: memoryLogger(),
      timers: fakeTimers,
      random: () => 0.5,
    };
  }

  it('stores valid posts, skips and counts invalid ones with their reason, and keeps going', async () => {
    const logger = memoryLogger();
    pipeline = new IngestPipeline({ writer: store.writer, feed, logger });
    const driver = new ScriptedDriver([
      {
        events: [
          { type: 'upsert', item: candidate(1) },
          { type: 'upsert', item: { ...candidate(2), key: 'x 2' } },
          { type: 'upsert', item: 'not an object' },
          { type: 'invalid', reason: 'mapper could not read item 7' },
          // A secondary field that cannot be used (the date) does not cost the post: dated by the fetch.
          { type: 'upsert', item: { ...candidate(3), createdAt: 'yesterday' } },
        ],
        cursor: 'c1',
      },
    ]);
    const r = runner(driver);
    await r.pollOnce();
    expect(r.currentHealth.state).toBe('ok');
    expect(r.currentHealth.invalidItems).toBe(3);
    expect(r.currentHealth.acceptedItems).toBe(2);
    expect((await store.reader.getPost('x:1'))?.sourceId).toBe('src');
    expect((await store.reader.getPost('x:3'))?.datedAsFetched).toBe('unreadable');
    expect(logger.lines.some((l) => l.includes('x 2') && l.includes('no-key'))).toBe(true);
    // The last refusal, for the settings' source health.
    expect(r.currentHealth.lastRefusal).toMatchObject({ code: 'unreadable', detail: 'mapper could not read item 7' });
    expect(await store.writer.loadSourceState('src')).toMatchObject({ cursor: 'c1', invalidItems: 3 });
  });

  it('resumes from the persisted high-water mark after a restart, without duplicates', async () => {
    const first = new ScriptedDriver([
      {
        events: [
          { type: 'upsert', item: candidate(1) },
          { type: 'upsert', item: candidate(2) },
        ],
        cursor: 'after-2',
      },
    ]);
    await runner(first).pollOnce();
    expect(first.cursors).toEqual([undefined]);

    // "Restart": a new store handle on the same file and a new runner.
    await store.close();
    store = openSqliteStore({ path: join(dir, 'wall.db'), logger: memoryLogger() });
    pipeline = new IngestPipeline({ writer: store.writer, feed, logger: memoryLogger() });
    const published: string[] = [];
    feed.events$.subscribe((e) => e.event.type === 'post' && published.push(e.event.data.post.key));
    // The network returns an overlapping window (item 2 again) plus a new item.
    const second = new ScriptedDriver([
      {
        events: [
          { type: 'upsert', item: candidate(2) },
          { type: 'upsert', item: candidate(3) },
        ],
        cursor: 'after-3',
      },
    ]);
    await runner(second).pollOnce();
    expect(second.cursors).toEqual(['after-2']);
    expect(published).toEqual(['x:3']);
    expect((await store.reader.newestForPanel({ networks: [], sources: [] }, 10)).map((p) => p.key)).toEqual([
      'x:3',
      'x:2',
      'x:1',
    ]);
  });

  it('backs off on failures, honours Retry-After, and turns failing after three in a row', async () => {
    const driver = new ScriptedDriver([
      new ConnectorError('server', 'X answered 503'),
      new ConnectorError('rate-limit', 'X asked us to slow down', 120_000),
      new ConnectorError('network', 'network unreachable'),
      { events: [{ type: 'upsert', item: candidate(1) }] },
    ]);
    const r = runner(driver);
    const d1 = await r.pollOnce();
    expect(r.currentHealth).toMatchObject({ state: 'degraded', consecutiveFailures: 1, lastError: 'X answered 503' });
    const d2 = await r.pollOnce();
    expect(d2).toBeGreaterThanOrEqual(120_000);
    const d3 = await r.pollOnce();
    expect(r.currentHealth.state).toBe('failing');
    expect(d3).toBeLessThanOrEqual(d1); // unreachable: tried at the healthy pace, not doubled
    await r.pollOnce();
    expect(r.currentHealth).toMatchObject({ state: 'ok', consecutiveFailures: 0 });
    expect(healths.at(-1)?.state).toBe('ok');
  });

  it('says in the health why a source polls late (Meta past 75 %), with the wait it keeps, until usage drops', async () => {
    const driver = new ScriptedDriver([
      { events: [], minDelayMs: 438_000, slowdown: { usagePercent: 84 } },
      { events: [], minDelayMs: 438_000, slowdown: { usagePercent: 84 } },
      { events: [] },
    ]);
    const r = runner(driver);
    expect(await r.pollOnce()).toBe(438_000);
    expect(r.currentHealth.slowdown).toEqual({ usagePercent: 84, pollEveryMs: 438_000 });
    expect(healths.at(-1)?.slowdown).toEqual({ usagePercent: 84, pollEveryMs: 438_000 });
    await r.pollOnce();
    await r.pollOnce();
    expect(r.currentHealth.slowdown).toBeUndefined();
    // The screens are told at once that the slowdown ended, not at the next periodic refresh.
    expect(healths.at(-1)?.slowdown).toBeUndefined();
  });

  it('shows an expired token at once and retries it on a short growing schedule, in minutes', async () => {
    const expired = () => new ConnectorError('auth', 'token expired — renew it in Settings');
    const driver = new ScriptedDriver([expired(), expired(), expired()]);
    const r = runner(driver);
    const delays = [await r.pollOnce(), await r.pollOnce(), await r.pollOnce()];
    expect(r.currentHealth).toMatchObject({
      state: 'failing',
      lastError: 'token expired — renew it in Settings',
      lastErrorKind: 'auth',
    });
    expect(delays.map((d) => Math.round(d / 60_000))).toEqual([1, 2, 4]);
  });

  it('a source parked on a refused token tries again at once when IT acts (retryNow), not otherwise', async () => {
    let scheduled: { fn: () => void; ms: number } | undefined;
    const timers: Timers = {
      now: fakeTimers.now,
      setTimeout: (fn, ms) => (scheduled = { fn, ms }),
      clearTimeout: (h) => {
        if (h === scheduled) scheduled = undefined;
      },
    };
    const driver = new ScriptedDriver([
      new ConnectorError('server', 'boom'),
      new ConnectorError('auth', 'token expired — renew it in Settings'),
      { events: [{ type: 'upsert', item: candidate(1) }] },
    ]);
    const r = new SourceRunner({ ...runnerDeps(driver), timers });
    await r.start();
    // Fires the pending timer and waits for the poll to end (it schedules the next one).
    const fire = async () => {
      const due = scheduled;
      scheduled = undefined;
      due?.fn();
      await vi.waitFor(() => expect(scheduled).toBeDefined());
    };
    await fire();
    expect(r.currentHealth.lastErrorKind).toBe('server');
    expect(r.retryNow()).toBe(false); // a 5xx keeps its backoff
    await fire();
    expect(r.currentHealth.lastErrorKind).toBe('auth');
    expect(scheduled?.ms).toBe(132_000); // the second failure in a row: two minutes, jittered
    expect(r.retryNow()).toBe(true);
    expect(scheduled?.ms).toBe(0);
    await fire();
    expect(r.currentHealth).toMatchObject({ state: 'ok', consecutiveFailures: 0 });
    expect(r.retryNow()).toBe(false); // healthy: nothing to bring forward
    await r.stop();
  });

  it('reports a thrown non-connector error as a network failure with its message', async () => {
    const r = runner(new ScriptedDriver([new Error('ECONNREFUSED 127.0.0.1:9')]));
    await r.pollOnce();
    expect(r.currentHealth).toMatchObject({
      state: 'degraded',
      lastError: 'ECONNREFUSED 127.0.0.1:9',
      lastErrorKind: 'network',
    });
  });

  it('tells the screens about health when it changes, not at every poll of a fast source', async () => {
    const driver = new ScriptedDriver([
      { events: [] },
      { events: [] },
      { events: [] },
      new ConnectorError('server', 'boom'),
      { events: [] },
    ]);
    const r = runner(driver);
    await r.start();
    for (let i = 0; i < 5; i++) await r.pollOnce();
    expect(healths.map((h) => h.state)).toEqual(['starting', 'ok', 'degraded', 'ok']);
  });
});
