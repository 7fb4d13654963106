// Where a replay stands, persisted as the source's cursor: a restart resumes at the same byte, with the
// same time mapping, so nothing is played twice and nothing is skipped.
import { z } from 'zod';
import { jsonCursor } from '../shared/json-cursor.ts';

const ReplayCursorSchema = z.object({
  v: z.literal(1),
  /** The file the position belongs to: another file starts from its beginning. */
  file: z.string(),
  /** Byte offset just after the last consumed line. */
  offset: z.number().int().nonnegative(),
  /** Lines consumed so far in this pass (for "line 12: …" messages). */
  line: z.number().int().nonnegative(),
  /** Passes over the file completed (loop). */
  cycle: z.number().int().nonnegative(),
  /** When this pass started, on the injected clock (ms). */
  startedAt: z.number(),
  /** Original createdAt (ms) of the pass's first post: the origin of the time mapping. */
  firstAt: z.number().optional(),
  /** When the last played line was due (ms). */
  lastDue: z.number().optional(),
  /** Posts played in this pass (a pass that plays nothing does not loop). */
  played: z.number().int().nonnegative(),
});

export type ReplayCursor = z.infer<typeof ReplayCursorSchema>;

export function startReplay(file: string, now: number, cycle = 0): ReplayCursor {
  return { v: 1, file, offset: 0, line: 0, cycle, startedAt: now, played: 0 };
}

/**
 * Undefined when absent or unreadable (then the replay starts over: posts keep their keys, so no duplicates);
 * written in the schema's order, so an unchanged position always encodes to the same string.
 */
export const replayCursor = jsonCursor(ReplayCursorSchema);
