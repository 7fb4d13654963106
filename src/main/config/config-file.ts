// The config file on disk: written atomically (temp file, fsync, rename) with the previous good version
// kept beside it as <file>.previous; a file that is not JSON at start (a power cut mid-write on a file
// system without atomic rename) is never destroyed: moved aside, the previous version used, IT told.
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { WallNotice } from '../../shared/health.ts';

export const PREVIOUS_SUFFIX = '.previous';

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

export function writeConfigAtomically(path: string, config: unknown): void {
  const temp = `${path}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, JSON.stringify(config, null, 2) + '\n');
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (existsSync(path) && parsesAsJson(path)) copyFileSync(path, path + PREVIOUS_SUFFIX);
  renameSync(temp, path);
  fsyncDirectory(dirname(path));
}

function parsesAsJson(path: string): boolean {
  try {
    JSON.parse(readFileSync(path, 'utf8'));
    return true;
  } catch {
    return false;
  }
}

export interface ReadConfigResult {
  /** The parsed JSON (undefined: the file does not exist). */
  raw: unknown;
  notices: WallNotice[];
}

/** Reads a config file; one that is not JSON is moved aside and the previous good version (if any) read instead. */
export function readConfigFile(path: string, nowMs: number): ReadConfigResult {
  if (!existsSync(path)) return { raw: undefined, notices: [] };
  try {
    return { raw: JSON.parse(readFileSync(path, 'utf8')), notices: [] };
  } catch {
    const stamp = new Date(nowMs).toISOString().replace(/[:.]/g, '-');
    const aside = `${path}.corrupt-${stamp}`;
    renameSync(path, aside);
    const previous = path + PREVIOUS_SUFFIX;
    const fallback = existsSync(previous) && parsesAsJson(previous) ? previous : undefined;
    const raw: unknown = fallback ? JSON.parse(readFileSync(fallback, 'utf8')) : {};
    if (fallback) copyFileSync(fallback, path);
    const message = `The configuration file was damaged (not valid JSON): kept as ${aside}; ${fallback ? `the previous version (${fallback}) is in use` : 'the default configuration is in use'}.`;
    const params = { file: path, movedTo: aside, ...(fallback ? { previous: fallback } : {}) };
    return {
      raw,
      notices: [{ level: 'error', message, at: new Date(nowMs).toISOString(), code: 'config-moved-aside', params }],
    };
  }
}
