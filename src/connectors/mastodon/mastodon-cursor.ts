// The Mastodon source's high-water marks, persisted as its cursor: the newest id seen per instance and
// hashtag (ids are local to each instance), per instance for the brand's own statuses, and the recent
// statuses re-checked now and then for deletes and edits.
import { z } from 'zod';

const RecentSchema = z.object({ i: z.string(), id: z.string(), key: z.string() });
export type RecentStatus = z.infer<typeof RecentSchema>;

const MastodonCursorSchema = z.object({
  v: z.literal(1),
  /** "instanceUrl tag" → newest status id seen. */
  tags: z.record(z.string(), z.string()),
  /** "instanceUrl acct" → newest id of the brand's statuses. */
  brand: z.record(z.string(), z.string()),
  recent: z.array(RecentSchema),
  polls: z.number().int().nonnegative(),
  /** Where the rotating re-check resumes in `recent`. */
  recheckAt: z.number().int().nonnegative(),
});

export type MastodonCursor = z.infer<typeof MastodonCursorSchema>;

export function emptyMastodonCursor(): MastodonCursor {
  return { v: 1, tags: {}, brand: {}, recent: [], polls: 0, recheckAt: 0 };
}

export function parseMastodonCursor(cursor: string | undefined): MastodonCursor | undefined {
  if (!cursor) return undefined;
  try {
    const parsed = MastodonCursorSchema.safeParse(JSON.parse(cursor));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function formatMastodonCursor(c: MastodonCursor): string {
  return JSON.stringify({
    v: c.v,
    tags: c.tags,
    brand: c.brand,
    recent: c.recent,
    polls: c.polls,
    recheckAt: c.recheckAt,
  });
}

/** Remembers a status for re-checks, newest last, at most `limit`. */
export function rememberRecent(c: MastodonCursor, entry: RecentStatus, limit: number): void {
  const at = c.recent.findIndex((r) => r.i === entry.i && r.id === entry.id);
  if (at >= 0) c.recent.splice(at, 1);
  c.recent.push(entry);
  if (c.recent.length > limit) c.recent.splice(0, c.recent.length - limit);
}
