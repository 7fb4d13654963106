// What counts as new on the wall: a post that arrived live and was written in the last day. The retention
// window is at least a day, so a post older than the retention is never "new"; nor is a source's backfill.
import type { Post } from '../../shared/post.ts';

export const RECENT_MS = 24 * 3_600_000;

export function isRecent(post: Pick<Post, 'createdAt'>, nowMs: number): boolean {
  const created = Date.parse(post.createdAt);
  return Number.isFinite(created) && nowMs - created <= RECENT_MS;
}
