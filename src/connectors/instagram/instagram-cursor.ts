// Where an Instagram source stands, persisted by the runtime: a time high-water mark (epoch seconds), the
// recent media (to read comments only where the count moved or they are on screen, and to notice a deleted
// one), the comments of the last 24 h, the hashtag ids found and the searches made (the 7-day budget).
import { z } from 'zod';
import { TrackedCommentSchema } from '../meta/tracked-comments.ts';
import { jsonCursor } from '../shared/json-cursor.ts';
import { HashtagSearchRecordSchema } from './hashtag-budget.ts';

const WindowMediaSchema = z.object({
  id: z.string(),
  /** Created (timestamp), epoch seconds. */
  createdAt: z.number(),
  /** comments_count last seen. */
  commentCount: z.number(),
  /** The account's own media, or one that tags it. */
  origin: z.enum(['own', 'tagged']),
});
export type WindowMedia = z.infer<typeof WindowMediaSchema>;

const InstagramCursorSchema = z.object({
  v: z.literal(2),
  /** The account's username, read every Nth poll. */
  username: z.string().optional(),
  newestMediaAt: z.number(),
  polls: z.number().int().nonnegative(),
  media: z.array(WindowMediaSchema),
  recentComments: z.array(TrackedCommentSchema),
  recheckOffset: z.number().int().nonnegative(),
  /** hashtag → its Graph id (stable: searched once). */
  hashtagIds: z.record(z.string(), z.string()),
  hashtagSearches: z.array(HashtagSearchRecordSchema),
});
export type InstagramCursor = z.infer<typeof InstagramCursorSchema>;

export const instagramCursor = jsonCursor(InstagramCursorSchema);

export function freshInstagramCursor(): InstagramCursor {
  return {
    v: 2,
    newestMediaAt: 0,
    polls: 0,
    media: [],
    recentComments: [],
    recheckOffset: 0,
    hashtagIds: {},
    hashtagSearches: [],
  };
}
