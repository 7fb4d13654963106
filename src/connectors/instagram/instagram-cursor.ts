// Where an Instagram source stands, persisted by the runtime: a time high-water mark, the recent media
// (to fetch comments only where the count changed and to notice a deleted one), the comments of the last
// 24 h (re-checked for deletes), the hashtag ids found and the searches made (the 7-day budget).
import { z } from 'zod';
import { TrackedItemSchema } from '../meta/recent-items.ts';
import { HashtagSearchRecordSchema } from './hashtag-budget.ts';

const WindowMediaSchema = z.object({
  id: z.string(),
  t: z.number(),
  /** comments_count last seen. */
  n: z.number(),
  /** 'o' own media, 'g' tagged. */
  o: z.enum(['o', 'g']),
});
export type WindowMedia = z.infer<typeof WindowMediaSchema>;

const InstagramCursorSchema = z.object({
  v: z.literal(1),
  username: z.string().optional(),
  hw: z.number(),
  polls: z.number().int().nonnegative(),
  media: z.array(WindowMediaSchema),
  recent: z.array(TrackedItemSchema),
  off: z.number().int().nonnegative(),
  /** hashtag → its Graph id (stable: searched once). */
  tags: z.record(z.string(), z.string()),
  searches: z.array(HashtagSearchRecordSchema),
});
export type InstagramCursor = z.infer<typeof InstagramCursorSchema>;

export function parseInstagramCursor(cursor: string | undefined): InstagramCursor | undefined {
  if (cursor === undefined) return undefined;
  try {
    const parsed = InstagramCursorSchema.safeParse(JSON.parse(cursor));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function formatInstagramCursor(c: InstagramCursor): string {
  const { v, username, hw, polls, media, recent, off, tags, searches } = c;
  return JSON.stringify({ v, username, hw, polls, media, recent, off, tags, searches });
}
