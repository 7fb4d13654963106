import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../src/main/logger.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../src/main/store/migrations/index.ts';
import type { Migration } from '../../../src/main/store/migrations/migration.ts';
import { migrate, readSchemaVersion } from '../../../src/main/store/migrator.ts';
import { openWritableConnection, type WritableDB } from '../../../src/main/store/sqlite-handles.ts';
import { panelQuerySql } from '../../../src/main/store/sqlite-post-reader.ts';
import { at, makePost } from './post-factory.ts';
import { ALL, keysOf, openTestStore, tempDbPath } from './store-test-kit.ts';

/** A database as an older version of the app left it: only the first `version` migrations applied. */
function databaseAtVersion(path: string, version: number, migrations: readonly Migration[] = MIGRATIONS): WritableDB {
  const db = openWritableConnection(path);
  migrate(db, migrations, { logger: memoryLogger(), toVersion: version });
  return db;
}

/** The version a migration made up by a test takes, after the real ones. */
const NEXT_VERSION = LATEST_SCHEMA_VERSION + 1;

function tableNames(db: Database.Database): string[] {
  const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
  return names.map(String);
}

describe('migrations', () => {
  it('are numbered 1..n, one per file, and the latest is what a store opens at', async () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    const path = tempDbPath();
    await openTestStore(path).close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    db.close();
  });

  it('can stop at a version: version 0 is an empty database', () => {
    const db = databaseAtVersion(tempDbPath(), 0);
    expect(readSchemaVersion(db)).toBe(0);
    expect(tableNames(db)).toEqual([]);
    db.close();
  });

  it('0 → latest: a store opens a version-0 file, creates the schema, and data survives a reopen', async () => {
    const path = tempDbPath();
    databaseAtVersion(path, 0).close();

    const store = openTestStore(path);
    await store.writer.upsertMany([makePost({ id: 'kept', createdAt: at(1) })]);
    await store.writer.saveSourceState({ sourceId: 'source-a', invalidItems: 2, cursor: 'c1' });
    await store.close();

    const reopened = openTestStore(path);
    expect(keysOf(await reopened.reader.newestForPanel(ALL, 10))).toEqual(['mastodon:kept']);
    expect(await reopened.writer.loadSourceState('source-a')).toEqual({
      sourceId: 'source-a',
      invalidItems: 2,
      cursor: 'c1',
    });
    // Nothing ran twice: a second run of 001 would have failed on "table posts already exists".
    expect(reopened.logLines.filter((l) => l.includes('migration applied'))).toEqual([]);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(tableNames(db)).toEqual([
      'answer_hourly',
      'answer_threads',
      'complaint_theme_hourly',
      'fleet_pairing_codes',
      'fleet_stores',
      'fleet_update_reports',
      'live_posts_per_hour',
      'live_rating_totals',
      'moderation_audit',
      'posts',
      'response_time_hourly',
      'source_state',
      'tone_hourly',
      'wall_state',
    ]);
    db.close();
  });

  it('N → N+1 keeps the data written at version N (with a next migration made up for the test)', () => {
    const addColumn: Migration = {
      version: NEXT_VERSION,
      name: 'test-only mood column',
      up: (db) => db.exec("ALTER TABLE posts ADD COLUMN mood TEXT NOT NULL DEFAULT 'neutral'"),
    };
    const path = tempDbPath();
    const atV1 = databaseAtVersion(path, LATEST_SCHEMA_VERSION, [...MIGRATIONS, addColumn]);
    atV1
      .prepare(
        `INSERT INTO posts (key, source_id, network, kind, is_brand, created_at, state, content_hash, json)
         VALUES ('mastodon:v1', 's', 'mastodon', 'post', 0, 1, 'live', 'h', '{}')`,
      )
      .run();
    expect(migrate(atV1, [...MIGRATIONS, addColumn], { logger: memoryLogger() })).toEqual({
      from: LATEST_SCHEMA_VERSION,
      to: NEXT_VERSION,
    });
    expect(atV1.prepare('SELECT key, mood FROM posts').all()).toEqual([{ key: 'mastodon:v1', mood: 'neutral' }]);
    atV1.close();
  });

  it('a migration that fails rolls back entirely and leaves the version where it was', () => {
    const broken: Migration = {
      version: NEXT_VERSION,
      name: 'broken',
      up: (db) => {
        db.exec('CREATE TABLE half_done (x)');
        throw new Error('boom');
      },
    };
    const db = databaseAtVersion(tempDbPath(), LATEST_SCHEMA_VERSION);
    expect(() => migrate(db, [...MIGRATIONS, broken], { logger: memoryLogger() })).toThrow(
      new RegExp(`migration ${NEXT_VERSION} \\(broken\\).*boom`),
    );
    expect(readSchemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(tableNames(db)).not.toContain('half_done');
    db.close();
  });

  it('refuses migrations that are not numbered in order', () => {
    const db = databaseAtVersion(tempDbPath(), 0);
    const skipped: Migration = { version: NEXT_VERSION + 1, name: 'skips one', up: () => undefined };
    expect(() => migrate(db, [...MIGRATIONS, skipped], { logger: memoryLogger() })).toThrow(
      new RegExp(`expected ${NEXT_VERSION}`),
    );
    db.close();
  });
});

describe('query plans', () => {
  /** EXPLAIN QUERY PLAN lines of the feed query for a filter shape, against a store with posts in it. */
  async function feedPlan(networks: number, sources: number): Promise<string[]> {
    const path = tempDbPath();
    const store = openTestStore(path);
    await store.writer.upsertMany(
      Array.from({ length: 300 }, (_, i) =>
        makePost({ id: `q${i}`, network: i % 3 === 0 ? 'x' : 'facebook', sourceId: `s${i % 4}`, createdAt: at(i) }),
      ),
    );
    const params: Record<string, string | number> = { now: 0, limit: 20 };
    for (let i = 0; i < networks; i++) params[`n${i}`] = 'x';
    for (let i = 0; i < sources; i++) params[`s${i}`] = `s${i}`;
    const db = new Database(path, { readonly: true });
    const explain = db.prepare<[typeof params], { detail: string }>(
      `EXPLAIN QUERY PLAN ${panelQuerySql(networks, sources)}`,
    );
    const plan = explain.all(params);
    db.close();
    return plan.map((row) => row.detail);
  }

  it.each([
    [0, 0],
    [2, 0],
    [0, 3],
    [2, 2],
  ])('the feed query (%i networks, %i sources) walks posts_live_feed newest first, with no sort', async (n, s) => {
    const plan = await feedPlan(n, s);
    expect(plan).toEqual([expect.stringMatching(/^SCAN posts USING (COVERING )?INDEX posts_live_feed$/)]);
    expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
  });
});
