// A database we cannot use is never deleted: it is renamed, with its WAL and shared-memory files, so that IT
// (or a newer version of the app) can still recover it.
import { existsSync, renameSync } from 'node:fs';

export type MoveAsideReason = 'corrupt' | 'newer';

/** SQLite's sidecar files: they belong to the database and must move with it. */
const SIDECARS = ['-wal', '-shm', '-journal'] as const;

/** Renames `<path>` to `<path>.<reason>-<timestamp>` (and its sidecars alike); returns the new path. */
export function moveDatabaseAside(path: string, reason: MoveAsideReason, nowMs: number): string {
  // No colons: the name must be valid on Windows too.
  const stamp = new Date(nowMs).toISOString().replace(/[:.]/g, '-');
  const base = `${path}.${reason}-${stamp}`;
  let target = base;
  for (let n = 1; SIDECARS.some((s) => existsSync(target + s)) || existsSync(target); n += 1) {
    target = `${base}-${n}`;
  }
  if (existsSync(path)) renameSync(path, target);
  for (const sidecar of SIDECARS) {
    if (existsSync(path + sidecar)) renameSync(path + sidecar, target + sidecar);
  }
  return target;
}
