// The rollups the writer keeps (sqlite-rollup-keeper.ts) equal, table for table and row for row, a full
// recomputation from the posts table after every kind of write of rollup-scenario.ts (the steps the shared suite
// also gives PostgreSQL): shuffled inserts with replies before the posts they answer, customers answering the
// brand's answer before that answer arrives, edits, deletes, a person's hides and restores, a change of the
// moderation rules, a source withdrawn and brought back, and retention. Checked after each step, so that a drift
// says which write.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { bucketOf } from '../../../src/main/store/response-time-buckets.ts';
import { rollupScenario } from './rollup-scenario.ts';
import { openTestStore, tempDbPath, TestClock } from './store-test-kit.ts';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-03-10T12:30:00.000Z');
const hourOf = (ms: number): number => Math.floor(ms / HOUR) * HOUR;

type Row = Record<string, number | string | null>;

/** Every rollup as it must be, from the posts table alone (the rule of shared/calls-for-answer.ts in SQL). */
function recomputed(db: Database.Database): Record<string, Row[]> {
  const threads = db
    .prepare(
      `SELECT c.key, c.network, c.created_at,
         (SELECT MIN(r.created_at) FROM posts r WHERE (r.parent_key = c.key OR r.root_key = c.key)
            AND r.is_brand = 1 AND r.state <> 'deleted') AS first_reply_at
       FROM posts c
       WHERE c.state = 'live' AND c.is_brand = 0 AND c.intent IN ('question', 'complaint')
         AND c.kind IN ('post', 'comment', 'mention', 'review', 'tip') AND c.network NOT IN ('web', 'foursquare')
         AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.key = c.parent_key AND p.is_brand = 1 AND p.parent_key IS NOT NULL)
       ORDER BY c.key`,
    )
    .all() as { key: string; network: string; created_at: number; first_reply_at: number | null }[];
  const count = (rows: Row[], key: Row, by: Record<string, number>): void => {
    const found = rows.find((row) => Object.entries(key).every(([k, v]) => row[k] === v));
    if (!found) rows.push({ ...key, ...by });
    else for (const [column, n] of Object.entries(by)) found[column] = (found[column] as number) + n;
  };
  const answers: Row[] = [];
  const responses: Row[] = [];
  for (const t of threads) {
    count(answers, { hour_start: hourOf(t.created_at) }, { awaited: 1, answered: t.first_reply_at === null ? 0 : 1 });
    if (t.first_reply_at !== null) {
      const bucket = bucketOf(Math.floor(Math.max(0, t.first_reply_at - t.created_at) / 1000));
      count(responses, { hour_start: hourOf(t.created_at), bucket }, { answers: 1 });
    }
  }
  const tone: Row[] = [];
  const themes: Row[] = [];
  const customers = db
    .prepare(`SELECT created_at, sentiment, intent, theme FROM posts WHERE state = 'live' AND is_brand = 0`)
    .all() as { created_at: number; sentiment: string | null; intent: string | null; theme: string | null }[];
  for (const p of customers) {
    if (p.sentiment !== null) count(tone, { hour_start: hourOf(p.created_at), sentiment: p.sentiment }, { posts: 1 });
    if (p.intent === 'complaint' && p.theme !== null)
      count(themes, { hour_start: hourOf(p.created_at), theme: p.theme }, { complaints: 1 });
  }
  return { answer_threads: threads, answer_hourly: answers, response_time_hourly: responses, tone, themes };
}

function kept(db: Database.Database): Record<string, Row[]> {
  const all = (sql: string): Row[] => db.prepare(sql).all() as Row[];
  return {
    answer_threads: all('SELECT key, network, created_at, first_reply_at FROM answer_threads ORDER BY key'),
    answer_hourly: all('SELECT hour_start, awaited, answered FROM answer_hourly'),
    response_time_hourly: all('SELECT hour_start, bucket, answers FROM response_time_hourly'),
    tone: all('SELECT hour_start, sentiment, posts FROM tone_hourly'),
    themes: all('SELECT hour_start, theme, complaints FROM complaint_theme_hourly'),
  };
}

const sorted = (tables: Record<string, Row[]>): Record<string, string[]> =>
  Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.map((r) => JSON.stringify(r)).sort()]));

describe('rollups kept by the writer', () => {
  it('equal a full recomputation after inserts, out-of-order replies, edits, deletes, moderation and retention', async () => {
    const path = tempDbPath();
    const store = openTestStore(path, new TestClock(NOW));
    const db = new Database(path, { readonly: true });
    for (const step of rollupScenario(NOW, 900)) {
      await step.run(store);
      expect(sorted(kept(db)), `after ${step.name}`).toEqual(sorted(recomputed(db)));
    }
    // Enough of each case left for the comparison to mean something.
    const threads = kept(db).answer_threads ?? [];
    expect(threads.length).toBeGreaterThan(50);
    expect(threads.filter((t) => t.first_reply_at === null).length).toBeGreaterThan(10);
    expect(threads.filter((t) => t.first_reply_at !== null).length).toBeGreaterThan(10);
  });
});
