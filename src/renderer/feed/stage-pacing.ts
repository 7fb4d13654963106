// What the feed panel shows and when, as one pure function of what it remembers, the posts on the wall and
// the clock (use-stage.ts runs it at each batch of arrivals and every half second), so that the hall finds
// a visitor's post and the wall stays calm — and so that tests drive it with a fake clock:
// - a post arriving on a quiet wall takes the spotlight at once and keeps it at least `holdMs`;
// - during a burst, arrivals come on screen one card at a time, one every `cardGapMs` (a card stays up
//   while the next ones come: four cards, twelve seconds), and every one within `maxWaitMs`; they wait their
//   turn for the spotlight, oldest first, which changes at most once every max(holdMs, burstGapMs); one that
//   waited `maxQueueMs` for it leaves that queue (the cards showed it);
// - with no arrival waiting, after `cycleMs` the spotlight moves on to the next of the newest posts;
// - an arrival is greeted as new for `freshMs` from the moment it comes on screen (not from its arrival: one
//   that waited its turn in a burst is still greeted when the hall first sees it).
// Customers' posts take the spotlight; the brand's own posts only when nothing else is on the wall.
import type { FeedItem } from './post-collection.ts';

export interface PacingRules {
  /** An arrival stays in the spotlight at least this long. */
  holdMs: number;
  /** During a burst, two changes of the spotlight are at least this far apart (whatever holdMs says). */
  burstGapMs: number;
  /** With nothing new, the spotlight moves on after this long. */
  cycleMs: number;
  /** Idle cycling goes through this many of the newest posts. */
  cycleDepth: number;
  /** During a burst, a new card comes on screen at most this often. */
  cardGapMs: number;
  /** An arrival is on screen at the latest this long after it arrived (more than the screen can take: all at once). */
  maxWaitMs: number;
  /** An arrival waits for the spotlight at most this long. */
  maxQueueMs: number;
  /** An arrival is greeted as new this long after it came on screen (feed.css fades its badge over as long). */
  freshMs: number;
}

export const DEFAULT_PACING: PacingRules = {
  holdMs: 10_000,
  burstGapMs: 8_000,
  cycleMs: 15_000,
  cycleDepth: 8,
  cardGapMs: 3_000,
  maxWaitMs: 30_000,
  maxQueueMs: 120_000,
  freshMs: 12_000,
};

/** A post that arrived live (use-feed-posts.ts): `seq` grows with each arrival, whatever the clock says. */
export interface Arrival {
  key: string;
  at: number;
  seq: number;
}

export interface Spotlit {
  key: string;
  /** When it took the spotlight. */
  since: number;
  /** It came as an arrival (held at least holdMs), or by idle cycling or at start (gives way at once). */
  arrival: boolean;
}

export interface OnScreen {
  key: string;
  at: number;
}

export interface StageState {
  spotlight: Spotlit | undefined;
  /** Arrivals not on screen yet, oldest first. */
  waiting: readonly Arrival[];
  /** Arrivals on screen (among the cards) waiting for the spotlight, oldest first. */
  queue: readonly Arrival[];
  /** When the last arrival came on screen. */
  shownAt: number;
  /** Arrivals that came on screen less than freshMs ago, and when: they are greeted as new. */
  fresh: readonly OnScreen[];
  /** The last arrival looked at. */
  lastSeq: number;
}

export const EMPTY_STAGE: StageState = {
  spotlight: undefined,
  waiting: [],
  queue: [],
  shownAt: Number.NEGATIVE_INFINITY,
  fresh: [],
  lastSeq: 0,
};

/**
 * The state after this moment: the same object when nothing changes (React skips the render).
 * `items`: the wall's posts, newest first; `arrivals`: the latest arrivals, in any order.
 */
export function stepStage(
  state: StageState,
  items: readonly FeedItem[],
  arrivals: readonly Arrival[],
  now: number,
  rules: PacingRules = DEFAULT_PACING,
): StageState {
  const onWall = new Map(items.map((i) => [i.post.key, i]));
  const isCustomer = (key: string) => onWall.get(key)?.post.author.isBrand === false;

  // New arrivals wait to come on screen; what left the wall leaves every list.
  const arrived = arrivals.filter((a) => a.seq > state.lastSeq && onWall.has(a.key)).sort((a, b) => a.seq - b.seq);
  const lastSeq = arrivals.reduce((max, a) => Math.max(max, a.seq), state.lastSeq);
  let waiting = [...state.waiting, ...arrived].filter((a) => onWall.has(a.key));
  let queue = state.queue.filter((a) => onWall.has(a.key) && now - a.at < rules.maxQueueMs);
  let shownAt = state.shownAt;
  let fresh = state.fresh.filter((s) => onWall.has(s.key) && now - s.at < rules.freshMs);

  // The spotlight: at start or when its post left, at once; an idle post gives way to an arrival at once;
  // an arrival after its hold; with nothing new, the next post after cycleMs.
  let spotlight = state.spotlight;
  const held = spotlight ? now - spotlight.since : 0;
  const gone = !spotlight || !onWall.has(spotlight.key);
  const due = gone || !spotlight?.arrival || held >= Math.max(rules.holdMs, rules.burstGapMs);
  const next = queue.find((a) => isCustomer(a.key)) ?? waiting.find((a) => isCustomer(a.key));
  if (next && due) {
    spotlight = { key: next.key, since: now, arrival: true };
    queue = queue.filter((a) => a.key !== next.key);
    // Straight from the door to the spotlight: it is on screen now.
    if (waiting.some((a) => a.key === next.key)) {
      waiting = waiting.filter((a) => a.key !== next.key);
      fresh = [...fresh, { key: next.key, at: now }];
      shownAt = now;
    }
  } else if (gone) {
    spotlight = newestPost(onScreen(items, waiting), now);
  } else if (!next && spotlight && held >= Math.max(rules.cycleMs, spotlight.arrival ? rules.holdMs : 0)) {
    spotlight = cycled(onScreen(items, waiting), spotlight, now, rules.cycleDepth) ?? spotlight;
  }

  // One card at a time during a burst; all that waited too long at once.
  const first = waiting[0];
  if (first && (now - shownAt >= rules.cardGapMs || now - first.at >= rules.maxWaitMs)) {
    const late = waiting.filter((a) => a === first || now - a.at >= rules.maxWaitMs);
    waiting = waiting.filter((a) => !late.includes(a));
    fresh = [...fresh, ...late.map((a) => ({ key: a.key, at: now }))];
    queue = [...queue, ...late.filter((a) => isCustomer(a.key) && a.key !== spotlight?.key)];
    shownAt = now;
  }

  const same =
    spotlight === state.spotlight &&
    lastSeq === state.lastSeq &&
    shownAt === state.shownAt &&
    sameList(waiting, state.waiting) &&
    sameList(queue, state.queue) &&
    sameList(fresh, state.fresh);
  return same ? state : { spotlight, waiting, queue, shownAt, fresh, lastSeq };
}

/** The spotlit key to draw now: never a post that has left the wall. */
export function spotlightKey(state: StageState, items: readonly FeedItem[]): string | undefined {
  const key = state.spotlight?.key;
  return key !== undefined && items.some((i) => i.post.key === key) ? key : undefined;
}

/** The arrivals greeted as new now: on screen for less than freshMs. */
export function freshKeys(fresh: StageState['fresh']): ReadonlySet<string> {
  return new Set(fresh.map((s) => s.key));
}

/** The posts that arrived but are not on screen yet. */
export function offStage(waiting: StageState['waiting']): ReadonlySet<string> {
  return new Set(waiting.map((a) => a.key));
}

function onScreen(items: readonly FeedItem[], waiting: readonly Arrival[]): readonly FeedItem[] {
  if (waiting.length === 0) return items;
  const off = new Set(waiting.map((a) => a.key));
  return items.filter((i) => !off.has(i.post.key));
}

function customerPosts(items: readonly FeedItem[]): readonly FeedItem[] {
  const customers = items.filter((i) => !i.post.author.isBrand);
  return customers.length > 0 ? customers : items;
}

function newestPost(items: readonly FeedItem[], now: number): Spotlit | undefined {
  const first = customerPosts(items)[0];
  return first ? { key: first.post.key, since: now, arrival: false } : undefined;
}

/** The next of the `depth` newest posts after the current one (back to the newest after the last). */
function cycled(items: readonly FeedItem[], current: Spotlit, now: number, depth: number): Spotlit | undefined {
  const pool = customerPosts(items).slice(0, Math.max(1, depth));
  if (pool.length < 2 && pool[0]?.post.key === current.key) return undefined;
  const index = pool.findIndex((i) => i.post.key === current.key);
  const following = pool[(index + 1) % pool.length];
  return following ? { key: following.post.key, since: now, arrival: false } : undefined;
}

function sameList<T extends { key: string }>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
