// Which post the spotlight shows, as pure decisions over the post list, the live arrivals and the
// clock (use-spotlight.ts runs them on a timer). A post that just arrived takes the spotlight at once
// (after the current one has been up a few seconds, so a burst does not flicker); when nothing new
// comes, it moves on to the next recent post every few seconds, so the panel never looks frozen.
import type { FeedItem } from './post-collection.ts';

/** How long a post stays in the spotlight at least, and at most when nothing new comes. */
export const SPOTLIGHT_HOLD_MS = 4_000;
export const SPOTLIGHT_CYCLE_MS = 12_000;
/** The spotlight cycles through this many of the newest posts. */
export const CYCLE_DEPTH = 8;

export interface SpotlightState {
  key: string | undefined;
  /** When `key` took the spotlight (ms since the epoch). */
  since: number;
}

export interface ArrivalLike {
  key: string;
  at: number;
}

/** The state after a tick of the clock: the same object when nothing changes. */
export function decideSpotlight(
  state: SpotlightState,
  items: readonly FeedItem[],
  arrivals: readonly ArrivalLike[],
  now: number,
): SpotlightState {
  const { key: current, since } = state;
  const shown = current !== undefined && items.some((i) => i.post.key === current);
  const held = now - since;
  const newest = newestArrival(items, arrivals);
  let next = current;
  if (!shown) next = newest?.key ?? items[0]?.post.key;
  else if (newest && newest.at > since && newest.key !== current && held >= SPOTLIGHT_HOLD_MS) next = newest.key;
  else if (held >= SPOTLIGHT_CYCLE_MS && items.length > 1) {
    const depth = Math.min(CYCLE_DEPTH, items.length);
    const index = items.findIndex((i) => i.post.key === current);
    next = items[(index + 1) % depth]?.post.key;
  }
  return next === current ? state : { key: next, since: now };
}

/** The newest arrival that is a post of its own on the wall (a brand reply shows under its parent). */
export function newestArrival<A extends ArrivalLike>(
  items: readonly FeedItem[],
  arrivals: readonly A[],
): A | undefined {
  return arrivals.find((a) => items.some((i) => i.post.key === a.key));
}

/**
 * The key to show now: the chosen one while it is on the wall; the moment it leaves (deleted, hidden,
 * pushed out), the newest arrival or the newest post instead — never a post that is gone.
 */
export function shownSpotlight(
  key: string | undefined,
  items: readonly FeedItem[],
  arrivals: readonly ArrivalLike[],
): string | undefined {
  if (key !== undefined && items.some((i) => i.post.key === key)) return key;
  return newestArrival(items, arrivals)?.key ?? items[0]?.post.key;
}
