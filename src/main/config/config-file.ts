// The config file on disk: written atomically (temp file, fsync, rename; the temp file removed when any step
// fails, e.g. a full disk), with the previous good versions kept beside it: <file>.previous (the latest), then
// <file>.previous.2 … .previous.5. Only a save that passed validation reaches this file, so a refused or empty
// save never pushes a good version out. A file that is not JSON at start (a power cut mid-write on a file
// system without atomic rename) is never destroyed: moved aside, the newest previous version used, IT told.
import { copyFileSync, existsSync, readFileSync, renameSync } from 'node:fs';
import { writeFileAtomically } from '../files/atomic-file.ts';
import type { WallNotice } from '../../shared/health.ts';

export const PREVIOUS_SUFFIX = '.previous';
/** How many previous versions are kept (the latest is `.previous`, the older `.previous.2` …). */
export const PREVIOUS_VERSIONS = 5;

/** `<file>.previous`, `<file>.previous.2`, …, newest first. */
export function previousVersions(path: string): string[] {
  return Array.from({ length: PREVIOUS_VERSIONS }, (_, i) => path + PREVIOUS_SUFFIX + (i === 0 ? '' : `.${i + 1}`));
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function parsesAsJson(text: string | undefined): boolean {
  if (text === undefined) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The file in force becomes `.previous`, each older one moves down a place, the oldest falls off. */
function keepPrevious(path: string, next: string): void {
  const current = readText(path);
  // The same content saved again is not a new version: history is not pushed out by repeated saves.
  if (!parsesAsJson(current) || current === next) return;
  const versions = previousVersions(path);
  if (readText(versions[0]!) === current) return;
  for (let i = versions.length - 1; i > 0; i--) {
    if (existsSync(versions[i - 1]!)) renameSync(versions[i - 1]!, versions[i]!);
  }
  copyFileSync(path, versions[0]!);
}

export function writeConfigAtomically(path: string, config: unknown): void {
  const text = JSON.stringify(config, null, 2) + '\n';
  writeFileAtomically(path, text, { mode: 0o600, beforeReplace: () => keepPrevious(path, text) });
}

export interface ReadConfigResult {
  /** The parsed JSON (undefined: the file does not exist). */
  raw: unknown;
  notices: WallNotice[];
}

/** Reads a config file; one that is not JSON is moved aside and the newest previous good version (if any) read instead. */
export function readConfigFile(path: string, nowMs: number): ReadConfigResult {
  if (!existsSync(path)) return { raw: undefined, notices: [] };
  try {
    return { raw: JSON.parse(readFileSync(path, 'utf8')), notices: [] };
  } catch {
    const stamp = new Date(nowMs).toISOString().replace(/[:.]/g, '-');
    const aside = `${path}.corrupt-${stamp}`;
    renameSync(path, aside);
    const fallback = previousVersions(path).find((p) => parsesAsJson(readText(p)));
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
