// Reads a text in one language: the phrases it holds (cues), then each word not inside one, scored by the word
// lists and changed by its neighbours (negation, intensity, contrast, sarcasm, politeness). What comes out is
// the evidence the sentiment and intent decisions are made from (post-classifier.ts), kept apart so that each
// decision can weigh it its own way.
import { ENGLISH_CUES } from '../cues/english-cues.ts';
import { FRENCH_CUES } from '../cues/french-cues.ts';
import type { Cue, CueRole } from '../cues/cue.ts';
import { CueIndex } from '../cues/cue-index.ts';
import type { Language } from '../language.ts';
import { EMOJI_SCORES } from '../lexicon/emoji-scores.ts';
import { CONTRASTS, INTENSIFIERS, POLITENESS, SARCASM_PRONE } from '../lexicon/word-roles.ts';
import type { WordScores } from '../lexicon/word-scores.ts';
import { tokenAt, type TokenisedText } from '../text/tokens.ts';
import { isNegated } from './negation.ts';
import { asksSomething } from './question.ts';

/** Praise idioms first ("jamais déçu", "no complaints"): a complaint cue does not read the words they took. */
const PRIORITY: Readonly<Record<CueRole, number>> = {
  praise: 0,
  rhetoric: 0,
  complaint: 1,
  mishap: 2,
  sarcasm: 3,
  ask: 3,
};
const byPriority = (cues: readonly Cue[]): readonly Cue[] =>
  [...cues].sort((a, b) => PRIORITY[a.role] - PRIORITY[b.role]);
const CUES: Readonly<Record<Language, CueIndex>> = {
  fr: new CueIndex(byPriority(FRENCH_CUES)),
  en: new CueIndex(byPriority(ENGLISH_CUES)),
};

/** Before a contrast ("X but Y"), a word weighs half; after it, half as much again. */
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;

export interface TextEvidence {
  language: Language;
  /** Sum of the scored words, after their neighbours changed them. */
  words: number;
  /** Sum of the cues' scores, per role. */
  cues: Record<CueRole, number>;
  /** How many cues of each role matched. */
  cueCount: Record<CueRole, number>;
  /** Praise words turned around because the text is sarcastic. */
  sarcasticPraise: number;
  /** The text asks something (question mark, interrogative opening, request). */
  asks: boolean;
  text: TokenisedText;
}

const noRoles = (): Record<CueRole, number> => ({
  complaint: 0,
  praise: 0,
  sarcasm: 0,
  rhetoric: 0,
  ask: 0,
  mishap: 0,
});

/** `text` is tokenised, its shorthand read in `language`. */
export function readText(text: TokenisedText, language: Language, words: WordScores): TextEvidence {
  const { tokens } = text;
  const covered = new Uint8Array(tokens.length);
  const cues = noRoles();
  const cueCount = noRoles();
  for (const { role, score, pattern } of CUES[language].candidates(text)) {
    // exec, not matchAll: matchAll copies the pattern at each call.
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text.joined); match !== null; match = pattern.exec(text.joined)) {
      const start = match[0].startsWith(' ') ? match.index + 1 : match.index;
      const first = tokenAt(text, start);
      const last = tokenAt(text, match.index + Math.max(1, match[0].length) - 1);
      // Irony marks and requests leave their words to be read; the others stand for them, once.
      const marks = role === 'sarcasm' || role === 'ask';
      if (!marks && covered.subarray(first, last + 1).includes(1)) continue;
      cues[role] += score;
      cueCount[role] += 1;
      if (!marks) covered.fill(1, first, last + 1);
    }
  }

  const asks = asksSomething(text, language) || cueCount.ask > 0;
  const contrastAt = lastContrast(text, language);
  const scores = new Float64Array(tokens.length);
  let otherNegative = cues.complaint;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || covered[i]) continue;
    let score =
      token.kind === 'emoji'
        ? (EMOJI_SCORES[token.folded] ?? 0)
        : token.kind === 'word'
          ? (words.score(token.folded) ?? 0)
          : 0;
    if (score === 0) continue;
    if (asks && score > 0 && POLITENESS[language].has(token.folded)) continue;
    score *= intensity(text, i, language);
    if (isNegated(text, i, language)) score = score > 0 ? -0.75 * score : -0.5 * score;
    if (contrastAt > 0) score *= i < contrastAt ? BEFORE_CONTRAST : AFTER_CONTRAST;
    scores[i] = score;
    if (score < 0) otherNegative += score;
  }

  // Sarcasm: praise words in a text that otherwise complains ("Bravo, 3 semaines pour une pièce") are irony; so is
  // a praise word standing alone ("Génial, …", "… Impressive.") beside a long wait, a pause for effect or a slight.
  const marked = cueCount.sarcasm > 0;
  const sarcastic =
    cues.complaint <= -2 ||
    otherNegative <= -3 ||
    (marked && otherNegative < 0) ||
    (hasPraiseAside(text, language) && (otherNegative < 0 || marked || hasLongSpan(text, language) || hasPause(text)));
  let total = 0;
  let sarcasticPraise = 0;
  for (let i = 0; i < tokens.length; i++) {
    let score = scores[i] ?? 0;
    const token = tokens[i];
    if (
      sarcastic &&
      score > 0 &&
      token &&
      SARCASM_PRONE[language].has(token.folded) &&
      !(contrastAt > 0 && i > contrastAt)
    ) {
      score = -score;
      sarcasticPraise += 1;
    }
    total += score;
  }
  return { language, words: total, cues, cueCount, sarcasticPraise, asks, text };
}

const LONG_SPAN: Readonly<Record<Language, RegExp>> = {
  fr: /(?<![\p{L}\p{N}])(?:\d+|deux|trois|quatre|cinq|six|dix|quinze|plusieurs) (?:jours|semaines|mois|heures)(?![\p{L}])/u,
  en: /(?<![\p{L}\p{N}])(?:\d+|two|three|four|five|six|ten|fifteen|several) (?:days|weeks|months|hours)(?![\p{L}])/u,
};

function hasLongSpan(text: TokenisedText, language: Language): boolean {
  return LONG_SPAN[language].test(text.joined);
}

/** "… chez le voisin": the pause before the punchline. */
function hasPause(text: TokenisedText): boolean {
  return text.tokens.some((token) => token.text === '…');
}

/** A praise word that stands alone between punctuation ("Génial, …", "Bravo.", "… Vraiment brillant."). */
function hasPraiseAside(text: TokenisedText, language: Language): boolean {
  const { tokens } = text;
  return tokens.some((token, i) => {
    if (!SARCASM_PRONE[language].has(token.folded)) return false;
    let before = i - 1;
    while (before >= 0 && INTENSIFIERS[language][tokens[before]?.folded ?? ''] !== undefined) before--;
    const previous = tokens[before];
    const next = tokens[i + 1];
    return (
      (!previous || previous.kind === 'punct') &&
      (!next || (next.kind === 'punct' && next.text !== '«' && next.text !== '"'))
    );
  });
}

/** The position of the last contrast word that is not the text's first word; 0 when there is none. */
function lastContrast(text: TokenisedText, language: Language): number {
  for (let i = text.tokens.length - 1; i > 0; i--) {
    const token = text.tokens[i];
    if (token && CONTRASTS[language].has(token.folded)) return i;
  }
  return 0;
}

/** The product of the intensifiers and softeners just before a word ("vraiment très bien", "a bit slow"). */
function intensity(text: TokenisedText, at: number, language: Language): number {
  let factor = 1;
  for (let i = at - 1; i >= Math.max(0, at - 2); i--) {
    const multiplier = INTENSIFIERS[language][text.tokens[i]?.folded ?? ''];
    if (multiplier === undefined) break;
    factor *= multiplier;
  }
  return factor;
}
