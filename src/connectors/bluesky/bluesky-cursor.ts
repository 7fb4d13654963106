// The Bluesky source's persisted state: a TIME high-water mark per search (search cursors are offsets
// into a moving index), the brand feed's, the recent posts re-checked for deletes. The session's refresh
// token is NOT here: it lives in the source's vault, sealed (bluesky-saved-session.ts); cursors written
// before that held it in clear, and are still read so that the poller can migrate it.
import { z } from 'zod';
import { jsonCursor } from '../shared/json-cursor.ts';

const BlueskyCursorSchema = z.object({
  v: z.literal(2),
  /** query → newest createdAt seen (ISO). */
  newestByQuery: z.record(z.string(), z.string()),
  /** Newest createdAt of the brand's own feed (ISO). */
  brandNewest: z.string().optional(),
  recent: z.array(z.object({ uri: z.string(), key: z.string() })),
  polls: z.number().int().nonnegative(),
  /** Where the rotating re-check resumes in `recent`. */
  recheckOffset: z.number().int().nonnegative(),
  /** Old format only: read for the one-time move to the vault, never written again. */
  refreshJwt: z.string().optional(),
});

export type BlueskyCursor = z.infer<typeof BlueskyCursorSchema>;

export const blueskyCursor = jsonCursor(BlueskyCursorSchema);

export function emptyBlueskyCursor(): BlueskyCursor {
  return { v: 2, newestByQuery: {}, recent: [], polls: 0, recheckOffset: 0 };
}

/** Without the token of the old format: it lives in the vault. */
export function formatBlueskyCursor(c: BlueskyCursor): string {
  const { refreshJwt: _dropped, ...kept } = c;
  return blueskyCursor.format(kept);
}
