import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRotatingFileWriter } from '../../../src/main/logging/rotating-file-writer.ts';

const line = (n: number) => `line ${String(n).padStart(3, '0')}`; // 8 characters + newline = 9 bytes

describe('rotating file writer', () => {
  it('appends lines until the next one would pass the size, then rotates and keeps N old files', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rot-')), 'logs', 'wall.log');
    const writer = createRotatingFileWriter({ file, maxBytes: 20, keep: 2 });
    for (let i = 1; i <= 7; i++) writer.write(line(i));
    // Two lines (18 bytes) per file: 1-2 dropped, 3-4 in .2, 5-6 in .1, 7 current.
    expect(readFileSync(file, 'utf8')).toBe('line 007\n');
    expect(readFileSync(`${file}.1`, 'utf8')).toBe('line 005\nline 006\n');
    expect(readFileSync(`${file}.2`, 'utf8')).toBe('line 003\nline 004\n');
    expect(existsSync(`${file}.3`)).toBe(false);
  });

  it('counts what an earlier launch left in the file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rot-')), 'wall.log');
    writeFileSync(file, 'x'.repeat(15) + '\n');
    createRotatingFileWriter({ file, maxBytes: 20, keep: 1 }).write(line(1));
    expect(readFileSync(file, 'utf8')).toBe('line 001\n');
    expect(readFileSync(`${file}.1`, 'utf8')).toBe('x'.repeat(15) + '\n');
  });

  it('writes a line longer than the limit alone in its file rather than losing it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rot-')), 'wall.log');
    const writer = createRotatingFileWriter({ file, maxBytes: 10, keep: 1 });
    writer.write('a very long line indeed');
    writer.write(line(2));
    expect(readFileSync(`${file}.1`, 'utf8')).toBe('a very long line indeed\n');
    expect(readFileSync(file, 'utf8')).toBe('line 002\n');
  });

  it('refuses a size that cannot hold anything', () => {
    expect(() => createRotatingFileWriter({ file: join(tmpdir(), 'never.log'), maxBytes: 0, keep: 1 })).toThrow(
      /maxBytes/,
    );
  });
});
