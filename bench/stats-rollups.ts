// The statistics at any size (issue 12): the stats tick (computeStats over the rollups of migration 010) on a store
// of many posts, against the same tick on a store of a thousand; and what keeping the rollups costs the writes
// (the writer's SqliteRollupKeeper), against the same posts written by the same writer keeping none.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { computeStats } from '../src/main/engine/stats-calculator.ts';
import { memoryLogger } from '../src/main/logger.ts';
import { MemoryPostCache } from '../src/main/store/memory-post-cache.ts';
import { MIGRATIONS } from '../src/main/store/migrations/index.ts';
import type { Migration } from '../src/main/store/migrations/migration.ts';
import { migrate } from '../src/main/store/migrator.ts';
import { openSqliteStore } from '../src/main/store/open-sqlite-store.ts';
import { configureWritableConnection, type WritableDB } from '../src/main/store/sqlite-handles.ts';
import { SqlitePostWriter } from '../src/main/store/sqlite-post-writer.ts';
import type { RollupKeeper } from '../src/main/store/sqlite-rollup-keeper.ts';
import type { PostWriter } from '../src/main/store/store-api.ts';
import { COMPLAINT_THEMES, PostSchema, type Post } from '../src/shared/post.ts';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-03-10T12:30:00.000Z');
const brand = { id: 'brand', name: 'Atelier Nova', isBrand: true };
const INTENTS = ['question', 'complaint', 'praise', 'other'] as const;
const TONES = ['positive', 'neutral', 'negative'] as const;

/**
 * What the writes look like: `history` spreads the posts over 30 days (a new wall's first fetch, or a store built
 * over a month: each write touches hundreds of hourly rows); `live` keeps them within the last day (what a running
 * wall ingests: a write touches a few).
 */
export type WriteShape = 'history' | 'live';
const SPAN_MINUTES: Record<WriteShape, number> = { history: 30 * 24 * 60, live: 24 * 60 };

/** Post i of a wall: customers' posts over the shape's span, a third answered by the brand within hours. */
function postsAt(i: number, runId: string, shape: WriteShape = 'history'): Post[] {
  const createdMs = NOW - ((i * 7_919) % SPAN_MINUTES[shape]) * 60_000;
  const intent = INTENTS[i % 4] ?? 'other';
  const customer = PostSchema.parse({
    key: `facebook:${runId}-${i}`,
    network: 'facebook',
    kind: 'comment',
    sourceId: 'bench',
    author: { id: `u${i % 997}`, name: `User ${i % 997}`, isBrand: false },
    text: `Post ${i}`,
    createdAt: new Date(createdMs).toISOString(),
    fetchedAt: new Date(NOW).toISOString(),
    sentiment: TONES[i % 3],
    intent,
    ...(intent === 'complaint' ? { theme: COMPLAINT_THEMES[i % COMPLAINT_THEMES.length] } : {}),
  });
  if (i % 3 !== 0) return [customer];
  const reply = PostSchema.parse({
    key: `facebook:${runId}-r${i}`,
    network: 'facebook',
    kind: 'reply',
    sourceId: 'bench',
    parentKey: customer.key,
    rootKey: customer.key,
    author: brand,
    text: `Answer ${i}`,
    createdAt: new Date(createdMs + (i % 7) * HOUR).toISOString(),
    fetchedAt: new Date(NOW).toISOString(),
  });
  return [customer, reply];
}

/** The baseline's writer keeps no rollups: the difference is what they cost. */
const NO_ROLLUPS: RollupKeeper = { rowChanged: () => undefined, keptBy: (write) => write };

/** A store of `customers` customer posts (and the brand's answers), written through the store as on a wall. */
async function fill(path: string, customers: number, runId: string): Promise<void> {
  const store = openSqliteStore({ path, logger: memoryLogger('error'), now: () => NOW });
  await write(store.writer, 0, customers, runId);
  await store.close();
}

/** Writes customers [from, to) in chunks of 500; returns how many posts were written. */
async function write(
  writer: PostWriter,
  from: number,
  to: number,
  runId: string,
  shape: WriteShape = 'history',
): Promise<number> {
  let written = 0;
  for (let i = from; i < to; i += 500) {
    const chunk: Post[] = [];
    for (let j = i; j < Math.min(to, i + 500); j++) chunk.push(...postsAt(j, runId, shape));
    await writer.upsertMany(chunk);
    written += chunk.length;
  }
  return written;
}

interface WriteCost {
  withRollups: number;
  withoutRollups: number;
  /** Medians over the slices of 1 − (time without / time with), in elapsed time and in CPU time. */
  cost: number;
  costCpu: number;
  /** The same for migration 010's triggers (how the rollups were kept before migration 012), for comparison. */
  triggerCost: number;
  triggerCostCpu: number;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

interface Side {
  db: WritableDB;
  writer: PostWriter;
  ms: number[];
  cpuMs: number[];
  posts: number;
}

/** A file of the schema `migrations` make, and the writer on it. */
function side(path: string, migrations: readonly Migration[], keeper: RollupKeeper | undefined): Side {
  const db = new Database(path) as WritableDB;
  configureWritableConnection(db);
  migrate(db, migrations, { logger: memoryLogger('error') });
  const options = { now: () => NOW, purgeChunkRows: 500, purgeMaxRowsPerCall: 2_000 };
  const writer = new SqlitePostWriter(db, new MemoryPostCache(10, 10), options, keeper);
  return { db, writer, ms: [], cpuMs: [], posts: 0 };
}

/**
 * Write throughput with the rollups kept by the writer, without any, and with migration 010's triggers, into
 * files of the same tables, in alternate slices of the same posts so that a change of the machine's load falls on
 * every side alike. A cost is the median over the slices: a slice that lost the processor to another program
 * counts once, not in the total.
 */
async function writeCost(dir: string, customers: number, shape: WriteShape): Promise<WriteCost> {
  const kept = side(join(dir, 'kept.db'), MIGRATIONS, undefined);
  const none = side(join(dir, 'none.db'), MIGRATIONS, NO_ROLLUPS);
  const triggers = side(
    join(dir, 'triggers.db'),
    MIGRATIONS.filter((m) => m.version <= 10),
    NO_ROLLUPS,
  );
  const sides = [kept, none, triggers];
  const slice = 1_000;
  for (let from = 0, turn = 0; from < customers; from += slice, turn++) {
    // Each side goes first in turn.
    for (const current of [...sides.slice(turn % 3), ...sides.slice(0, turn % 3)]) {
      const start = performance.now();
      const cpu = process.cpuUsage();
      current.posts += await write(current.writer, from, Math.min(customers, from + slice), 'c', shape);
      const { user, system } = process.cpuUsage(cpu);
      current.cpuMs.push((user + system) / 1000);
      current.ms.push(performance.now() - start);
    }
  }
  for (const current of sides) current.db.close();
  const costs = (of: Side, by: (s: Side) => number[]): number =>
    median(by(of).map((withMs, i) => 1 - (by(none)[i] ?? 0) / withMs));
  const rate = (s: Side): number => (s.posts / s.ms.reduce((a, b) => a + b, 0)) * 1000;
  return {
    withRollups: rate(kept),
    withoutRollups: rate(none),
    cost: costs(kept, (s) => s.ms),
    costCpu: costs(kept, (s) => s.cpuMs),
    triggerCost: costs(triggers, (s) => s.ms),
    triggerCostCpu: costs(triggers, (s) => s.cpuMs),
  };
}

async function tickMs(path: string, runs: number): Promise<{ medianMs: number; maxMs: number }> {
  const store = openSqliteStore({ path, logger: memoryLogger('error'), now: () => NOW });
  const input = {
    nowMs: NOW,
    startOfDayMs: NOW - 12.5 * HOUR,
    responseTargetSeconds: 3_600,
    answerTarget: 0.8,
    hidden: 0,
    networkRatings: [],
  };
  await computeStats(store.stats, input); // warm: statements prepared, pages cached, as on a running wall
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await computeStats(store.stats, { ...input, nowMs: NOW + i * 1_000 });
    times.push(performance.now() - start);
  }
  await store.close();
  times.sort((a, b) => a - b);
  return { medianMs: +(times[times.length >> 1] ?? 0).toFixed(2), maxMs: +(times.at(-1) ?? 0).toFixed(2) };
}

export interface StatsTickResult {
  storedPosts: number;
  tickMedianMs: number;
  tickMaxMs: number;
  smallStorePosts: number;
  smallTickMedianMs: number;
}

export interface RollupCostResult {
  writesPerSecondWithRollups: number;
  writesPerSecondWithoutRollups: number;
  /** Share of write throughput the rollups cost (1 − with / without), in elapsed time (median of slices). */
  rollupCost: number;
  /**
   * The same in CPU time: the writes are synchronous on one thread, so this is their work, and a busy machine's
   * waits for a core (which fall unevenly on the two sides) do not count.
   */
  rollupCostCpu: number;
  /** What migration 010's triggers cost the same writes (elapsed, CPU), measured in the same run. */
  triggerCost: number;
  triggerCostCpu: number;
}

export type StatsRollupsResult = StatsTickResult & RollupCostResult;

async function inTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-stats-'));
  try {
    return await run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The tick over `customers` customer posts (and a brand answer to every third: 4/3 as many rows stored). */
export async function statsTick(customers: number): Promise<StatsTickResult> {
  return inTempDir(async (dir) => {
    const large = join(dir, 'large.db');
    await fill(large, customers, 'l');
    const tick = await tickMs(large, 30);
    const small = join(dir, 'small.db');
    await fill(small, 750, 's');
    const smallTick = await tickMs(small, 30);
    return {
      storedPosts: customers + Math.ceil(customers / 3),
      tickMedianMs: tick.medianMs,
      tickMaxMs: tick.maxMs,
      smallStorePosts: 750 + 250,
      smallTickMedianMs: smallTick.medianMs,
    };
  });
}

/** What keeping the rollups costs the writes of `customers` customer posts and the brand's answers. */
export async function rollupWriteCost(customers: number, shape: WriteShape = 'history'): Promise<RollupCostResult> {
  return inTempDir(async (dir) => {
    const cost = await writeCost(dir, customers, shape);
    return {
      writesPerSecondWithRollups: Math.round(cost.withRollups),
      writesPerSecondWithoutRollups: Math.round(cost.withoutRollups),
      rollupCost: +cost.cost.toFixed(3),
      rollupCostCpu: +cost.costCpu.toFixed(3),
      triggerCost: +cost.triggerCost.toFixed(3),
      triggerCostCpu: +cost.triggerCostCpu.toFixed(3),
    };
  });
}

export async function statsRollups(customers = 60_000, costCustomers = 10_000): Promise<StatsRollupsResult> {
  return { ...(await statsTick(customers)), ...(await rollupWriteCost(costCustomers)) };
}
