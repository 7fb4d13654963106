// Where a Facebook source stands, persisted by the runtime: a time high-water mark (Graph's paging
// cursors die when their item is deleted), what the recent posts looked like (to read comments only where
// something changed or is on screen, and to notice a post that vanished), and the comments of the last
// 24 h (to tell deleted ones and re-check them). Times are epoch seconds, as Graph's `since` takes them.
import { z } from 'zod';
import { TrackedCommentSchema } from '../meta/tracked-comments.ts';
import { jsonCursor } from '../shared/json-cursor.ts';

const WindowPostSchema = z.object({
  id: z.string(),
  createdAt: z.number(),
  /** Last seen updated_time and comment count: a change means new comments. */
  updatedAt: z.number(),
  commentCount: z.number(),
  /** Newest comment read: the post's own high-water mark for comments (0: none read yet). */
  newestCommentAt: z.number(),
  /** Listed by /tagged: a mention (its comments are not ours to read unless it is on the page). */
  tagged: z.boolean().optional(),
});
export type WindowPost = z.infer<typeof WindowPostSchema>;

const FacebookCursorSchema = z.object({
  v: z.literal(2),
  /** Newest post created_time seen. */
  newestPostAt: z.number(),
  polls: z.number().int().nonnegative(),
  posts: z.array(WindowPostSchema),
  recentComments: z.array(TrackedCommentSchema),
  /** Where the rotating re-check of comments by id resumes. */
  recheckOffset: z.number().int().nonnegative(),
});
export type FacebookCursor = z.infer<typeof FacebookCursorSchema>;

export const facebookCursor = jsonCursor(FacebookCursorSchema);

export function freshFacebookCursor(): FacebookCursor {
  return { v: 2, newestPostAt: 0, polls: 0, posts: [], recentComments: [], recheckOffset: 0 };
}
