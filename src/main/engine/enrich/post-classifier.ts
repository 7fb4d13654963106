// What the enrich step reads in a post's text: its tone (sentiment), what its author wants (intent), and the
// language it read it in. Rules over the evidence read-text.ts gathers (docs/statistics.md: how they were chosen
// and how well they do on the evaluation set):
// - tone: the words' score plus the cues'; a complaint cue outweighs polite or sarcastic praise;
// - intent: a negative text is a complaint, unless its only trouble is bad luck (a breakdown: a question when it
//   asks for help, else other); a text that asks is a question; a positive one is praise; the rest is other.
// Other languages get no tone; a question mark still makes a question.
import type { ComplaintTheme, Intent, Sentiment } from '../../../shared/post.ts';
import { complaintThemeOf } from './complaint-theme.ts';
import { guessLanguage, languageTag, type Language } from './language.ts';
import { loadWordScores, type WordScores } from './lexicon/word-scores.ts';
import { SHORTHAND } from './text/shorthand.ts';
import { tokenise, withShorthand } from './text/tokens.ts';
import { readText, type TextEvidence } from './tone/read-text.ts';

export interface Classification {
  /** Undefined for a language the wall does not read (French and English only). */
  sentiment?: Sentiment;
  intent: Intent;
  /** On a complaint: what it is about. */
  theme?: ComplaintTheme;
  language?: Language;
}

/** How many texts `recent` holds before it starts again. */
const RECENT_LIMIT = 5_000;

/** Score at or beyond which a text is positive or negative. */
const POSITIVE_AT = 1;
const NEGATIVE_AT = -1;
/** A question needs more to have a tone: "un problème de garantie ?", "is a cabin bag allowed?" are neutral. */
const QUESTION_TONE_AT = 2;

export class PostClassifier {
  private readonly words: Readonly<Record<Language, WordScores>> = loadWordScores();

  /** Texts read lately: a poll re-fetches the same posts, and every fetch goes through the enrich step. */
  private readonly recent = new Map<string, Classification>();

  /** `lang` as the network gave it, if it did. */
  classify(text: string, lang?: string): Classification {
    const key = `${lang ?? ''}\u0000${text}`;
    const known = this.recent.get(key);
    if (known) return known;
    const classification = this.read(text, lang);
    if (this.recent.size >= RECENT_LIMIT) this.recent.clear();
    this.recent.set(key, classification);
    return classification;
  }

  private read(text: string, lang: string | undefined): Classification {
    const tag = languageTag(lang);
    const tokens = tokenise(text);
    if (tag === 'other') return { intent: tokens.asks ? 'question' : 'other' };
    const language = tag ?? guessLanguage(tokens, (word) => this.knownTo(word));
    const read = withShorthand(tokens, language);
    const evidence = readText(read, language, this.words[language]);
    const sentiment = toneOf(evidence);
    const intent = intentOf(evidence, sentiment);
    return intent === 'complaint'
      ? { sentiment, intent, theme: complaintThemeOf(read, language), language }
      : { sentiment, intent, language };
  }

  /** The one language whose word lists (or shorthand) know the word, if only one does. */
  private knownTo(folded: string): Language | undefined {
    const fr = this.words.fr.knows(folded) || SHORTHAND.fr[folded] !== undefined;
    const en = this.words.en.knows(folded) || SHORTHAND.en[folded] !== undefined;
    return fr === en ? undefined : fr ? 'fr' : 'en';
  }
}

export function scoreOf(evidence: TextEvidence): number {
  const { cues } = evidence;
  return evidence.words + cues.complaint + cues.praise + cues.rhetoric + cues.mishap;
}

function toneOf(evidence: TextEvidence): Sentiment {
  const score = scoreOf(evidence);
  const plainQuestion = evidence.asks && evidence.cueCount.complaint === 0 && evidence.cueCount.mishap === 0;
  if (score >= (plainQuestion ? QUESTION_TONE_AT : POSITIVE_AT)) return 'positive';
  if (score <= (plainQuestion ? -QUESTION_TONE_AT : NEGATIVE_AT)) return 'negative';
  return 'neutral';
}

function intentOf(evidence: TextEvidence, sentiment: Sentiment): Intent {
  const asks = evidence.asks && evidence.cueCount.rhetoric === 0;
  if (sentiment === 'negative') {
    const onlyBadLuck = evidence.cueCount.mishap > 0 && evidence.cueCount.complaint === 0;
    if (onlyBadLuck) return asks ? 'question' : 'other';
    return 'complaint';
  }
  if (asks) return 'question';
  return sentiment === 'positive' ? 'praise' : 'other';
}
