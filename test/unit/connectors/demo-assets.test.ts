import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEMO_IMAGES } from '../../../src/connectors/demo/corpus/images.ts';

const dir = fileURLToPath(new URL('../../../assets/demo/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.svg'));

describe('demo pictures', () => {
  it('bundles every picture the corpus names, and only those', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(files.length).toBeLessThanOrEqual(12);
    expect([...files].sort()).toEqual(DEMO_IMAGES.map((i) => i.file).sort());
  });

  it.each(files)('%s is a small, self-contained 1200×900 SVG', (file) => {
    const svg = readFileSync(`${dir}${file}`, 'utf8');
    expect(statSync(`${dir}${file}`).size).toBeLessThan(8 * 1024);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 1200 900"/);
    expect(svg).toContain('<title>');
    // Nothing a kiosk would fetch or run: no scripts, handlers, external references or embedded data.
    expect(svg).not.toMatch(/<script|<foreignObject|\son[a-z]+=|javascript:|data:|@import/i);
    for (const m of svg.matchAll(/(?:href|src)="([^"]*)"/g))
      expect(m[1]?.startsWith('#'), `${file}: ${m[1]}`).toBe(true);
    expect(svg.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, '')).not.toMatch(/url\((?!#)|https?:/);
  });
});
