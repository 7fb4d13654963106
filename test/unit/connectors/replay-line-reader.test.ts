import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCompleteLines, type FileLine } from '../../../src/connectors/replay/line-reader.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'line-reader-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function readAll(content: string, offset: number, chunkBytes: number): Promise<FileLine[]> {
  const file = join(dir, 'f.txt');
  writeFileSync(file, content);
  const handle = await open(file, 'r');
  try {
    const lines: FileLine[] = [];
    for await (const line of readCompleteLines(handle, offset, chunkBytes)) lines.push(line);
    return lines;
  } finally {
    await handle.close();
  }
}

describe('readCompleteLines', () => {
  it('returns complete lines with the byte offset after each, even across tiny chunks', async () => {
    const content = 'é👍a\nbb\n€\n';
    for (const chunk of [1, 2, 3, 5, 64]) {
      const lines = await readAll(content, 0, chunk);
      expect(lines.map((l) => l.text)).toEqual(['é👍a', 'bb', '€']);
      expect(lines.map((l) => l.end)).toEqual([8, 11, 15]);
    }
  });

  it('resumes from an offset and leaves an unterminated last line for later', async () => {
    const lines = await readAll('one\ntwo\nthr', 4, 3);
    expect(lines).toEqual([{ text: 'two', end: 8 }]);
    expect(await readAll('', 0, 8)).toEqual([]);
  });
});
