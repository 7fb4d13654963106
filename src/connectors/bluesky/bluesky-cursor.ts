// The Bluesky source's persisted state: a TIME high-water mark per search (search cursors are offsets
// into a moving index), the brand feed's, the recent posts re-checked for deletes. The session's refresh
// token is NOT here: it lives in the source's vault, sealed (bluesky-saved-session.ts); cursors written
// before that held it in clear, and are still read so that the poller can migrate it.
import { z } from 'zod';

const BlueskyCursorSchema = z.object({
  v: z.literal(1),
  /** query → newest createdAt seen (ISO). */
  since: z.record(z.string(), z.string()),
  brandSince: z.string().optional(),
  recent: z.array(z.object({ uri: z.string(), key: z.string() })),
  polls: z.number().int().nonnegative(),
  recheckAt: z.number().int().nonnegative(),
  /** Old format only: read for the one-time move to the vault, never written again. */
  refreshJwt: z.string().optional(),
});

export type BlueskyCursor = z.infer<typeof BlueskyCursorSchema>;

export function emptyBlueskyCursor(): BlueskyCursor {
  return { v: 1, since: {}, recent: [], polls: 0, recheckAt: 0 };
}

export function parseBlueskyCursor(cursor: string | undefined): BlueskyCursor | undefined {
  if (!cursor) return undefined;
  try {
    const parsed = BlueskyCursorSchema.safeParse(JSON.parse(cursor));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function formatBlueskyCursor(c: BlueskyCursor): string {
  const { v, since, brandSince, recent, polls, recheckAt } = c;
  return JSON.stringify({ v, since, brandSince, recent, polls, recheckAt });
}
