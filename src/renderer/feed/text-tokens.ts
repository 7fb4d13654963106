// Splits a post's text into plain runs, #hashtags and @mentions, so the card can set them off as
// React text spans (never markup).
export type TextToken = { kind: 'text' | 'hashtag' | 'mention'; value: string };

// A tag or mention starts a word (after a space, a bracket or the start), then letters, digits, marks, _ . -
const TOKEN =
  /(^|[\s([{"'«“])([#＃][\p{L}\p{N}\p{M}_]+|@[\p{L}\p{N}_][\p{L}\p{N}\p{M}_.-]*[\p{L}\p{N}_]|@[\p{L}\p{N}_])/gu;

export function tokenize(text: string): TextToken[] {
  const out: TextToken[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const lead = match[1] ?? '';
    const token = match[2] ?? '';
    const start = (match.index ?? 0) + lead.length;
    if (start > last) out.push({ kind: 'text', value: text.slice(last, start) });
    out.push({ kind: token.startsWith('@') ? 'mention' : 'hashtag', value: token });
    last = start + token.length;
  }
  if (last < text.length) out.push({ kind: 'text', value: text.slice(last) });
  return out;
}
