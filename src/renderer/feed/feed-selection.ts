// What the feed panel shows, as one pure function of the posts, the stage's choices (stage-pacing.ts) and
// the layout: the spotlit post, large, and the newest other posts on screen as cards, each post once. The
// spotlit post leaves the cards while it is spotlit and is back in its place (by time) when the spotlight
// moves on; posts waiting to come on screen (a burst comes in one card at a time) are not drawn yet.
import type { FeedItem } from './post-collection.ts';

export interface FeedSelection {
  /** Shown large, or none (a narrow window has no spotlight). */
  spotlight: FeedItem | undefined;
  /** Newest first, without the spotlit post. */
  cards: FeedItem[];
}

export function selectFeed(
  items: readonly FeedItem[],
  stage: { spotlightKey: string | undefined; waiting: ReadonlySet<string> },
  layout: { spotlight: boolean; cards: number },
): FeedSelection {
  const { spotlightKey, waiting } = stage;
  const spotlight =
    layout.spotlight && spotlightKey !== undefined ? items.find((i) => i.post.key === spotlightKey) : undefined;
  const cards = items.filter((i) => i !== spotlight && !waiting.has(i.post.key)).slice(0, layout.cards);
  return { spotlight, cards };
}
