import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenMemoryFile } from '../../../src/main/electron/screens/screen-memory-file.ts';
import type { RememberedPlacement } from '../../../src/main/electron/screens/match-displays.ts';
import { gpuFallbackFlag } from '../../../src/main/electron/recovery/gpu-fallback-flag.ts';

const placement = (panelId: string, id: number): RememberedPlacement => ({
  panelId,
  display: { id, label: 'DELL', width: 1920, height: 1080, scaleFactor: 1, rank: id },
});

describe('screen memory file', () => {
  it('starts empty, then reads back what it wrote', () => {
    const file = screenMemoryFile(mkdtempSync(join(tmpdir(), 'screens-')));
    expect(file.read()).toEqual({ placements: [] });
    file.write([placement('1', 0), placement('2', 1)]);
    expect(file.read()).toEqual({ placements: [placement('1', 0), placement('2', 1)] });
  });

  it('keeps the previous good version and falls back to it when the current one is damaged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'screens-'));
    const file = screenMemoryFile(dir);
    file.write([placement('1', 0)]);
    file.write([placement('1', 5)]);
    writeFileSync(join(dir, 'screens.json'), '{"version":1,"placem');
    const read = file.read();
    expect(read.placements).toEqual([placement('1', 0)]);
    expect(read.problem).toMatch(/screens\.json could not be read.*using the previous mapping/);
    expect(existsSync(join(dir, 'screens.json.tmp'))).toBe(false);
  });

  it('does not overwrite the previous version with a damaged one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'screens-'));
    const file = screenMemoryFile(dir);
    file.write([placement('1', 0)]);
    file.write([placement('1', 1)]);
    writeFileSync(join(dir, 'screens.json'), 'garbage');
    file.write([placement('1', 2)]);
    expect(JSON.parse(readFileSync(join(dir, 'screens.prev.json'), 'utf8')).placements).toEqual([placement('1', 0)]);
    expect(file.read().placements).toEqual([placement('1', 2)]);
  });

  it('maps afresh, saying why, when both versions are unreadable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'screens-'));
    writeFileSync(join(dir, 'screens.json'), '{"version":2}');
    const read = screenMemoryFile(dir).read();
    expect(read.placements).toEqual([]);
    expect(read.problem).toMatch(/not a screen mapping.*mapped afresh/);
  });
});

describe('GPU fallback flag', () => {
  it('persists the decision with its reason until IT deletes it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gpu-'));
    const flag = gpuFallbackFlag(dir);
    expect(flag.isSet()).toBe(false);
    flag.set('the GPU process crashed 4 times in 10 min', new Date('2025-03-10T04:00:00Z'));
    expect(gpuFallbackFlag(dir).isSet()).toBe(true);
    expect(gpuFallbackFlag(dir).reason()).toBe('the GPU process crashed 4 times in 10 min');
  });
});
