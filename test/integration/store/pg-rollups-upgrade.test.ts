// A hub whose PostgreSQL database was made before the statistics' rollups (schema version 2) gets them at its next
// start: step 3 fills them from the posts already stored. They must be what the writer would have kept had they
// existed all along: the same posts written through a store that keeps them (rollup-scenario.ts: out-of-order
// replies, edits, deletes, hides, the rules, a withdrawn source, retention), then copied row for row into a
// version-2 database, which the store then opens and upgrades. PostgreSQL runs in its own throwaway cluster.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../src/main/logger.ts';
import { openPostgresStore } from '../../../src/main/store/postgres/open-postgres-store.ts';
import { migratePg } from '../../../src/main/store/postgres/pg-migrator.ts';
import { createPgPool, type PgPool } from '../../../src/main/store/postgres/pg-pool.ts';
import { PG_MIGRATIONS } from '../../../src/main/store/postgres/pg-schema.ts';
import { POST_ROW_COLUMNS } from '../../../src/main/store/post-row.ts';
import type { Store } from '../../../src/main/store/store-api.ts';
import { startPostgresCluster, type PostgresCluster } from '../../support/postgres-cluster.ts';
import { at } from './post-factory.ts';
import { answerStatsOf, rollupScenario } from './rollup-scenario.ts';
import { TestClock } from './store-test-kit.ts';

const NOW = Date.parse(at(0));
const POST_COLUMNS = [...POST_ROW_COLUMNS, 'moderated_by'];
const ROLLUPS: Record<string, string> = {
  answer_threads: 'SELECT key, network, created_at, first_reply_at FROM answer_threads ORDER BY key',
  answer_hourly: 'SELECT hour_start, awaited, answered FROM answer_hourly ORDER BY hour_start',
  response_time_hourly: 'SELECT hour_start, bucket, answers FROM response_time_hourly ORDER BY hour_start, bucket',
  tone_hourly: 'SELECT hour_start, sentiment, posts FROM tone_hourly ORDER BY hour_start, sentiment',
  complaint_theme_hourly: 'SELECT hour_start, theme, complaints FROM complaint_theme_hourly ORDER BY hour_start, theme',
};

let cluster: PostgresCluster | undefined;
beforeAll(async () => {
  cluster = await startPostgresCluster();
}, 180_000);
afterAll(async () => {
  await cluster?.stop();
});

async function database(name: string): Promise<string> {
  if (!cluster) throw new Error('the PostgreSQL test cluster did not start');
  const admin = createPgPool(cluster.url, 1);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return cluster.urlOf(name);
}

async function rollupsOf(pool: PgPool): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const [table, sql] of Object.entries(ROLLUPS)) tables[table] = (await pool.query(sql)).rows;
  return tables;
}

describe('a hub database made before the rollups', () => {
  it('gets them filled from its stored posts at the upgrade, as the writer would have kept them', async () => {
    const open = async (url: string): Promise<Store> =>
      openPostgresStore({ connectionString: url, logger: memoryLogger(), now: new TestClock(NOW).now });

    // The posts as a hub stores them, with the rollups kept along the way.
    const keptUrl = await database('kept_all_along');
    const kept = await open(keptUrl);
    for (const step of rollupScenario(NOW, 600)) await step.run(kept);

    // The same rows in a database at version 2, which had no rollup tables.
    const oldUrl = await database('made_before_rollups');
    const old = createPgPool(oldUrl, 1);
    await migratePg(
      old,
      PG_MIGRATIONS.filter((m) => m.version <= 2),
      memoryLogger(),
    );
    const keptPool = createPgPool(keptUrl, 1);
    const { rows } = await keptPool.query<Record<string, unknown>>(
      `SELECT ${POST_COLUMNS.join(', ')} FROM posts ORDER BY row_id`,
    );
    expect(rows.length).toBeGreaterThan(300);
    for (const row of rows)
      await old.query(
        `INSERT INTO posts (${POST_COLUMNS.join(', ')}) VALUES (${POST_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`,
        POST_COLUMNS.map((column) => row[column]),
      );
    expect((await old.query(`SELECT to_regclass('answer_threads') AS t`)).rows[0]).toEqual({ t: null });

    // The hub starts again with this program: step 3 makes the tables and fills them.
    const upgraded = await open(oldUrl);
    const expected = await rollupsOf(keptPool);
    expect(await rollupsOf(old)).toEqual(expected);
    expect(await answerStatsOf(upgraded, NOW)).toEqual(await answerStatsOf(kept, NOW));
    // Enough of each kind for the comparison to mean something.
    const threads = expected['answer_threads'] as { first_reply_at: string | null }[];
    expect(threads.filter((t) => t.first_reply_at === null).length).toBeGreaterThan(10);
    expect(threads.filter((t) => t.first_reply_at !== null).length).toBeGreaterThan(10);
    expect(expected['complaint_theme_hourly']?.length).toBeGreaterThan(10);

    // And the writer keeps them from there.
    for (const step of rollupScenario(NOW + 1, 200).slice(0, 2)) {
      await step.run(upgraded);
      await step.run(kept);
    }
    expect(await rollupsOf(old)).toEqual(await rollupsOf(keptPool));

    await Promise.all([old.end(), keptPool.end(), kept.close(), upgraded.close()]);
  });
});
