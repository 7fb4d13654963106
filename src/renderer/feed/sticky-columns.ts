// Which column each card sits in, decided once per post and then kept: a new post goes on top of the
// shortest column and pushes only that column down, instead of every card hopping to another column
// at each arrival (which a masonry recomputed from scratch would do).
import { distribute, estimateLines } from './masonry.ts';
import type { FeedItem } from './post-collection.ts';

export interface Ranked {
  item: FeedItem;
  /** Position in newest-first order (0: newest). */
  rank: number;
}

export class StickyColumns {
  private assigned = new Map<string, number>();
  private count = 0;

  /** `items` newest first; returns one list per column, each newest first. */
  arrange(items: readonly FeedItem[], count: number): Ranked[][] {
    const ranked = items.map((item, rank) => ({ item, rank }));
    if (count !== this.count || this.assigned.size === 0) {
      // First layout (or a new column count): a plain masonry, remembered.
      this.count = count;
      const columns = distribute(ranked, count, (r) => estimateLines(r.item));
      this.assigned = new Map(columns.flatMap((column, c) => column.map((r) => [r.item.post.key, c] as const)));
      return columns;
    }
    const heights = new Array<number>(count).fill(0);
    for (const r of ranked) {
      const c = this.assigned.get(r.item.post.key);
      if (c !== undefined) heights[c] = (heights[c] ?? 0) + estimateLines(r.item) + 1;
    }
    const next = new Map<string, number>();
    const columns: Ranked[][] = Array.from({ length: count }, () => []);
    // Oldest first, so that a burst of new posts spreads over the columns like a masonry would.
    for (let i = ranked.length - 1; i >= 0; i -= 1) {
      const r = ranked[i];
      if (!r) continue;
      let c = this.assigned.get(r.item.post.key);
      if (c === undefined) {
        c = 0;
        for (let k = 1; k < count; k += 1) if ((heights[k] ?? 0) < (heights[c] ?? 0)) c = k;
        heights[c] = (heights[c] ?? 0) + estimateLines(r.item) + 1;
      }
      next.set(r.item.post.key, c);
      columns[c]?.unshift(r);
    }
    // Only the posts still shown are remembered: the map never outgrows the screen.
    this.assigned = next;
    return columns;
  }
}
