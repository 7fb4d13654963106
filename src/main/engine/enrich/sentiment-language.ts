// The languages the enrich step scores, each an AFINN word list registered with the `sentiment` library:
// AFINN-165 for English (the library's own) and AFINN-fr-165 (npm sentiment-fr) for French, both with the
// library's emoji scores, and each with its negation rule (negation.ts).
import { createRequire } from 'node:module';
import Sentiment from 'sentiment';
import { negationStrategy } from './negation.ts';
import { SERVICE_LEXICON } from './service-lexicon.ts';

export type SentimentLanguage = 'fr' | 'en';

const require = createRequire(import.meta.url);

/** The word lists are data files of other packages: checked once at load, so a bad install fails clearly. */
function loadLabels(moduleId: string): Record<string, number> {
  const labels: unknown = require(moduleId);
  if (typeof labels !== 'object' || labels === null) throw new Error(`sentiment: ${moduleId} is not a word list`);
  const checked: Record<string, number> = {};
  for (const [word, score] of Object.entries(labels)) {
    if (typeof score !== 'number') throw new Error(`sentiment: ${moduleId} gives "${word}" a non-numeric score`);
    checked[word] = score;
  }
  return checked;
}

/** One analyser for the process: registering a language copies nothing per call. */
export function createSentimentAnalyser(): Sentiment {
  const analyser = new Sentiment();
  // The library registers (and mutates, adding its emoji) the labels it is given: hand it our own copies.
  analyser.registerLanguage('fr', {
    labels: { ...loadLabels('sentiment-fr'), ...SERVICE_LEXICON.fr },
    scoringStrategy: negationStrategy('fr'),
  });
  // English keeps AFINN-165, with a wider negation rule than the library's one-word look-behind.
  analyser.registerLanguage('en', {
    labels: { ...loadLabels('sentiment/languages/en/labels.json'), ...SERVICE_LEXICON.en },
    scoringStrategy: negationStrategy('en'),
  });
  return analyser;
}
