// Where an X source stands, persisted by the runtime as its cursor (JSON): the newest id seen by each
// call (since_id), the recent posts to re-check for deletes and edits, and the month's read count
// (so the budget survives restarts).
import { z } from 'zod';

const Id = z.string().regex(/^\d{1,25}$/);

const RecentSchema = z.object({
  /** First id of the post's edit history: its key. */
  o: Id,
  /** Latest version seen. */
  l: Id,
  /** createdAt of the original (ISO). */
  c: z.string(),
  /** When the wall first saw it (ms): bounds the re-check window. */
  s: z.number(),
});
export type RecentPost = z.infer<typeof RecentSchema>;

const XCursorSchema = z.object({
  v: z.literal(1),
  /** The query the search since_id belongs to: another query starts over. */
  query: z.string().optional(),
  searchSinceId: Id.optional(),
  mentionsSinceId: Id.optional(),
  ownSinceId: Id.optional(),
  lastRecheckAt: z.number().optional(),
  recent: z.array(RecentSchema).default([]),
  budget: z
    .object({ month: z.string(), postsRead: z.number().nonnegative(), day: z.string(), readToday: z.array(z.string()) })
    .optional(),
});
export type XCursor = z.output<typeof XCursorSchema>;

export function emptyXCursor(): XCursor {
  return { v: 1, recent: [] };
}

/** An unreadable cursor starts over (posts keep their keys: no duplicates, only a few reads paid again). */
export function parseXCursor(cursor: string | undefined): XCursor {
  if (cursor === undefined) return emptyXCursor();
  try {
    const parsed = XCursorSchema.safeParse(JSON.parse(cursor));
    return parsed.success ? parsed.data : emptyXCursor();
  } catch {
    return emptyXCursor();
  }
}

export function formatXCursor(cursor: XCursor): string {
  const { v, query, searchSinceId, mentionsSinceId, ownSinceId, lastRecheckAt, recent, budget } = cursor;
  return JSON.stringify({ v, query, searchSinceId, mentionsSinceId, ownSinceId, lastRecheckAt, recent, budget });
}

/** Compares X ids (decimal strings longer than a double's precision) without converting them to numbers. */
export function compareXIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxXId(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareXIds(a, b) >= 0 ? a : b;
}
