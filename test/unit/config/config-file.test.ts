import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { previousVersions, readConfigFile, writeConfigAtomically } from '../../../src/main/config/config-file.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'config-file-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('config file', () => {
  it('writes atomically and keeps the previous good version', () => {
    const path = join(tempDir(), 'config.json');
    writeConfigAtomically(path, { retentionDays: 10 });
    writeConfigAtomically(path, { retentionDays: 20 });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ retentionDays: 20 });
    expect(JSON.parse(readFileSync(path + '.previous', 'utf8'))).toEqual({ retentionDays: 10 });
    expect(readdirSync(join(path, '..')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('moves a damaged file aside (never deletes it), uses the previous version and says so', () => {
    const dir = tempDir();
    const path = join(dir, 'config.json');
    writeConfigAtomically(path, { retentionDays: 10 });
    writeConfigAtomically(path, { retentionDays: 20 });
    writeFileSync(path, '{"retentionDays": 2');
    const read = readConfigFile(path, Date.UTC(2026, 0, 2, 3, 4, 5));
    expect(read.raw).toEqual({ retentionDays: 10 });
    const aside = readdirSync(dir).find((f) => f.startsWith('config.json.corrupt-'));
    expect(aside).toBeDefined();
    // The English sentence for logs, unchanged; the code and values the settings page words in its language.
    expect(read.notices).toEqual([
      {
        level: 'error',
        message: `The configuration file was damaged (not valid JSON): kept as ${join(dir, aside!)}; the previous version (${path}.previous) is in use.`,
        at: '2026-01-02T03:04:05.000Z',
        code: 'config-moved-aside',
        params: { file: path, movedTo: join(dir, aside!), previous: `${path}.previous` },
      },
    ]);
    expect(readFileSync(join(dir, aside!), 'utf8')).toBe('{"retentionDays": 2');
    expect(existsSync(path)).toBe(true);
  });

  it('falls back to the default when there is no previous version', () => {
    const path = join(tempDir(), 'config.json');
    writeFileSync(path, 'garbage');
    const read = readConfigFile(path, 0);
    expect(read.raw).toEqual({});
    expect(read.notices[0]?.message).toMatch(/default configuration/);
    // No `previous`: the page says the defaults are in use.
    expect(read.notices[0]?.code).toBe('config-moved-aside');
    expect(read.notices[0]?.params).toEqual({ file: path, movedTo: `${path}.corrupt-1970-01-01T00-00-00-000Z` });
  });

  it('keeps five previous versions, newest first; the same content saved again pushes none out', () => {
    const path = join(tempDir(), 'config.json');
    for (let days = 1; days <= 8; days++) writeConfigAtomically(path, { retentionDays: days });
    writeConfigAtomically(path, { retentionDays: 8 });
    const kept = previousVersions(path).map(
      (p) => (JSON.parse(readFileSync(p, 'utf8')) as { retentionDays: number }).retentionDays,
    );
    expect(kept).toEqual([7, 6, 5, 4, 3]);
    expect(previousVersions(path)).toEqual([
      `${path}.previous`,
      `${path}.previous.2`,
      `${path}.previous.3`,
      `${path}.previous.4`,
      `${path}.previous.5`,
    ]);
  });

  it('a write that fails leaves no temp file and the file and its previous versions as they were', () => {
    const dir = tempDir();
    const path = join(dir, 'config.json');
    writeConfigAtomically(path, { retentionDays: 1 });
    writeConfigAtomically(path, { retentionDays: 2 });
    // The rename cannot replace a directory that holds something (as a full disk fails the write): it throws.
    const blocked = join(dir, 'blocked.json');
    mkdirSync(join(blocked, 'inside'), { recursive: true });
    expect(() => writeConfigAtomically(blocked, { retentionDays: 3 })).toThrow();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ retentionDays: 2 });
    expect(JSON.parse(readFileSync(`${path}.previous`, 'utf8'))).toEqual({ retentionDays: 1 });
  });

  it('a damaged file with a damaged .previous falls back to the next good version', () => {
    const dir = tempDir();
    const path = join(dir, 'config.json');
    writeConfigAtomically(path, { retentionDays: 1 });
    writeConfigAtomically(path, { retentionDays: 2 });
    writeConfigAtomically(path, { retentionDays: 3 });
    writeFileSync(`${path}.previous`, '{');
    writeFileSync(path, '');
    const read = readConfigFile(path, 0);
    expect(read.raw).toEqual({ retentionDays: 1 });
    expect(read.notices[0]?.params).toMatchObject({ previous: `${path}.previous.2` });
  });
});
