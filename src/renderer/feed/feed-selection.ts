// What the feed panel shows, as one pure function of the posts, the spotlight's choice, the layout and
// the columns' memory: each post once. The spotlit post leaves the columns while it is spotlit — its
// column closes up, the next card of that column takes its place — and comes back in the same place
// when the spotlight moves on. It keeps its column all the while: it is arranged with the others and
// only left out of what is drawn, so the sticky columns never reshuffle around it.
import type { FeedItem } from './post-collection.ts';
import { arrangeSticky, type ColumnMemory, type Ranked } from './sticky-columns.ts';

export interface FeedSelectionInput {
  /** Newest first (arrangeFeed). */
  items: readonly FeedItem[];
  /** The spotlight's choice (useSpotlight). */
  spotlightKey: string | undefined;
  layout: { columns: number; spotlight: boolean };
  /** Cards arranged per column at most. */
  perColumn: number;
  memory: ColumnMemory;
}

export interface FeedSelection {
  /** Shown large, or none (a portrait or narrow screen has no spotlight). */
  spotlight: FeedItem | undefined;
  /** One list per column, newest first, without the spotlit post. */
  columns: Ranked[][];
  memory: ColumnMemory;
}

export function selectFeed({ items, spotlightKey, layout, perColumn, memory }: FeedSelectionInput): FeedSelection {
  const spotlight =
    layout.spotlight && spotlightKey !== undefined ? items.find((i) => i.post.key === spotlightKey) : undefined;
  const arranged = arrangeSticky(items.slice(0, layout.columns * perColumn), layout.columns, memory);
  const left = spotlight?.post.key;
  const columns =
    left === undefined
      ? arranged.columns
      : arranged.columns.map((column) => column.filter((r) => r.item.post.key !== left));
  return { spotlight, columns, memory: arranged.memory };
}
