// Graph does not tell a poller that an item was deleted. The connectors remember the items of the last
// 24 hours (in the persisted cursor) and re-check a few of them every Nth poll: gone → delete event,
// still there → upserted again with its latest text (edits).
import { z } from 'zod';

export const TrackedItemSchema = z.object({
  id: z.string(),
  /** What it is, for the connector that re-maps it (e.g. "p" post, "c" comment). */
  k: z.string(),
  /** Created, epoch seconds. */
  t: z.number(),
  /** The post or media it belongs to (comments). */
  r: z.string().optional(),
});
export type TrackedItem = z.infer<typeof TrackedItemSchema>;

export const RECENT_SECONDS = 24 * 3600;
/** Bounds the cursor's size on a busy page. */
export const MAX_TRACKED = 300;

/** Adds or refreshes items, drops those older than 24 h, keeps the newest MAX_TRACKED. */
export function trackItems(list: readonly TrackedItem[], added: readonly TrackedItem[], nowSec: number): TrackedItem[] {
  const byId = new Map(list.map((i) => [i.id, i]));
  for (const item of added) byId.set(item.id, item);
  return [...byId.values()]
    .filter((i) => i.t >= nowSec - RECENT_SECONDS)
    .sort((a, b) => b.t - a.t || a.id.localeCompare(b.id))
    .slice(0, MAX_TRACKED);
}

export function untrack(list: readonly TrackedItem[], ids: ReadonlySet<string>): TrackedItem[] {
  return list.filter((i) => !ids.has(i.id));
}

/** The next batch to re-check, rotating through the list so that each item's turn comes. */
export function recheckBatch(
  list: readonly TrackedItem[],
  offset: number,
  max: number,
): { batch: TrackedItem[]; nextOffset: number } {
  if (list.length === 0) return { batch: [], nextOffset: 0 };
  const start = offset % list.length;
  const batch = [...list.slice(start), ...list.slice(0, start)].slice(0, max);
  return { batch, nextOffset: (start + batch.length) % list.length };
}
