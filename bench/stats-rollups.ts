// The statistics at any size (issue 12): the stats tick (computeStats over the rollups of migration 010) on a store
// of many posts, against the same tick on a store of a thousand; and what the rollups' triggers cost the writes,
// against the same posts written into the same schema without them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { computeStats } from '../src/main/engine/stats-calculator.ts';
import { memoryLogger } from '../src/main/logger.ts';
import { openSqliteStore } from '../src/main/store/open-sqlite-store.ts';
import { COMPLAINT_THEMES, PostSchema, type Post } from '../src/shared/post.ts';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-03-10T12:30:00.000Z');
const brand = { id: 'brand', name: 'Atelier Nova', isBrand: true };
const INTENTS = ['question', 'complaint', 'praise', 'other'] as const;
const TONES = ['positive', 'neutral', 'negative'] as const;

/** Post i of a wall: customers' posts over 30 days, a third answered by the brand within hours. */
function postsAt(i: number, runId: string): Post[] {
  const createdMs = NOW - ((i * 7_919) % (30 * 24 * 60)) * 60_000;
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

async function fill(path: string, customers: number, runId: string, withoutRollups = false): Promise<number> {
  // The schema as the store makes it (every migration), then, for the baseline, without the rollups' triggers.
  await openSqliteStore({ path, logger: memoryLogger('error'), now: () => NOW }).close();
  if (withoutRollups) {
    const db = new Database(path);
    const triggers = db
      .prepare<[], { name: string }>(
        `SELECT name FROM sqlite_master WHERE type = 'trigger' AND (sql LIKE '%answer_threads%'
         OR sql LIKE '%tone_hourly%' OR sql LIKE '%complaint_theme_hourly%' OR sql LIKE '%answer_hourly%')`,
      )
      .all();
    for (const { name } of triggers) db.exec(`DROP TRIGGER ${name}`);
    db.close();
  }
  return write(path, customers, runId);
}

/** Writes the posts through the store's writer in chunks of 500; returns posts per second. */
async function write(path: string, customers: number, runId: string): Promise<number> {
  const store = openSqliteStore({ path, logger: memoryLogger('error'), now: () => NOW });
  let written = 0;
  const start = performance.now();
  for (let i = 0; i < customers; i += 500) {
    const chunk: Post[] = [];
    for (let j = i; j < Math.min(customers, i + 500); j++) chunk.push(...postsAt(j, runId));
    await store.writer.upsertMany(chunk);
    written += chunk.length;
  }
  const seconds = (performance.now() - start) / 1000;
  await store.close();
  return written / seconds;
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

export interface StatsRollupsResult {
  storedPosts: number;
  tickMedianMs: number;
  tickMaxMs: number;
  smallStorePosts: number;
  smallTickMedianMs: number;
  writesPerSecondWithRollups: number;
  writesPerSecondWithoutRollups: number;
  /** Share of write throughput the rollups cost (1 − with / without). */
  rollupCost: number;
}

/** `customers` customer posts (and a brand answer to every third): 4/3 as many rows stored. */
export async function statsRollups(customers = 60_000, costCustomers = 10_000): Promise<StatsRollupsResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-stats-'));
  try {
    const large = join(dir, 'large.db');
    await fill(large, customers, 'l');
    const tick = await tickMs(large, 30);
    const small = join(dir, 'small.db');
    await fill(small, 750, 's');
    const smallTick = await tickMs(small, 30);
    const withRollups = await fill(join(dir, 'with.db'), costCustomers, 'w');
    const withoutRollups = await fill(join(dir, 'without.db'), costCustomers, 'o', true);
    return {
      storedPosts: customers + Math.ceil(customers / 3),
      tickMedianMs: tick.medianMs,
      tickMaxMs: tick.maxMs,
      smallStorePosts: 750 + 250,
      smallTickMedianMs: smallTick.medianMs,
      writesPerSecondWithRollups: Math.round(withRollups),
      writesPerSecondWithoutRollups: Math.round(withoutRollups),
      rollupCost: +(1 - withRollups / withoutRollups).toFixed(3),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
