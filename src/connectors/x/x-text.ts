// X's `text` is plain text with three HTML entities escaped and t.co links: the wall shows the real link
// (or nothing, for the link that points at the post's own picture, which the wall shows as media).
import type { XTweet } from './x-payload.ts';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

export function decodeXEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);
}

function isOwnMediaLink(expanded: string | undefined): boolean {
  return (
    expanded !== undefined && /^https?:\/\/(?:x|twitter)\.com\/[^/]+\/status\/\d+\/(?:photo|video)\/\d+/i.test(expanded)
  );
}

export function plainXText(tweet: Pick<XTweet, 'text' | 'entities'>): string {
  let text = tweet.text;
  for (const link of tweet.entities?.urls ?? []) {
    const replacement = isOwnMediaLink(link.expanded_url) ? '' : (link.expanded_url ?? link.display_url ?? link.url);
    text = text.split(link.url).join(replacement);
  }
  return decodeXEntities(text)
    .replace(/[ \t]+$/gm, '')
    .trim();
}
