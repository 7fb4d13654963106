// Which column each card sits in, decided once per post and then kept: a new post goes on top of the
// shortest column and pushes only that column down, instead of every card hopping to another column
// at each arrival (which a masonry recomputed from scratch would do). Pure: the memory of the columns
// goes in and comes out, the caller keeps it between renders.
import { distribute, estimateLines } from './masonry.ts';
import type { FeedItem } from './post-collection.ts';

export interface Ranked {
  item: FeedItem;
  /** Position in newest-first order (0: newest). */
  rank: number;
}

/** Which column each post was given, for the column count it was given for. */
export interface ColumnMemory {
  count: number;
  assigned: ReadonlyMap<string, number>;
}

export const NO_COLUMNS: ColumnMemory = { count: 0, assigned: new Map() };

export interface StickyArrangement {
  /** One list per column, each newest first. */
  columns: Ranked[][];
  memory: ColumnMemory;
}

/** `items` newest first. */
export function arrangeSticky(items: readonly FeedItem[], count: number, memory: ColumnMemory): StickyArrangement {
  const ranked = items.map((item, rank) => ({ item, rank }));
  if (count !== memory.count || memory.assigned.size === 0) {
    // First layout (or a new column count): a plain masonry, remembered.
    const columns = distribute(ranked, count, (r) => estimateLines(r.item));
    const assigned = new Map(columns.flatMap((column, c) => column.map((r) => [r.item.post.key, c] as const)));
    return { columns, memory: { count, assigned } };
  }
  const heights = new Array<number>(count).fill(0);
  for (const r of ranked) {
    const c = memory.assigned.get(r.item.post.key);
    if (c !== undefined) heights[c] = (heights[c] ?? 0) + estimateLines(r.item) + 1;
  }
  const next = new Map<string, number>();
  const columns: Ranked[][] = Array.from({ length: count }, () => []);
  // Oldest first, so that a burst of new posts spreads over the columns like a masonry would.
  for (let i = ranked.length - 1; i >= 0; i -= 1) {
    const r = ranked[i];
    if (!r) continue;
    let c = memory.assigned.get(r.item.post.key);
    if (c === undefined) {
      c = 0;
      for (let k = 1; k < count; k += 1) if ((heights[k] ?? 0) < (heights[c] ?? 0)) c = k;
      heights[c] = (heights[c] ?? 0) + estimateLines(r.item) + 1;
    }
    next.set(r.item.post.key, c);
    columns[c]?.unshift(r);
  }
  // Only the posts still arranged are remembered: the map never outgrows the screen.
  return { columns, memory: { count, assigned: next } };
}
