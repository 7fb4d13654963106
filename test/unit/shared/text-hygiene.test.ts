import { describe, expect, it } from 'vitest';
import { cleanHtmlText, cleanLine, cleanText, isBlank, truncate } from '../../../src/shared/text-hygiene.ts';

describe('cleanText', () => {
  it('collapses runs of blank lines (spaces-only lines included) and trims', () => {
    expect(cleanText('\n\n  \nUn\n\n\n \n\t\nDeux  \n\n')).toBe('Un\n\nDeux');
  });

  it('turns every kind of line break into one', () => {
    expect(cleanText('a\r\nb\rc\u2028d\u2029e\u0085f')).toBe('a\nb\nc\nd\ne\nf');
  });

  it('removes controls, the BOM, embeddings and overrides, and half surrogate pairs; keeps isolates, marks and emoji', () => {
    expect(cleanText('\ufeffa\u0001\u009fb\u202a\u202b\u202c\u202d\u202ec\ud800d\u2066e\u2069\u200ef 👩‍👩‍👧')).toBe(
      'abcd\u2066e\u2069\u200ef 👩‍👩‍👧',
    );
  });

  it('keeps four combining marks on a letter, drops the tower above', () => {
    const tower = `Z${'\u0336'.repeat(40)}a`;
    expect(cleanText(tower)).toBe(`Z${'\u0336'.repeat(4)}a`);
    expect(cleanText('Việt')).toBe('Việt');
  });
});

describe('cleanLine and truncate', () => {
  it('makes one line of single spaces', () => {
    expect(cleanLine('  Camille \n\n  Dupont\t ')).toBe('Camille Dupont');
  });

  it('cuts with an ellipsis, never in the middle of an emoji', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
    const cut = truncate('ab😀😀', 4);
    expect(cut).toBe('ab…');
  });
});

describe('isBlank', () => {
  it('sees nothing in spaces, zero-width and direction characters', () => {
    expect(isBlank(' \u200b\u200e\u200d\n')).toBe(true);
    expect(isBlank('\u0301')).toBe(true);
    expect(isBlank('·')).toBe(false);
    expect(isBlank('😀')).toBe(false);
  });
});

describe('cleanHtmlText', () => {
  it('cleans a text node of rich text without touching its spaces', () => {
    expect(cleanHtmlText(' a\u0000\u202eb\n\n\n\n c ')).toBe(' ab\n\n c ');
  });
});
