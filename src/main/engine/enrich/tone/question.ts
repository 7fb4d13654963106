// Whether a text asks something: a question mark, or, in French where it is often left out, a sentence that opens
// as a question does ("est-ce que …", "combien pour …", "pouvez-vous …"). English requests without a question
// mark are cues ("can you", "let me know": english-cues.ts).
import type { Language } from '../language.ts';
import type { TokenisedText } from '../text/tokens.ts';

const FRENCH_OPENERS: ReadonlySet<string> = new Set(['est-ce', 'pourquoi', 'combien', 'faut-il', 'y-a-t-il', 'a-t-on']);
/** Inversion: "pouvez-vous", "avez-vous", "peut-on", "puis-je", "sera-t-il". */
const FRENCH_INVERSION = /-(?:vous|t-il|t-elle|t-on|il|elle|on|je|nous)$/u;

export function asksSomething(text: TokenisedText, language: Language): boolean {
  if (text.asks) return true;
  if (language !== 'fr') return false;
  let sentenceStart = true;
  for (const token of text.tokens) {
    if (token.kind === 'punct') {
      sentenceStart = sentenceStart || token.text === '.' || token.text === '!' || token.text === '…';
      continue;
    }
    if (sentenceStart && (FRENCH_OPENERS.has(token.folded) || FRENCH_INVERSION.test(token.folded))) return true;
    sentenceStart = false;
  }
  return false;
}
