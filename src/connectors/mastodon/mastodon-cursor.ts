// The Mastodon source's high-water marks, persisted as its cursor: the newest id seen per instance and
// hashtag (ids are local to each instance), per instance for the brand's own statuses, and the recent
// statuses followed for deletes and edits (listed again, or re-checked by id).
import { z } from 'zod';
import { jsonCursor } from '../shared/json-cursor.ts';

const RecentSchema = z.object({
  /** The instance (its base URL) the local id belongs to. */
  instance: z.string(),
  id: z.string(),
  key: z.string(),
  /** The timeline it was listed in ("instanceUrl tag" or "instanceUrl acct"): missing from it later, it is checked. */
  timeline: z.string().optional(),
  /** Its last edit as read (Mastodon's `edited_at`): a later one is emitted again. */
  editedAt: z.string().optional(),
});
export type RecentStatus = z.infer<typeof RecentSchema>;

const MastodonCursorSchema = z.object({
  v: z.literal(2),
  /** "instanceUrl tag" → newest status id seen. */
  newestByHashtag: z.record(z.string(), z.string()),
  /** "instanceUrl acct" → newest id of the brand's statuses. */
  newestByBrandAccount: z.record(z.string(), z.string()),
  recent: z.array(RecentSchema),
  polls: z.number().int().nonnegative(),
  /** Where the rotating re-check resumes in `recent`. */
  recheckOffset: z.number().int().nonnegative(),
});

export type MastodonCursor = z.infer<typeof MastodonCursorSchema>;

export const mastodonCursor = jsonCursor(MastodonCursorSchema);

export function emptyMastodonCursor(): MastodonCursor {
  return { v: 2, newestByHashtag: {}, newestByBrandAccount: {}, recent: [], polls: 0, recheckOffset: 0 };
}

/** Remembers a status for re-checks, newest last, at most `limit`. */
export function rememberRecent(c: MastodonCursor, entry: RecentStatus, limit: number): void {
  const at = c.recent.findIndex((r) => r.instance === entry.instance && r.id === entry.id);
  if (at >= 0) c.recent.splice(at, 1);
  c.recent.push(entry);
  if (c.recent.length > limit) c.recent.splice(0, c.recent.length - limit);
}
