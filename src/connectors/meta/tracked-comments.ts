// Graph tells a poller neither that a comment was deleted nor that it was edited. The Meta connectors
// remember the comments of the last 24 hours (in the persisted cursor), to compare them with what the
// network lists now and to re-check a few by id now and then.
import { z } from 'zod';

export const TrackedCommentSchema = z.object({
  id: z.string(),
  /** Created, epoch seconds. */
  createdAt: z.number(),
  /** The post or media it is under. */
  postId: z.string(),
});
export type TrackedComment = z.infer<typeof TrackedCommentSchema>;

export const RECENT_SECONDS = 24 * 3600;
/** Bounds the cursor's size on a busy page. */
export const MAX_TRACKED = 300;

/** Adds or refreshes comments, drops those older than 24 h, keeps the newest MAX_TRACKED. */
export function trackComments(
  list: readonly TrackedComment[],
  added: readonly TrackedComment[],
  nowSec: number,
): TrackedComment[] {
  const byId = new Map(list.map((c) => [c.id, c]));
  for (const c of added) byId.set(c.id, c);
  return [...byId.values()]
    .filter((c) => c.createdAt >= nowSec - RECENT_SECONDS)
    .sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id))
    .slice(0, MAX_TRACKED);
}

export function untrack(list: readonly TrackedComment[], ids: ReadonlySet<string>): TrackedComment[] {
  return list.filter((c) => !ids.has(c.id));
}

/** The next batch to re-check, rotating through the list so that each comment's turn comes. */
export function recheckBatch(
  list: readonly TrackedComment[],
  offset: number,
  max: number,
): { batch: TrackedComment[]; nextOffset: number } {
  if (list.length === 0) return { batch: [], nextOffset: 0 };
  const start = offset % list.length;
  const batch = [...list.slice(start), ...list.slice(0, start)].slice(0, max);
  return { batch, nextOffset: (start + batch.length) % list.length };
}

/**
 * Whose comments a poll reads: posts whose comment count or update time moved first, then the posts on
 * screen (with comments of the last 24 h, newest activity first), at most `max`; the changed posts left
 * over are `deferred` (their old figures are kept, so they still look changed at the next poll).
 */
export function postsToRead(
  changed: readonly string[],
  tracked: readonly TrackedComment[],
  stillListed: (postId: string) => boolean,
  max: number,
): { read: string[]; deferred: string[] } {
  const onScreen = tracked.map((c) => c.postId).filter(stillListed);
  const wanted = [...new Set([...changed, ...onScreen])];
  return { read: wanted.slice(0, max), deferred: changed.filter((id) => !wanted.slice(0, max).includes(id)) };
}
