// Migration 002 on a database an older version of the app filled: the rollup starts out exact.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../src/main/logger.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../src/main/store/migrations/index.ts';
import { migrate } from '../../../src/main/store/migrator.ts';
import { configureWritableConnection, openWritableConnection } from '../../../src/main/store/sqlite-handles.ts';
import { toPostRow } from '../../../src/main/store/post-row.ts';
import { bruteForceBuckets, bruteForceCounts, rollupBuckets } from './live-counts-oracle.ts';
import { makePost } from './post-factory.ts';
import { openTestStore, tempDbPath, TestClock } from './store-test-kit.ts';

const MINUTE = 60_000;
const NOW = Date.parse('2026-03-31T12:17:00.000Z');
const minutesAgo = (minutes: number): string => new Date(NOW - minutes * MINUTE).toISOString();

describe('migration 002 (hourly live counts)', () => {
  it('1 → 2 backfills the rollup from the posts already stored, and counting stays exact', async () => {
    const path = tempDbPath();
    const atV1 = openWritableConnection(path);
    configureWritableConnection(atV1);
    migrate(atV1, MIGRATIONS, { logger: memoryLogger(), toVersion: 1 });
    // Written as version 1's writer did: its columns only, no rollup, no triggers.
    const V1_COLUMNS = [
      'key',
      'source_id',
      'network',
      'kind',
      'parent_key',
      'root_key',
      'is_brand',
      'created_at',
      'state',
      'rating',
      'expires_at',
      'content_hash',
      'json',
    ] as const;
    const insertV1 = atV1.prepare(
      `INSERT INTO posts (${V1_COLUMNS.join(', ')}) VALUES (${V1_COLUMNS.map(() => '?').join(', ')})`,
    );
    const deleteV1 = atV1.prepare(`UPDATE posts SET state = 'deleted', json = NULL, expires_at = NULL WHERE key = ?`);
    const networks = ['facebook', 'instagram', 'x', 'foursquare'] as const;
    const posts = Array.from({ length: 400 }, (_, i) =>
      makePost({
        id: `v1-${i}`,
        network: networks[i % networks.length],
        createdAt: minutesAgo(i * 7 + (i % 3)), // about two days, off the hour boundaries
        fetchedAt: new Date(NOW - MINUTE).toISOString(),
        state: i % 17 === 0 ? 'hidden' : 'live',
        cachePolicy: i % 11 === 0 ? { mode: 'ttl', seconds: (i % 2) * 3_600 + 30 } : { mode: 'persist' },
      }),
    );
    for (const post of posts) {
      const row = toPostRow(post);
      insertV1.run(...V1_COLUMNS.map((column) => row[column]));
    }
    for (const post of posts.filter((_, i) => i % 13 === 0)) deleteV1.run(post.key);
    atV1.close();

    const store = openTestStore(path, new TestClock(NOW));
    // Every migration after 1, once each (a new migration adds itself here).
    expect(store.logLines.filter((l) => l.includes('migration applied'))).toEqual(
      MIGRATIONS.slice(1).map((m) => expect.stringContaining(`"version":${m.version}`)),
    );
    const file = new Database(path, { readonly: true });
    expect(file.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const buckets = rollupBuckets(file);
    expect(buckets.length).toBeGreaterThan(40);
    expect(buckets).toEqual(bruteForceBuckets(file));
    file.close();
    for (const since of [0, NOW - 97 * MINUTE, Date.parse('2026-03-30T18:30:00.000Z'), NOW - 24 * 60 * MINUTE]) {
      expect(await store.stats.countsPerNetwork(since)).toEqual(bruteForceCounts(path, since, NOW, []));
    }

    // And the triggers carry on from the backfill.
    await store.writer.upsertMany([makePost({ id: 'after', network: 'x', createdAt: minutesAgo(5) })]);
    await store.writer.markDeleted([posts[1]?.key ?? '']);
    const after = new Database(path, { readonly: true });
    expect(rollupBuckets(after)).toEqual(bruteForceBuckets(after));
    after.close();
    const lastHour = NOW - 60 * MINUTE;
    expect(await store.stats.countsPerNetwork(lastHour)).toEqual(bruteForceCounts(path, lastHour, NOW, []));
  });
});
