// The Bluesky source's persisted state: a TIME high-water mark per search (search cursors are offsets
// into a moving index), the brand feed's, the recent posts re-checked for deletes — and the session's
// latest refresh token, which rotates on each refresh and must survive a restart.
import { z } from 'zod';

const BlueskyCursorSchema = z.object({
  v: z.literal(1),
  /** query → newest createdAt seen (ISO). */
  since: z.record(z.string(), z.string()),
  brandSince: z.string().optional(),
  recent: z.array(z.object({ uri: z.string(), key: z.string() })),
  polls: z.number().int().nonnegative(),
  recheckAt: z.number().int().nonnegative(),
  /** A secret, kept here because the runtime persists cursors (see docs/connectors.md). */
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
  const { v, since, brandSince, recent, polls, recheckAt, refreshJwt } = c;
  return JSON.stringify({ v, since, brandSince, recent, polls, recheckAt, refreshJwt });
}
