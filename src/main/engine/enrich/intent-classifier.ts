// What a customer wants with a post: a question (wants an answer), a complaint (wants a fix, to be heard), praise
// (thanks), or none of these. Rules over the text, French and English, given the post's tone:
// - a complaint is a negative text, or one with a complaint cue whatever its words' scores ("still not",
//   "toujours pas", "remboursez-moi"), even when phrased as a question ("why is my car still not ready?");
// - a question asks something (a question mark, or an interrogative opening: "est-ce que", "how do I");
// - praise is a positive text that asks nothing;
// - the rest is other. Other languages: a question mark makes a question, else other.
import type { Intent, Sentiment } from '../../../shared/post.ts';
import type { SentimentLanguage } from './sentiment-language.ts';

const QUESTION_OPENERS: Readonly<Record<SentimentLanguage, RegExp>> = {
  fr: /(?:^|[.!\n]\s*)(?:est-ce qu|comment|pourquoi|quand|combien|où|quel|quelle|quels|quelles|qui|vous|pouvez|peut-on|puis-je|avez-vous|êtes-vous|faut-il|serait-il|sauriez|savez)\b/u,
  en: /(?:^|[.!\n]\s*)(?:how|why|when|where|what|which|who|is|are|do|does|did|can|could|will|would|should|may|any(?:one|body)?)\b/u,
};

export function classifyIntent(lowerText: string, tone: Sentiment, language: SentimentLanguage | undefined): Intent {
  const asks = lowerText.includes('?') || (language !== undefined && QUESTION_OPENERS[language].test(lowerText));
  if (tone === 'negative') return 'complaint';
  if (asks) return 'question';
  if (tone === 'positive') return 'praise';
  return 'other';
}
