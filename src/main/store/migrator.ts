// Applies numbered migrations, each in its own transaction, and records progress in PRAGMA user_version.
// A migration that throws rolls back entirely: the database stays at the last version that succeeded.
import type { Logger } from '../logger.ts';
import type { Migration } from './migrations/migration.ts';
import type { ReadableDB, WritableDB } from './sqlite-handles.ts';

export function readSchemaVersion(db: ReadableDB | WritableDB): number {
  const version: unknown = db.pragma('user_version', { simple: true });
  if (typeof version !== 'number') throw new Error(`PRAGMA user_version returned ${String(version)}`);
  return version;
}

export interface MigrateOptions {
  logger: Logger;
  /** Stop at this version (tests build a database "as it was" at version N). Default: the last migration. */
  toVersion?: number;
}

export interface MigrateResult {
  from: number;
  to: number;
}

export function migrate(db: WritableDB, migrations: readonly Migration[], options: MigrateOptions): MigrateResult {
  assertNumberedInOrder(migrations);
  const target = options.toVersion ?? migrations.at(-1)?.version ?? 0;
  const from = readSchemaVersion(db);
  if (from > target) {
    throw new Error(`database schema version ${from} is newer than the target version ${target}`);
  }
  for (const migration of migrations) {
    if (migration.version <= from || migration.version > target) continue;
    const apply = db.transaction(() => {
      migration.up(db);
      // user_version lives in the file header, which is written in the same transaction as the schema change.
      db.pragma(`user_version = ${migration.version}`);
    });
    try {
      apply();
    } catch (error) {
      throw new Error(
        `migration ${migration.version} (${migration.name}) failed and was rolled back: ${errorMessage(error)}`,
        { cause: error },
      );
    }
    options.logger.info('store: migration applied', { version: migration.version, name: migration.name });
  }
  return { from, to: readSchemaVersion(db) };
}

function assertNumberedInOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migration "${migration.name}" has version ${migration.version}, expected ${index + 1}`);
    }
  });
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
