// Opens the writable connection, and sets aside a file it cannot use (corrupt, or written by a newer version
// of the app) instead of failing: an unattended kiosk must come back up on its own and tell IT what happened.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { WallNotice } from '../../shared/health.ts';
import type { Logger } from '../logger.ts';
import { readSchemaVersion } from './migrator.ts';
import { moveDatabaseAside, type MoveAsideReason } from './move-aside.ts';
import { configureWritableConnection, openWritableConnection, type WritableDB } from './sqlite-handles.ts';

export interface CheckedDatabase {
  db: WritableDB;
  notices: WallNotice[];
}

interface Unusable {
  reason: MoveAsideReason;
  detail: string;
}

export function openCheckedDatabase(
  path: string,
  options: { logger: Logger; now: () => number; latestVersion: number },
): CheckedDatabase {
  mkdirSync(dirname(path), { recursive: true });
  const checked = openIfUsable(path, options.latestVersion);
  if ('db' in checked) return { db: checked.db, notices: [] };

  const movedTo = moveDatabaseAside(path, checked.reason, options.now());
  const message =
    checked.reason === 'corrupt'
      ? `The database ${path} was damaged (${checked.detail}). It was moved to ${movedTo} and the wall ` +
        `started with an empty database; posts will be fetched again.`
      : `The database ${path} was written by a newer version of Social Wall (${checked.detail}). It was moved ` +
        `to ${movedTo} and the wall started with an empty database; install the newer version to use it again.`;
  options.logger.warn(`store: database moved aside: ${message}`, { path, movedTo, reason: checked.reason });

  const db = openWritableConnection(path);
  try {
    configureWritableConnection(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return { db, notices: [{ level: 'warning', message, at: new Date(options.now()).toISOString() }] };
}

function openIfUsable(path: string, latestVersion: number): { db: WritableDB } | Unusable {
  const db = openWritableConnection(path);
  try {
    // The first statement reads the header: a file that is not SQLite fails here with SQLITE_NOTADB.
    // Nothing is written before these checks, so a database set aside is exactly as we found it.
    const version = readSchemaVersion(db);
    if (version > latestVersion) {
      db.close();
      return { reason: 'newer', detail: `schema version ${version}, this version knows up to ${latestVersion}` };
    }
    const check = quickCheck(db);
    if (check !== 'ok') {
      db.close();
      return { reason: 'corrupt', detail: `integrity check: ${check}` };
    }
    configureWritableConnection(db);
    return { db };
  } catch (error) {
    db.close();
    if (isCorruption(error)) return { reason: 'corrupt', detail: error.message };
    throw error;
  }
}

/** PRAGMA quick_check: O(size) but without index cross-checks, fast enough for every start. */
function quickCheck(db: WritableDB): string {
  const result = db.pragma('quick_check');
  const rows: unknown[] = Array.isArray(result) ? result : [result];
  const problems = rows.flatMap((row) => {
    const value: unknown = typeof row === 'object' && row !== null ? Object.values(row)[0] : row;
    return value === 'ok' ? [] : [String(value)];
  });
  return problems.length === 0 ? 'ok' : problems.slice(0, 3).join('; ');
}

function isCorruption(error: unknown): error is InstanceType<typeof Database.SqliteError> {
  return (
    error instanceof Database.SqliteError &&
    (error.code === 'SQLITE_NOTADB' || error.code.startsWith('SQLITE_CORRUPT'))
  );
}
