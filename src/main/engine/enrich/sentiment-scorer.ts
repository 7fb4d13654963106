// The tone of a post's text: positive, neutral or negative, for French and English (other languages: none).
// AFINN scores each known word and emoji (-5 … +5, negation flips it); the sum is divided by the number of
// tokens, so that one kind word in a long complaint does not make it praise, and compared with thresholds:
//   score / tokens ≥ +POSITIVE_AT → positive;  ≤ -NEGATIVE_AT → negative;  otherwise neutral.
// A text with no scored word is neutral.
import type Sentiment from 'sentiment';
import type { Post } from '../../../shared/post.ts';
import { sentimentLanguageOf } from './detect-language.ts';
import { createSentimentAnalyser } from './sentiment-language.ts';

export type Tone = NonNullable<Post['sentiment']>;

/** Per token: +0.05 is one "good" (+3) in some 60 tokens, or one "ok" (+1) in 20. Tuned on the demo corpus. */
export const POSITIVE_AT = 0.05;
export const NEGATIVE_AT = 0.05;

const URLS = /\bhttps?:\/\/\S+/gu;
/** French elisions ("n'aime", "l'accueil", "qu'il") become two tokens, so that "n'" and "accueil" are seen. */
const ELISIONS = /(?<!\p{L})(qu|[cdjlmnst])'(?=\p{L})/gu;
/** Emoji glued to words ("super👍") become tokens of their own; variation selectors go (AFINN lists "❤", not "❤️"). */
const EMOJI = /(\p{Extended_Pictographic})/gu;
const VARIATION_SELECTORS = /[\uFE0E\uFE0F]/gu;

export interface ToneResult {
  tone: Tone;
  language: 'fr' | 'en';
  /** The text as scored: lower-case, URLs out, elisions and emoji split. */
  normalised: string;
  score: number;
  tokens: number;
}

export class SentimentScorer {
  private readonly analyser: Sentiment = createSentimentAnalyser();

  /** Undefined when the text is in a language the wall does not score. */
  score(text: string, lang: string | undefined): ToneResult | undefined {
    const normalised = normalise(text);
    const language = sentimentLanguageOf(lang, normalised);
    if (!language) return undefined;
    const { score, tokens } = this.analyser.analyze(normalised, { language });
    const words = tokens.filter((t) => t !== '').length;
    return { tone: toneOf(score, words), language, normalised, score, tokens: words };
  }

  tone(text: string, lang: string | undefined): Tone | undefined {
    return this.score(text, lang)?.tone;
  }
}

export function toneOf(score: number, tokens: number): Tone {
  if (score === 0 || tokens === 0) return 'neutral';
  const perToken = score / tokens;
  if (perToken >= POSITIVE_AT) return 'positive';
  if (perToken <= -NEGATIVE_AT) return 'negative';
  return 'neutral';
}

export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/\u2019/gu, "'")
    .replace(URLS, ' ')
    .replace(VARIATION_SELECTORS, '')
    .replace(ELISIONS, "$1' ")
    .replace(EMOJI, ' $1 ');
}
