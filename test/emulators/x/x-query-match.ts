// Enough of X's search syntax for the emulator: `(term OR "a phrase" OR #tag OR @handle) -is:retweet`.
import type { EmuTweet } from './x-dataset.ts';

export type TweetMatcher = (tweet: EmuTweet) => boolean;

export function compileXQuery(query: string): TweetMatcher {
  const excludeRetweets = /-is:retweet\b/.test(query);
  const group = /\(([^)]*)\)/.exec(query)?.[1] ?? query.replace(/-is:retweet/g, '');
  const terms = group
    .split(/\s+OR\s+/)
    .map((t) => t.trim())
    .filter(Boolean);
  const tests = terms.map((term): TweetMatcher => {
    if (term.startsWith('#')) {
      const tag = term.slice(1).toLowerCase();
      return (t) => (t.entities?.hashtags ?? []).some((h) => h.tag.toLowerCase() === tag);
    }
    if (term.startsWith('@')) {
      const handle = term.slice(1).toLowerCase();
      return (t) => (t.entities?.mentions ?? []).some((m) => m.username.toLowerCase() === handle);
    }
    const phrase = term.replace(/^"|"$/g, '').toLowerCase();
    // Unquoted words are ANDed, like X does.
    const words = term.startsWith('"') ? [phrase] : phrase.split(/\s+/);
    return (t) => words.every((w) => t.text.toLowerCase().includes(w));
  });
  return (t) => {
    if (excludeRetweets && t.referenced_tweets?.some((r) => r.type === 'retweeted')) return false;
    return tests.some((test) => test(t));
  };
}
