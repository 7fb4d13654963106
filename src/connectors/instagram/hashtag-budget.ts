// Instagram lets an account query at most 30 distinct hashtags per rolling 7 days (ig_hashtag_search).
// The wall keeps the searches it made in the persisted cursor, so the count survives restarts, and
// refuses a hashtag over the budget itself, with a message, instead of spending a call to be refused.
import { z } from 'zod';
import type { SourceNote } from '../connector.ts';

export const WEEK_MS = 7 * 24 * 3600_000;

export const HashtagSearchRecordSchema = z.object({ tag: z.string(), at: z.number() });
export type HashtagSearchRecord = z.infer<typeof HashtagSearchRecordSchema>;

export function normaliseHashtag(tag: string): string {
  return tag.replace(/^#/, '').toLowerCase();
}

/** Searches still inside the rolling 7 days. */
export function liveSearches(searches: readonly HashtagSearchRecord[], nowMs: number): HashtagSearchRecord[] {
  return searches.filter((s) => s.at > nowMs - WEEK_MS);
}

export function distinctUsed(searches: readonly HashtagSearchRecord[], nowMs: number): Set<string> {
  return new Set(liveSearches(searches, nowMs).map((s) => s.tag));
}

/** May `tag` be searched now? Re-searching a tag already counted in the window costs nothing. */
export function maySearch(
  tag: string,
  searches: readonly HashtagSearchRecord[],
  limit: number,
  nowMs: number,
): boolean {
  const used = distinctUsed(searches, nowMs);
  return used.has(tag) || used.size < limit;
}

/** When the oldest counted hashtag leaves the window (a slot frees). */
export function nextSlotAt(searches: readonly HashtagSearchRecord[], nowMs: number): number | undefined {
  const firstByTag = new Map<string, number>();
  for (const s of liveSearches(searches, nowMs)) firstByTag.set(s.tag, Math.max(firstByTag.get(s.tag) ?? 0, s.at));
  const times = [...firstByTag.values()];
  return times.length ? Math.min(...times) + WEEK_MS : undefined;
}

export function hashtagBudget(
  searches: readonly HashtagSearchRecord[],
  limit: number,
  nowMs: number,
): Record<string, number | string> {
  return { hashtagsUsed: distinctUsed(searches, nowMs).size, hashtagsLimit: limit };
}

/** The hashtags not followed because the account used its `limit` of the week, and when a slot frees. */
export function hashtagNotes(
  searches: readonly HashtagSearchRecord[],
  limit: number,
  refused: readonly string[],
  nowMs: number,
): SourceNote[] {
  if (!refused.length) return [];
  const frees = nextSlotAt(searches, nowMs);
  const freesAt = frees !== undefined ? new Date(frees).toISOString() : undefined;
  const text =
    `${refused.map((t) => `#${t}`).join(', ')} not followed: the account used its ${limit} hashtags of the last 7 days` +
    (freesAt !== undefined ? `; the next one frees on ${freesAt}` : '') +
    '.';
  return [
    {
      code: 'instagram.hashtags-refused',
      params: { hashtags: [...refused], limit, ...(freesAt !== undefined ? { freesAt } : {}) },
      text,
    },
  ];
}
