// One way to replace a file so that a power cut, a crash or a full disk leaves either the old content or the
// new one, never half of each, and never a temporary file behind: write beside it, fsync, set the mode again
// (a temporary file left by a crash keeps its old one), rename over it, fsync the folder.
import { chmodSync, closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';

export interface AtomicWriteOptions {
  /** The file's permissions (POSIX); 0o600 for anything secret. */
  mode?: number;
  /** Called between the write and the rename, e.g. to keep the previous version first. */
  beforeReplace?: () => void;
  /** false for a cache that can be fetched again: whole or absent after a crash, without the two fsyncs' cost. */
  durable?: boolean;
}

export function writeFileAtomically(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): void {
  const mode = options.mode ?? 0o644;
  const temp = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    const fd = openSync(temp, 'w', mode);
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      if (options.durable !== false) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (process.platform !== 'win32') chmodSync(temp, mode);
    options.beforeReplace?.();
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
  if (options.durable !== false) fsyncDirectory(dirname(path));
}

function fsyncDirectory(dir: string): void {
  // Makes the rename itself durable; Windows cannot open a directory, and NTFS journals the rename anyway.
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
