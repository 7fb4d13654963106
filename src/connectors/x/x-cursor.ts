// Where an X source stands, persisted by the runtime as its cursor (JSON): the newest id seen by each
// call (since_id), the recent posts to re-check for deletes and edits, and the month's read count
// (so the budget survives restarts).
import { z } from 'zod';
import { jsonCursor } from '../shared/json-cursor.ts';

const Id = z.string().regex(/^\d{1,25}$/);

const RecentSchema = z.object({
  /** First id of the post's edit history: its key. */
  originalId: Id,
  /** Latest version seen. */
  latestId: Id,
  /** createdAt of the original (ISO). */
  createdAt: z.string(),
  /** When the wall first saw it (ms): bounds the re-check window. */
  firstSeenAt: z.number(),
});
export type RecentPost = z.infer<typeof RecentSchema>;

const XCursorSchema = z.object({
  v: z.literal(2),
  /** The query the search since_id belongs to: another query starts over. */
  query: z.string().optional(),
  searchSinceId: Id.optional(),
  mentionsSinceId: Id.optional(),
  ownSinceId: Id.optional(),
  /** When the recent posts of the last day were last looked up (ms). */
  lastRecheckAt: z.number().optional(),
  recent: z.array(RecentSchema).default([]),
  budget: z
    .object({ month: z.string(), postsRead: z.number().nonnegative(), day: z.string(), readToday: z.array(z.string()) })
    .optional(),
});
export type XCursor = z.output<typeof XCursorSchema>;

export const xCursor = jsonCursor(XCursorSchema);

export function emptyXCursor(): XCursor {
  return { v: 2, recent: [] };
}
