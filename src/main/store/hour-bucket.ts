// The hour buckets of the live_posts_per_hour rollup, on the read side. Migration 002's triggers put a post
// created at `ms` in the bucket starting at floor(ms / HOUR_MS) * HOUR_MS.

export const HOUR_MS = 3_600_000;

/** The first bucket start at or after `ms`: buckets from there on hold only posts created at or after `ms`. */
export function firstHourStartAtOrAfter(ms: number): number {
  return Math.ceil(ms / HOUR_MS) * HOUR_MS;
}

/** The start of the bucket holding `ms` (floored, as the triggers do, also before 1970). */
export function hourStartOf(ms: number): number {
  return Math.floor(ms / HOUR_MS) * HOUR_MS;
}
