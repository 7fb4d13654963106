// At a month of retention (~200k rows) the stats read must stay O(hour buckets): checked on what decides it,
// the query plans and the size of the rollup, not on a time that depends on the machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../src/main/logger.ts';
import { openSqliteStore } from '../../../src/main/store/open-sqlite-store.ts';
import {
  PARTIAL_SPAN_COUNTS_SQL,
  ROLLUP_COUNTS_SQL,
  TTL_COUNTS_SQL,
} from '../../../src/main/store/sqlite-live-counts.ts';
import { bruteForceCounts } from './live-counts-oracle.ts';
import { openTestStore, TestClock } from './store-test-kit.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.parse('2026-03-31T12:17:00.000Z');
const ROWS = 200_000;
const SPAN_MS = 30 * DAY;
const NETWORKS = ['facebook', 'instagram', 'x', 'foursquare'];
/** A day that starts at a :30 offset (UTC+5:30): the "since" read has a partial hour to count. */
const SINCE = Date.parse('2026-03-30T18:30:00.000Z');

let dir = '';
let path = '';

/** EXPLAIN QUERY PLAN detail lines of one of the reader's statements. */
function plan(sql: string): string[] {
  const db = new Database(path, { readonly: true });
  const rows = db
    .prepare<[Record<string, number>], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
    .all({ since: SINCE, boundary: SINCE + HOUR / 2, now: NOW });
  db.close();
  return rows.map((row) => row.detail);
}

describe('countsPerNetwork at 200k rows', () => {
  // Built once for the three checks (a test's own temporary folder would be gone after the first).
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'social-wall-scale-'));
    path = join(dir, 'wall.db');
    await openSqliteStore({ path, logger: memoryLogger() }).close();
    // A month of posts, evenly spread, straight into the file (the triggers fill the rollup as ingest would);
    // a few hidden, deleted or under a TTL.
    const db = new Database(path);
    db.exec(`
      WITH RECURSIVE i(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM i WHERE n < ${ROWS - 1})
      INSERT INTO posts (key, source_id, network, kind, is_brand, created_at, state, expires_at, content_hash, json)
      SELECT 'x:scale-' || n, 's',
        CASE n % 4 ${NETWORKS.map((network, k) => `WHEN ${k} THEN '${network}'`).join(' ')} END,
        'post', 0, ${NOW - SPAN_MS} + n * ${Math.floor(SPAN_MS / ROWS)} + n % 997,
        CASE WHEN n % 50 = 0 THEN 'deleted' WHEN n % 71 = 0 THEN 'hidden' ELSE 'live' END,
        CASE WHEN n % 1000 = 7 THEN ${NOW} + (n % 3 - 1) * ${HOUR} END,
        'h', '{}'
      FROM i`);
    db.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the rollup alone for whole hours: one scan of a table of hours × networks, never of posts', () => {
    expect(plan(ROLLUP_COUNTS_SQL)).toEqual(['SCAN live_posts_per_hour']);
    const db = new Database(path, { readonly: true });
    const buckets = db.prepare('SELECT COUNT(*) FROM live_posts_per_hour').pluck().get();
    db.close();
    expect(buckets).toBeLessThanOrEqual(NETWORKS.length * (SPAN_MS / HOUR + 1));
  });

  it('counts the partial hour through a created_at index, and TTL rows through the expiry index', () => {
    expect(plan(PARTIAL_SPAN_COUNTS_SQL)).toEqual([
      expect.stringMatching(
        /^SEARCH posts USING (COVERING )?INDEX (posts_live_feed|posts_by_time) \(created_at>\? AND created_at<\?\)$/,
      ),
      'USE TEMP B-TREE FOR GROUP BY',
    ]);
    expect(plan(TTL_COUNTS_SQL)).toEqual([
      'SEARCH posts USING INDEX posts_expiry (expires_at>?)',
      'USE TEMP B-TREE FOR GROUP BY',
    ]);
  });

  it('gives exactly what a scan of the posts table gives', async () => {
    const store = openTestStore(path, new TestClock(NOW));
    for (const since of [SINCE, NOW - 90 * 60_000 - 17, NOW - 7 * DAY, 0]) {
      expect(await store.stats.countsPerNetwork(since)).toEqual(bruteForceCounts(path, since, NOW, []));
    }
  });
});
