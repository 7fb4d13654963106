// Negation for both languages: a scored word is negated when a negator stands among the few tokens before it in
// the same clause ("not good", "never disappointed", "pas terrible", "zéro professionnalisme"), or, in French,
// when it sits between "ne/n'" and its partner ("je ne recommande pas", "n'est plus"); not when a comparison
// stands between them ("jamais aussi bien", "never had such a pleasant flight"). "peu" alone negates
// ("peu aimable"); "un peu" softens (word-roles.ts).
import type { Language } from '../language.ts';
import { COMPARISONS, CONTRASTS, FRENCH_PARTICLES, FRENCH_PARTNERS, NEGATORS } from '../lexicon/word-roles.ts';
import type { TokenisedText } from '../text/tokens.ts';

const LOOK_BEHIND = 3;
const PARTNER_AHEAD = 2;

export function isNegated(text: TokenisedText, at: number, language: Language): boolean {
  const { tokens } = text;
  for (let i = at - 1; i >= Math.max(0, at - LOOK_BEHIND); i--) {
    const token = tokens[i];
    if (!token || token.kind === 'punct' || CONTRASTS[language].has(token.folded)) return false;
    if (COMPARISONS[language].has(token.folded)) return false;
    const negates =
      NEGATORS[language].has(token.folded) ||
      (language === 'fr' && token.folded === 'peu' && tokens[i - 1]?.folded !== 'un');
    if (negates) return true;
    if (language === 'fr' && FRENCH_PARTICLES.has(token.folded) && hasPartnerAfter(text, at)) return true;
  }
  return false;
}

function hasPartnerAfter(text: TokenisedText, at: number): boolean {
  for (let i = at + 1; i <= at + PARTNER_AHEAD && i < text.tokens.length; i++) {
    const token = text.tokens[i];
    if (!token || token.kind === 'punct') return false;
    if (FRENCH_PARTNERS.has(token.folded)) return true;
  }
  return false;
}
