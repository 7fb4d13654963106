// docs/reliability.md's figures block: a run of some parts replaces their sections and keeps the others.
import { describe, expect, it } from 'vitest';
import { parseSections, replaceSections } from '../../../fault/figures-section.ts';

const DOC = `# Reliability

<!-- FIGURES:START -->
**kill -9**

Run of 2026-12-01: 90 s.

| figure | value |
|---|---|
| kills | 5 |

**full disk**

Run of 2026-12-01: 30 s.
<!-- FIGURES:END -->

After.
`;

describe('the figures block', () => {
  it('reads its sections in order', () => {
    const block = DOC.slice(DOC.indexOf('-->') + 3, DOC.indexOf('<!-- FIGURES:END'));
    expect(parseSections(block).map((s) => s.name)).toEqual(['kill -9', 'full disk']);
    expect(parseSections(block)[0]?.lines).toEqual([
      'Run of 2026-12-01: 90 s.',
      '',
      '| figure | value |',
      '|---|---|',
      '| kills | 5 |',
    ]);
  });

  it('replaces the parts that ran, keeps the others, appends new ones, and leaves the rest of the page', () => {
    const out = replaceSections(DOC, [
      { name: 'full disk', lines: ['Run of 2026-12-08: 31 s.'] },
      { name: 'a simulated month', lines: ['Run of 2026-12-08: 60 s.', '', '| day 5 | 1 MB |'] },
    ]);
    expect(out).toContain('| kills | 5 |');
    expect(out).toContain('**full disk**\n\nRun of 2026-12-08: 31 s.\n');
    expect(out).not.toContain('Run of 2026-12-01: 30 s.');
    expect(out.indexOf('**a simulated month**')).toBeGreaterThan(out.indexOf('**full disk**'));
    expect(out.startsWith('# Reliability\n\n<!-- FIGURES:START -->\n**kill -9**')).toBe(true);
    expect(out.endsWith('<!-- FIGURES:END -->\n\nAfter.\n')).toBe(true);
    // Idempotent: the same run again gives the same page.
    expect(replaceSections(out, [{ name: 'full disk', lines: ['Run of 2026-12-08: 31 s.'] }])).toBe(out);
  });

  it('refuses a page without the block', () => {
    expect(() => replaceSections('# Reliability\n', [])).toThrow(/FIGURES/);
  });
});
