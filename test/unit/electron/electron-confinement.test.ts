// Keeps the Electron layer thin and confined: nothing outside src/main/electron imports Electron, and
// inside it only the entry (main.ts) imports it at run time — every other module takes Electron's
// objects as parameters and imports types only, so it runs under Node in tests. (That the Electron corner
// reaches the engine only through wall.ts is test/unit/architecture/layers.test.ts's.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const runtimeElectronImport = /^\s*import\s+(?!type\b)[^;]*from\s+['"]electron['"]/m;

describe('Electron stays in its corner', () => {
  it('inside it, only main.ts imports Electron at run time', () => {
    const inside = files(join(root, 'src', 'main', 'electron'));
    expect(
      inside.filter((f) => runtimeElectronImport.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f)),
    ).toEqual(['src/main/electron/main.ts']);
  });

  it('keeps the entry short: what this process is, then the kiosk or its supervisor', () => {
    expect(readFileSync(join(root, 'src', 'main', 'electron', 'main.ts'), 'utf8').split('\n').length).toBeLessThan(150);
  });
});
