// Applies the PostgreSQL schema steps, each in its own transaction, recording them in schema_migrations.
// Several hub processes may start at once: a transaction-scoped advisory lock lets one migrate while the
// others wait, then find nothing left to do. A database newer than this program is refused, not touched.
import type { Logger } from '../../logger.ts';
import type { PgPool } from './pg-pool.ts';
import type { PgMigration } from './pg-schema.ts';

/** The advisory lock key the migrations hold (any constant; 'wall' in ASCII, then 1). */
const MIGRATION_LOCK = 0x7761_6c6c_01;

export async function migratePg(
  pool: PgPool,
  migrations: readonly PgMigration[],
  logger: Logger,
): Promise<{ from: number; to: number }> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1::bigint)', [MIGRATION_LOCK]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
    );
    const { rows } = await client.query<{ version: number | null }>(
      'SELECT MAX(version) AS version FROM schema_migrations',
    );
    const from = rows[0]?.version ?? 0;
    const latest = migrations.at(-1)?.version ?? 0;
    if (from > latest) {
      throw new Error(
        `the database is at schema version ${from}, newer than this program knows (${latest}): update the hub's program before using this database`,
      );
    }
    for (const step of migrations) {
      if (step.version <= from) continue;
      await client.query(step.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [step.version, step.name]);
      logger.info('store: migration applied', { version: step.version, name: step.name });
    }
    await client.query('COMMIT');
    return { from, to: Math.max(from, latest) };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
