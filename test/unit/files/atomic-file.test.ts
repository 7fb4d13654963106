import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../src/main/files/atomic-file.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
  dirs.push(dir);
  return dir;
}

describe('writeFileAtomically', () => {
  it('replaces the content, with the mode asked, and leaves nothing beside it', () => {
    const dir = tempDir();
    const file = join(dir, 'state.json');
    writeFileSync(file, 'old', { mode: 0o644 });
    writeFileAtomically(file, 'new', { mode: 0o600 });
    expect(readFileSync(file, 'utf8')).toBe('new');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['state.json']);
  });

  it('a write that fails keeps the old content and leaves no temporary file', () => {
    const dir = tempDir();
    const file = join(dir, 'state.json');
    mkdirSync(file); // the rename over a directory fails (EISDIR), as a full disk or a locked file would
    expect(() => writeFileAtomically(file, 'new')).toThrow(/EISDIR|EPERM|EEXIST|ENOTEMPTY/);
    expect(readdirSync(dir)).toEqual(['state.json']);
  });

  it('runs beforeReplace after the new content is safe and before it takes the place', () => {
    const dir = tempDir();
    const file = join(dir, 'state.json');
    writeFileSync(file, 'old');
    const seen: string[] = [];
    writeFileAtomically(file, 'new', { beforeReplace: () => seen.push(readFileSync(file, 'utf8')) });
    expect(seen).toEqual(['old']);
    expect(readFileSync(file, 'utf8')).toBe('new');
  });
});
