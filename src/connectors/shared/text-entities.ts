// Hashtags and mentions as the networks' APIs list them next to the text (without '#' and '@').

// A '#' inside a word ("C#", "&#39;") is not a hashtag; a '@' inside a word (an e-mail) is not a mention.
const HASHTAG = /(?:^|[^\p{L}\p{N}_&])#([\p{L}\p{N}_]+)/gu;
const MENTION = /(?:^|[^\p{L}\p{N}_.@])@([A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)/gu;

function unique(matches: IterableIterator<RegExpMatchArray>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of matches) {
    const value = m[1];
    if (value === undefined || seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    out.push(value);
  }
  return out;
}

export function extractHashtags(text: string): string[] {
  return unique(text.matchAll(HASHTAG));
}

export function extractMentions(text: string): string[] {
  return unique(text.matchAll(MENTION));
}
