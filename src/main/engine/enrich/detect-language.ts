// Which of the two languages the wall reads (French, English) a text is in, when its network did not say:
// the share of each language's commonest words, with accented letters tipping it to French. Cheap on purpose
// (two regex passes on text that is already lower-case): it runs on every post at ingest.
import type { SentimentLanguage } from './sentiment-language.ts';

const FRENCH_WORDS =
  /(?<![\p{L}'])(?:le|la|les|un|une|des|du|de|et|est|je|j'|tu|il|elle|nous|vous|ils|pas|ne|n'|très|trop|pour|avec|sur|dans|mais|ou|c'est|c'|ça|qu'|que|qui|mon|ma|mes|merci|bonjour|au|aux|chez|encore|toujours|jamais|rien|plus)(?![\p{L}])/gu;
const ENGLISH_WORDS =
  /(?<![\p{L}'])(?:the|a|an|and|is|are|was|were|i|i'm|you|we|they|it|it's|not|no|very|too|for|with|on|in|but|or|this|that|my|our|thanks|thank|hello|at|to|of|never|just|so|have|has|had|been|be|do|did|don't)(?![\p{L}])/gu;
/** Letters English text almost never has. */
const FRENCH_LETTERS = /[éèêëàâîïôûùüçœ]/gu;

/** `lang` as the network gave it ("fr", "fr-CA", "en-GB"…), else a guess from the text; undefined for any other language. */
export function sentimentLanguageOf(lang: string | undefined, lowerText: string): SentimentLanguage | undefined {
  if (lang) {
    const primary = lang.toLowerCase().split(/[-_]/)[0];
    if (primary === 'fr' || primary === 'en') return primary;
    // "und" (undetermined) and the like carry no information: guess.
    if (primary !== 'und' && primary !== '') return undefined;
  }
  return guessLanguage(lowerText);
}

/** English when nothing points either way (the emoji-only post, "Top 👍"): AFINN-165 also scores the emoji. */
export function guessLanguage(lowerText: string): SentimentLanguage {
  const french = count(lowerText, FRENCH_WORDS) + Math.min(3, count(lowerText, FRENCH_LETTERS));
  const english = count(lowerText, ENGLISH_WORDS);
  return french > english ? 'fr' : 'en';
}

function count(text: string, pattern: RegExp): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text) !== null) n += 1;
  return n;
}
