// Where a Facebook source stands, persisted by the runtime: a time high-water mark (Graph's paging
// cursors die when their item is deleted), what the recent posts looked like (to fetch comments only
// where something changed, and to notice a post that vanished), and the comments of the last 24 h (to
// re-check them for deletes and edits).
import { z } from 'zod';
import { TrackedItemSchema } from '../meta/recent-items.ts';

const WindowPostSchema = z.object({
  id: z.string(),
  /** Created, epoch seconds. */
  t: z.number(),
  /** Last seen updated_time (epoch s) and comment count: a change means new comments. */
  u: z.number(),
  n: z.number(),
  /** Newest comment seen (epoch s), the post's own high-water mark for comments. */
  lc: z.number(),
  /** Listed by /tagged (another timeline): its comments are not ours to read. */
  tg: z.boolean().optional(),
});
export type WindowPost = z.infer<typeof WindowPostSchema>;

const FacebookCursorSchema = z.object({
  v: z.literal(1),
  /** Newest post created_time seen, epoch seconds. */
  hw: z.number(),
  polls: z.number().int().nonnegative(),
  posts: z.array(WindowPostSchema),
  recent: z.array(TrackedItemSchema),
  /** Rotation point of the comment re-check. */
  off: z.number().int().nonnegative(),
});
export type FacebookCursor = z.infer<typeof FacebookCursorSchema>;

export function parseFacebookCursor(cursor: string | undefined): FacebookCursor | undefined {
  if (cursor === undefined) return undefined;
  try {
    const parsed = FacebookCursorSchema.safeParse(JSON.parse(cursor));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function formatFacebookCursor(c: FacebookCursor): string {
  const { v, hw, polls, posts, recent, off } = c;
  return JSON.stringify({ v, hw, polls, posts, recent, off });
}
