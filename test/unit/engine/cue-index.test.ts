// The cue index only skips cues that cannot match: for every cue and every post of the evaluation set (and a few
// made to hit the edges), a cue whose pattern matches the text is among the text's candidates.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CueIndex } from '../../../src/main/engine/enrich/cues/cue-index.ts';
import { ENGLISH_CUES } from '../../../src/main/engine/enrich/cues/english-cues.ts';
import { FRENCH_CUES } from '../../../src/main/engine/enrich/cues/french-cues.ts';
import { requiredText } from '../../../src/main/engine/enrich/cues/required-text.ts';
import { tokenise, withShorthand } from '../../../src/main/engine/enrich/text/tokens.ts';

describe('required text', () => {
  it('is what every match of a pattern holds, or nothing when no literal is sure', () => {
    expect(requiredText(String.raw`toujours (?:pas|rien)`)).toEqual(new Set([' toujours ']));
    // The optional "s" is cut off; the optional group guarantees nothing.
    expect(requiredText(String.raw`(?:j' )?attends? toujours`)).toEqual(new Set([' toujours']));
    expect(requiredText(String.raw`(?:still|yet) (?:waiting|pending)`)).toEqual(new Set([' waiting', ' pending']));
    expect(requiredText(String.raw`[0-3] / 10`)).toEqual(new Set([' / 10']));
    expect(requiredText(String.raw`\d+ ?%`)).toEqual(new Set(['%']));
    expect(requiredText(String.raw`\d+ ?h`)).toBeUndefined();
  });
});

describe('cue index', () => {
  const texts = ['fr', 'en'].flatMap((lang) =>
    readFileSync(join(import.meta.dirname, '../../../eval/set', `${lang}.jsonl`), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );
  const edges = [
    'en 30 minutes chrono',
    'in 25 minutes',
    '0 / 10',
    '« express »',
    'retombée en panne',
    'attendu 3 jours',
    'tjrs pas',
  ];

  for (const [language, cues] of [
    ['fr', FRENCH_CUES],
    ['en', ENGLISH_CUES],
  ] as const) {
    it(`never leaves out a ${language} cue that matches`, () => {
      const index = new CueIndex(cues);
      let matched = 0;
      for (const raw of [...texts, ...edges]) {
        const text = withShorthand(tokenise(raw), language);
        const candidates = new Set(index.candidates(text));
        for (const cue of cues) {
          cue.pattern.lastIndex = 0;
          if (!cue.pattern.test(text.joined)) continue;
          matched += 1;
          expect(candidates.has(cue), `${cue.pattern.source} on "${text.joined}"`).toBe(true);
        }
      }
      expect(matched).toBeGreaterThan(100);
    });
  }
});
