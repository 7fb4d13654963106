// The persisted form of a newest-first window (high-water mark + the first page's ids), as a review source's
// cursor; Trustpilot adds the business unit it looked up by name. An unreadable cursor (an older format, a
// hand edit) means a fresh first sync, not a failure.
import { z } from 'zod';
import type { WindowItem, WindowState } from '../../shared/newest-first-window.ts';
import { jsonCursor } from '../../shared/json-cursor.ts';

const ReviewWindowCursorSchema = z.object({
  v: z.literal(2),
  /** Epoch ms of the newest item seen (its sort key: created or updated). */
  newestAt: z.number().optional(),
  /** What the first page held: an item missing from it next time was deleted. */
  firstPage: z.array(z.object({ id: z.string(), at: z.number(), reply: z.boolean().optional() })),
  /** Trustpilot: the business unit found for `businessUnitName` (a renamed option looks it up again). */
  businessUnitId: z.string().optional(),
  businessUnitName: z.string().optional(),
});
export type ReviewWindowCursor = z.infer<typeof ReviewWindowCursorSchema>;

const codec = jsonCursor(ReviewWindowCursorSchema);

export type BusinessUnit = Pick<ReviewWindowCursor, 'businessUnitId' | 'businessUnitName'>;

export function formatWindowCursor(state: WindowState, unit: BusinessUnit = {}): string {
  return codec.format({ v: 2, ...state, ...unit });
}

export function parseWindowCursor(cursor: string | undefined): (WindowState & BusinessUnit) | undefined {
  const parsed = codec.parse(cursor);
  if (!parsed) return undefined;
  const firstPage: WindowItem[] = parsed.firstPage.map(({ id, at, reply }) => ({
    id,
    at,
    ...(reply ? { reply } : {}),
  }));
  const { newestAt, businessUnitId, businessUnitName } = parsed;
  return {
    firstPage,
    ...(newestAt !== undefined ? { newestAt } : {}),
    ...(businessUnitId !== undefined ? { businessUnitId } : {}),
    ...(businessUnitName !== undefined ? { businessUnitName } : {}),
  };
}
