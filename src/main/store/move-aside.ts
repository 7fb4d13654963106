// A file we cannot use (a database, the connectors' secrets) is never deleted: it is renamed, with its
// sidecar files, so that IT (or a newer version of the app) can still recover it.
import { existsSync, renameSync } from 'node:fs';

export type MoveAsideReason = 'corrupt' | 'newer';

/** SQLite's sidecar files: they belong to the database and must move with it. */
const SIDECARS = ['-wal', '-shm', '-journal'] as const;

/** Renames `<path>` to `<path>.<reason>-<timestamp>` (and its sidecars alike); returns the new path. */
export function moveFileAside(
  path: string,
  reason: MoveAsideReason,
  nowMs: number,
  sidecars: readonly string[] = [],
): string {
  // No colons: the name must be valid on Windows too.
  const stamp = new Date(nowMs).toISOString().replace(/[:.]/g, '-');
  const base = `${path}.${reason}-${stamp}`;
  let target = base;
  for (let n = 1; sidecars.some((s) => existsSync(target + s)) || existsSync(target); n += 1) {
    target = `${base}-${n}`;
  }
  if (existsSync(path)) renameSync(path, target);
  for (const sidecar of sidecars) {
    if (existsSync(path + sidecar)) renameSync(path + sidecar, target + sidecar);
  }
  return target;
}

/** A database file with its WAL, shared-memory and journal files. */
export function moveDatabaseAside(path: string, reason: MoveAsideReason, nowMs: number): string {
  return moveFileAside(path, reason, nowMs, SIDECARS);
}
