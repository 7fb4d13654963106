// Runs the spotlight's decisions (spotlight-cycle.ts) on a timer, and at once when a post arrives.
import { useEffect, useRef, useState } from 'react';
import {
  decideSpotlight,
  newestArrival,
  shownSpotlight,
  SPOTLIGHT_HOLD_MS,
  type SpotlightState,
} from './spotlight-cycle.ts';
import type { Arrival } from './use-feed-posts.ts';
import type { FeedItem } from './post-collection.ts';

export { SPOTLIGHT_CYCLE_MS, SPOTLIGHT_HOLD_MS } from './spotlight-cycle.ts';

const TICK_MS = 500;

export function useSpotlight(items: readonly FeedItem[], arrivals: readonly Arrival[]): string | undefined {
  const [key, setKey] = useState<string | undefined>(undefined);
  const state = useRef<SpotlightState>({ key: undefined, since: 0 });
  const latest = useRef({ items, arrivals });
  latest.current = { items, arrivals };

  useEffect(() => {
    const decide = (): void => {
      const next = decideSpotlight(state.current, latest.current.items, latest.current.arrivals, Date.now());
      if (next === state.current) return;
      state.current = next;
      setKey(next.key);
    };
    decide();
    const timer = setInterval(decide, TICK_MS);
    return () => clearInterval(timer);
  }, []);

  // A live arrival while the spotlight has been up long enough: switch now, not at the next tick, so
  // the hall sees the post as soon as it appears.
  const newest = newestArrival(items, arrivals);
  useEffect(() => {
    if (!newest || newest.key === state.current.key) return;
    if (Date.now() - state.current.since < SPOTLIGHT_HOLD_MS) return;
    state.current = { key: newest.key, since: Date.now() };
    setKey(newest.key);
  }, [newest]);

  return shownSpotlight(key, items, arrivals);
}
