// Opens the writable connection, and sets aside a file it cannot use (corrupt, or written by a newer version
// of the app) instead of failing: an unattended kiosk must come back up on its own and tell IT what happened.
import { accessSync, chmodSync, closeSync, constants, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { WallNotice } from '../../shared/health.ts';
import type { Logger } from '../logger.ts';
import { readSchemaVersion } from './migrator.ts';
import { moveDatabaseAside, type MoveAsideReason } from './move-aside.ts';
import {
  configureWritableConnection,
  openReadableConnection,
  openWritableConnection,
  type ReadableDB,
  type WritableDB,
} from './sqlite-handles.ts';

export interface CheckedDatabase {
  db: WritableDB;
  notices: WallNotice[];
}

interface Unusable {
  reason: MoveAsideReason;
  detail: string;
  /** The schema version found (reason 'newer'). */
  version?: number;
}

export function openCheckedDatabase(
  path: string,
  options: { logger: Logger; now: () => number; latestVersion: number },
): CheckedDatabase {
  mkdirSync(dirname(path), { recursive: true });
  assertWritableFolder(dirname(path));
  const notices: WallNotice[] = [];
  const problem = findProblem(path, options.latestVersion);
  if (problem) {
    const movedTo = moveDatabaseAside(path, problem.reason, options.now());
    const message =
      problem.reason === 'corrupt'
        ? `The database ${path} was damaged (${problem.detail}). It was moved to ${movedTo} and the wall ` +
          `started with an empty database; posts will be fetched again.`
        : `The database ${path} was written by a newer version of Social Wall (${problem.detail}). It was ` +
          `moved to ${movedTo} and the wall started with an empty database; install the newer version to use it.`;
    options.logger.warn(`store: database moved aside: ${message}`, { path, movedTo, reason: problem.reason });
    const at = new Date(options.now()).toISOString();
    notices.push(
      problem.reason === 'corrupt'
        ? {
            level: 'warning',
            message,
            at,
            code: 'database-moved-aside',
            params: { file: path, movedTo, problem: problem.detail },
          }
        : {
            level: 'warning',
            message,
            at,
            code: 'database-newer',
            params: { file: path, movedTo, version: problem.version ?? 0, latest: options.latestVersion },
          },
    );
  }
  ownerOnly(path);
  const db = openWritableConnection(path);
  try {
    configureWritableConnection(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return { db, notices };
}

/**
 * A data folder that cannot be written (a disk remounted read-only after errors, rights taken away) stops the
 * start with what to do, instead of SQLite's "unable to open database file".
 */
function assertWritableFolder(folder: string): void {
  try {
    accessSync(folder, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'ERROR';
    const why = code === 'EROFS' ? 'its disk is mounted read-only' : 'this user may not write it';
    throw new Error(
      `the data folder ${folder} cannot be written (${code}: ${why}): the wall keeps its posts and settings there. ` +
        `Make the disk writable again or give the wall's user the right to write the folder, then start the wall again.`,
      { cause: error },
    );
  }
}

/**
 * Checks the file through a read-only connection: it neither writes pragmas nor checkpoints the WAL into the
 * file when it closes, so a database set aside is exactly as we found it.
 */
function findProblem(path: string, latestVersion: number): Unusable | undefined {
  if (!existsSync(path)) return undefined;
  const db = openReadableConnection(path);
  try {
    // The first statement reads the header: a file that is not SQLite fails here with SQLITE_NOTADB.
    const version = readSchemaVersion(db);
    if (version > latestVersion) {
      return {
        reason: 'newer',
        version,
        detail: `schema version ${version}, this version knows up to ${latestVersion}`,
      };
    }
    const check = quickCheck(db);
    return check === 'ok' ? undefined : { reason: 'corrupt', detail: `integrity check: ${check}` };
  } catch (error) {
    if (isCorruption(error)) return { reason: 'corrupt', detail: error.message };
    throw error;
  } finally {
    db.close();
  }
}

/** PRAGMA quick_check: O(size) but without index cross-checks, fast enough for every start. */
function quickCheck(db: ReadableDB): string {
  const result = db.pragma('quick_check');
  const rows: unknown[] = Array.isArray(result) ? result : [result];
  const problems = rows
    .map((row) => String(typeof row === 'object' && row !== null ? Object.values(row)[0] : row))
    .flatMap((text) => text.split('\n'))
    .map((line) => line.trim())
    .filter((line) => line !== 'ok' && line !== '' && !line.startsWith('***'));
  if (problems.length === 0) return 'ok';
  // One line for IT, not SQLite's full report.
  const more = problems.length > 2 ? ` and ${problems.length - 2} more problems` : '';
  return problems.slice(0, 2).join('; ') + more;
}

function isCorruption(error: unknown): error is InstanceType<typeof Database.SqliteError> {
  return (
    error instanceof Database.SqliteError && (error.code === 'SQLITE_NOTADB' || error.code.startsWith('SQLITE_CORRUPT'))
  );
}

/**
 * wall.db holds what customers wrote, hidden posts and the sources' cursors: readable by its owner only, as
 * config.json is. Created 0600 before SQLite opens it (SQLite gives its -wal and -shm files the database's
 * mode), and an older file made so too.
 */
function ownerOnly(path: string): void {
  if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600));
  for (const file of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(file)) chmodSync(file, 0o600);
}
