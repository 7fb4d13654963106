// The SQLite store: one writable connection for ingest, a separate read-only one for the server's handlers,
// and the in-memory cache for posts whose source's terms forbid storing them. Takes a path (never asks
// Electron for one), so it runs the same under plain Node.
import type { Logger } from '../logger.ts';
import { MemoryPostCache } from './memory-post-cache.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index.ts';
import { migrate } from './migrator.ts';
import { openCheckedDatabase } from './open-checked-database.ts';
import { openReadableConnection, type ReadableDB } from './sqlite-handles.ts';
import { SqlitePostReader } from './sqlite-post-reader.ts';
import { SqlitePostWriter } from './sqlite-post-writer.ts';
import { SqliteStatsReader } from './sqlite-stats-reader.ts';
import { SqliteFleetRegistry } from './sqlite-fleet-registry.ts';
import type { Store } from './store-api.ts';
import { DamagedPosts } from './damaged-posts.ts';
import { StorageFailures, watchedWriter } from './storage-failures.ts';

export interface SqliteStoreOptions {
  /** The database file; created with its folder if missing. */
  path: string;
  logger: Logger;
  /** The clock for TTL checks on reads and for notices (tests inject one). */
  now?: () => number;
  /** Cache policy "memory": the newest posts kept per source. */
  memoryPostsPerSource?: number;
}

export function openSqliteStore(options: SqliteStoreOptions): Store {
  const logger = options.logger.child({ component: 'store' });
  const now = options.now ?? Date.now;
  const { db: writable, notices } = openCheckedDatabase(options.path, {
    logger,
    now,
    latestVersion: LATEST_SCHEMA_VERSION,
  });

  let readable: ReadableDB | undefined;
  try {
    const { from, to } = migrate(writable, MIGRATIONS, { logger });
    readable = openReadableConnection(options.path);
    const memory = new MemoryPostCache(options.memoryPostsPerSource ?? 5_000, 50_000);
    const reader = new SqlitePostReader(readable, memory, now, new DamagedPosts(logger));
    const stats = new SqliteStatsReader(readable, memory, now);
    // Every write goes through the failure watch: a refused write is a wall notice, not a silent crash.
    const failures = new StorageFailures(options.path, logger, now);
    const writer = watchedWriter(
      new SqlitePostWriter(writable, memory, { now, purgeChunkRows: 500, purgeMaxRowsPerCall: 2_000 }),
      failures,
    );
    logger.info('store: opened', { path: options.path, schemaFrom: from, schemaVersion: to });

    let closed = false;
    const close = async (): Promise<void> => {
      if (closed) return;
      closed = true;
      // Reader first: SQLite checkpoints the WAL into the file and deletes it when the last connection closes,
      // so what is left on disk is one self-contained database (an explicit TRUNCATE checkpoint would add
      // nothing, and would wait on any outside reader, such as IT's SQLite browser, at shutdown).
      readable?.close();
      writable.close();
    };
    return {
      reader,
      stats,
      writer,
      fleet: new SqliteFleetRegistry(writable),
      get notices() {
        return [...notices, ...failures.notices];
      },
      close,
    };
  } catch (error) {
    readable?.close();
    writable.close();
    throw error;
  }
}
