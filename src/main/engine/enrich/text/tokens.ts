// A post's text as the classifiers read it: lower case, links and handles out, hashtags as words, French elisions
// split ("n'est" → "n'" "est"), emoji and punctuation as tokens of their own. Each word also has a *folded* form
// (no accents, letters repeated three times or more cut to one: "déçuuu" → "decu", "nuuul" → "nul") and a
// *skeleton* (folded, doubled letters cut to one: "dissapointed" and "disappointed" are both "disapointed"),
// under which the word lists are looked up too, so typos and missing accents still find their word.

import type { Language } from '../language.ts';
import { SHORTHAND } from './shorthand.ts';

export interface Token {
  /** As written (lower case). */
  text: string;
  /** No accents, long repeats cut. */
  folded: string;
  kind: 'word' | 'number' | 'emoji' | 'punct';
}

export interface TokenisedText {
  tokens: Token[];
  /** The folded tokens joined by single spaces: what phrase patterns match against. */
  joined: string;
  /** Where each token starts in `joined`. */
  starts: number[];
  /** The text had a question mark. */
  asks: boolean;
}

const URLS = /\bhttps?:\/\/\S+|\bwww\.\S+/gu;
const HANDLES = /(?<![\p{L}\p{N}])@[\p{L}\p{N}_.]+/gu;
const HASHES = /(?<![\p{L}\p{N}])#(?=\p{L})/gu;
const APOSTROPHES = /[\u2019\u2018`´]/gu;
/** Variation selectors, joiners and skin tones: AFINN and the emoji list know "❤", not "❤️". */
const EMOJI_MODIFIERS = /[\uFE0E\uFE0F\u200D]|\u{1F3FB}|\u{1F3FC}|\u{1F3FD}|\u{1F3FE}|\u{1F3FF}/gu;
/** French elisions: "n'est", "l'accueil", "qu'il", "jusqu'à" → the particle and the word. */
const ELISIONS = /(?<![\p{L}])(qu|jusqu|lorsqu|puisqu|[cdjlmnst])'(?=\p{L})/gu;
const TOKEN =
  /\p{Extended_Pictographic}|[\p{L}][\p{L}\p{M}'-]*|[$€£]?\d+(?:[.,:h]\d+)*(?:\s?[%€$£])?|\.{2,}|…|[?!]+|[.,;:«»"()/]/gu;
const NOT_ASCII = /[^ -~\t\n\r]/u;
const ACCENTS = /\p{M}/gu;
const LONG_REPEATS = /(\p{L})\1{2,}/gu;
const DOUBLES = /(\p{L})\1/gu;

const folds = new Map<string, string>();
const FOLDS_LIMIT = 20_000;

export function fold(word: string): string {
  const known = folds.get(word);
  if (known !== undefined) return known;
  const plain = NOT_ASCII.test(word)
    ? word.normalize('NFD').replace(ACCENTS, '').replace(/œ/gu, 'oe').replace(/æ/gu, 'ae')
    : word;
  const folded = plain.replace(LONG_REPEATS, '$1');
  // Bounded: a flood of unique strings cannot grow it without end.
  if (folds.size >= FOLDS_LIMIT) folds.clear();
  folds.set(word, folded);
  return folded;
}

/** Folded, doubled letters cut to one: the key typos share with the word they miss. */
export function skeleton(folded: string): string {
  return folded.replace(DOUBLES, '$1');
}

/** Each pass runs only on a text that has what it looks for: most posts have no link, handle or emoji modifier. */
function clean(text: string): string {
  let lower = text.toLowerCase();
  if (lower.includes('http') || lower.includes('www.')) lower = lower.replace(URLS, ' ');
  if (lower.includes('@')) lower = lower.replace(HANDLES, ' ');
  if (lower.includes('#')) lower = lower.replace(HASHES, '');
  if (NOT_ASCII.test(lower)) lower = lower.replace(APOSTROPHES, "'").replace(EMOJI_MODIFIERS, '');
  if (lower.includes("'")) lower = lower.replace(ELISIONS, "$1' ");
  return lower;
}

export function tokenise(text: string): TokenisedText {
  const cleaned = clean(text);
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(cleaned); match !== null; match = TOKEN.exec(cleaned)) {
    const raw = match[0];
    const kind = kindOf(raw);
    if (kind === 'word') {
      tokens.push({ text: raw, folded: fold(raw.endsWith('-') ? raw.replace(/-+$/u, '') : raw), kind });
    } else if (kind === 'punct') {
      const text = raw.length > 1 ? (raw[0] === '.' ? '…' : (raw[0] ?? raw)) : raw;
      tokens.push({ text, folded: text, kind });
    } else {
      tokens.push({ text: raw, folded: raw, kind });
    }
  }
  return joinTokens(tokens, cleaned.includes('?'));
}

/** The text with shorthand read as the word it stands for, in `language` ("tjrs" → "toujours"). */
export function withShorthand(text: TokenisedText, language: Language): TokenisedText {
  const shorthand = SHORTHAND[language];
  if (!text.tokens.some((token) => token.kind === 'word' && shorthand[token.folded] !== undefined)) return text;
  const tokens = text.tokens.map((token) => {
    const meant = token.kind === 'word' ? shorthand[token.folded] : undefined;
    return meant === undefined ? token : { ...token, folded: meant };
  });
  return joinTokens(tokens, text.asks);
}

function joinTokens(tokens: Token[], asks: boolean): TokenisedText {
  const starts: number[] = [];
  let offset = 0;
  for (const token of tokens) {
    starts.push(offset);
    offset += token.folded.length + 1;
  }
  return { tokens, joined: tokens.map((t) => t.folded).join(' '), starts, asks };
}

const LETTER_START = /^\p{L}/u;
const NUMBER_START = /^[$€£]?\d/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

function kindOf(raw: string): Token['kind'] {
  if (LETTER_START.test(raw)) return 'word';
  if (NUMBER_START.test(raw)) return 'number';
  return PICTOGRAPH.test(raw) ? 'emoji' : 'punct';
}

/** The index of the token that covers character `offset` of `joined`. */
export function tokenAt(text: TokenisedText, offset: number): number {
  let low = 0;
  let high = text.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((text.starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
