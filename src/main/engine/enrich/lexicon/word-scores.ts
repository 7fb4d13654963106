// The score of a word in each language: the wall's own customer-service lists first (french-words.ts,
// english-words.ts), then AFINN (AFINN-165 from npm `sentiment`, AFINN-fr-165 from npm `sentiment-fr`: data
// files, checked once at load so a bad install fails clearly). A word not found as written is looked up again
// as the shorthand it may be ("tjrs"), without its inflection ("déçues" → "déçu", "scratched" → "scratch"), and
// by its skeleton ("dissapointed" → "disappointed").
import { createRequire } from 'node:module';
import type { Language } from '../language.ts';
import { SHORTHAND } from '../text/shorthand.ts';
import { fold, skeleton } from '../text/tokens.ts';
import { ENGLISH_WORDS } from './english-words.ts';
import { FRENCH_WORDS } from './french-words.ts';

const require = createRequire(import.meta.url);

function loadAfinn(moduleId: string): Record<string, number> {
  const labels: unknown = require(moduleId);
  if (typeof labels !== 'object' || labels === null) throw new Error(`sentiment: ${moduleId} is not a word list`);
  const checked: Record<string, number> = {};
  for (const [word, score] of Object.entries(labels)) {
    if (typeof score !== 'number') throw new Error(`sentiment: ${moduleId} gives "${word}" a non-numeric score`);
    checked[word] = score;
  }
  return checked;
}

/** Endings tried off, in order, when a word is not found as written. */
const INFLECTIONS: Readonly<Record<Language, readonly RegExp[]>> = {
  fr: [/s$/u, /x$/u, /e$/u, /es$/u],
  en: [/s$/u, /es$/u, /ed$/u, /d$/u, /ly$/u],
};

const SEEN_LIMIT = 20_000;

export class WordScores {
  private readonly exact = new Map<string, number>();
  private readonly bySkeleton = new Map<string, number>();

  constructor(
    private readonly language: Language,
    lists: readonly Readonly<Record<string, number>>[],
  ) {
    // Later lists win: AFINN first, the wall's own list over it.
    for (const list of lists) {
      for (const [word, score] of Object.entries(list)) {
        if (/[\s']/u.test(word)) continue;
        const key = fold(word.toLowerCase());
        this.exact.set(key, score);
        this.bySkeleton.set(skeleton(key), score);
      }
    }
  }

  /** Whether a list holds the word as written (language guessing). */
  knows(folded: string): boolean {
    return this.exact.has(folded);
  }

  /** Words already looked up: posts share most of their words, and most words are in no list. */
  private readonly seen = new Map<string, number | undefined>();

  /** The score of a folded word; undefined when no list knows it. */
  score(folded: string): number | undefined {
    if (this.seen.has(folded)) return this.seen.get(folded);
    const score = this.lookUp(folded);
    // Bounded: a flood of unique strings (hashes, codes) cannot grow it without end.
    if (this.seen.size >= SEEN_LIMIT) this.seen.clear();
    this.seen.set(folded, score);
    return score;
  }

  private lookUp(folded: string): number | undefined {
    const word = SHORTHAND[this.language][folded] ?? folded;
    const known = this.exact.get(word);
    if (known !== undefined) return known;
    for (const inflection of INFLECTIONS[this.language]) {
      const stem = word.replace(inflection, '');
      if (stem !== word && stem.length >= 3) {
        const score = this.exact.get(stem);
        if (score !== undefined) return score;
      }
    }
    return word.length >= 6 ? this.bySkeleton.get(skeleton(word)) : undefined;
  }
}

export function loadWordScores(): Readonly<Record<Language, WordScores>> {
  return {
    fr: new WordScores('fr', [loadAfinn('sentiment-fr'), FRENCH_WORDS]),
    en: new WordScores('en', [loadAfinn('sentiment/languages/en/labels.json'), ENGLISH_WORDS]),
  };
}
