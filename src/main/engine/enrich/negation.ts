// Negation, for both languages: a scored word is flipped when a negator stands among the few tokens before it
// ("not good", "never disappointed", "pas terrible", "jamais déçu", "sans problème"), or, in French, when it sits
// between "ne/n'" and its partner ("je ne recommande pas", "n'est plus"). The library alone flips only after
// one English word.
import type { SentimentLanguage } from './sentiment-language.ts';

const LOOK_BEHIND = 3;

const NEGATORS: Readonly<Record<SentimentLanguage, ReadonlySet<string>>> = {
  en: new Set([
    'not',
    'no',
    'never',
    'nothing',
    'nobody',
    'none',
    'neither',
    'nor',
    'without',
    'hardly',
    'cannot',
    "can't",
    'cant',
    "don't",
    'dont',
    "doesn't",
    'doesnt',
    "didn't",
    'didnt',
    "isn't",
    'isnt',
    "wasn't",
    'wasnt',
    "aren't",
    "weren't",
    "won't",
    'wont',
    "wouldn't",
    "shouldn't",
    "couldn't",
    "haven't",
    "hasn't",
    "hadn't",
    "ain't",
  ]),
  fr: new Set(['pas', 'jamais', 'rien', 'aucun', 'aucune', 'personne', 'sans', 'ni', 'guère', 'nullement']),
};

/** "never so good", "jamais aussi bien": a negator before a comparison praises, it does not negate. */
const COMPARISONS = new Set(['so', 'as', 'this', 'that', 'aussi', 'si', 'autant', 'tant']);

/** French "ne … pas": the particle before the verb, the partner after it. */
const FRENCH_PARTICLES = new Set(['ne', "n'"]);
const FRENCH_PARTNERS = new Set(['pas', 'plus', 'jamais', 'rien', 'guère', 'point', 'aucun', 'aucune']);

export interface ScoringStrategy {
  apply(tokens: string[], cursor: number, tokenScore: number): number;
}

export function negationStrategy(language: SentimentLanguage): ScoringStrategy {
  const negators = NEGATORS[language];
  return {
    apply(tokens, cursor, tokenScore) {
      return isNegated(tokens, cursor, negators, language === 'fr') ? -tokenScore : tokenScore;
    },
  };
}

function isNegated(tokens: readonly string[], cursor: number, negators: ReadonlySet<string>, french: boolean): boolean {
  for (let i = Math.max(0, cursor - LOOK_BEHIND); i < cursor; i++) {
    const token = tokens[i];
    if (token === undefined) continue;
    if (negators.has(token) && !COMPARISONS.has(tokens[i + 1] ?? '')) return true;
    // "ne recommande pas": the particle shortly before, its partner shortly after.
    if (french && FRENCH_PARTICLES.has(token) && hasPartnerAfter(tokens, cursor)) return true;
  }
  return false;
}

function hasPartnerAfter(tokens: readonly string[], cursor: number): boolean {
  for (let i = cursor + 1; i <= cursor + 2 && i < tokens.length; i++) {
    const token = tokens[i];
    if (token !== undefined && FRENCH_PARTNERS.has(token)) return true;
  }
  return false;
}
