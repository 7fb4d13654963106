// Read and write handles to the database are different types (as in Signal Desktop's ReadableDB/WritableDB):
// the server's handlers get a PostReader built on a ReadableDB and cannot reach a statement that writes.
import Database from 'better-sqlite3';

declare const readableBrand: unique symbol;
declare const writableBrand: unique symbol;

/** A read-only connection: SQLite itself refuses writes on it. */
export type ReadableDB = Database.Database & { readonly [readableBrand]: true };
/** The single connection that ingest, purge and migrations write through. */
export type WritableDB = Database.Database & { readonly [writableBrand]: true };

/** How long a statement waits for a lock held by the other connection before failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5_000;

/** Opens (creating if needed) the file without touching it: pragmas that write come after the checks. */
export function openWritableConnection(path: string): WritableDB {
  return new Database(path, { timeout: BUSY_TIMEOUT_MS }) as WritableDB;
}

/** WAL so that readers never block the writer; NORMAL sync is durable across crashes of the app in WAL mode. */
export function configureWritableConnection(db: WritableDB): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
}

/** Opened after migrations, so that the schema the reader prepares its statements against exists. */
export function openReadableConnection(path: string): ReadableDB {
  return new Database(path, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS }) as ReadableDB;
}
