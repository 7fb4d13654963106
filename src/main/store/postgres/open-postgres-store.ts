// The PostgreSQL store: the same interface as open-sqlite-store.ts, for a fleet hub (issue 18). One pool for
// reads and writes; memory-policy posts in this process's memory, as on SQLite. Migrations run under an
// advisory lock, so several hub processes can start at once on the same database.
import type { Logger } from '../../logger.ts';
import { DamagedPosts } from '../damaged-posts.ts';
import { MemoryPostCache } from '../memory-post-cache.ts';
import { StorageFailures, watchedWriter } from '../storage-failures.ts';
import type { Store } from '../store-api.ts';
import { migratePg } from './pg-migrator.ts';
import { createPgPool, describeDatabase } from './pg-pool.ts';
import { PgPostReader } from './pg-post-reader.ts';
import { PgPostWriter } from './pg-post-writer.ts';
import { PG_MIGRATIONS } from './pg-schema.ts';
import { PgStatsReader } from './pg-stats-reader.ts';
import { PgFleetRegistry } from './pg-fleet-registry.ts';

export interface PostgresStoreOptions {
  /** postgres://user:password@host:port/database (a password is never logged). */
  connectionString: string;
  logger: Logger;
  now?: () => number;
  memoryPostsPerSource?: number;
  /** Connections in the pool (reads of the screens and the writer share it). */
  maxConnections?: number;
}

export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const logger = options.logger.child({ component: 'store' });
  const now = options.now ?? Date.now;
  const database = describeDatabase(options.connectionString);
  const pool = createPgPool(options.connectionString, options.maxConnections);
  // An idle connection the server drops (a restart, a failover) is an error event on the pool, not a crash.
  pool.on('error', (error) => logger.warn('store: a PostgreSQL connection was lost', { error: error.message }));
  try {
    const { from, to } = await migratePg(pool, PG_MIGRATIONS, logger);
    const memory = new MemoryPostCache(options.memoryPostsPerSource ?? 5_000, 50_000);
    const failures = new StorageFailures(database, logger, now);
    const writer = watchedWriter(
      new PgPostWriter(pool, memory, { now, purgeChunkRows: 500, purgeMaxRowsPerCall: 2_000 }),
      failures,
    );
    logger.info('store: opened', { database, schemaFrom: from, schemaVersion: to });
    let closed: Promise<void> | undefined;
    return {
      reader: new PgPostReader(pool, memory, now, new DamagedPosts(logger)),
      stats: new PgStatsReader(pool, memory, now),
      writer,
      fleet: new PgFleetRegistry(pool),
      get notices() {
        return failures.notices;
      },
      close: () => (closed ??= pool.end()),
    };
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`the hub's database ${database} could not be opened: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
