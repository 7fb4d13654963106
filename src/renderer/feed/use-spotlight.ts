// Which post the spotlight shows. A post that just arrived takes it at once (after the current one has
// been up a few seconds, so a burst does not flicker); when nothing new comes, it moves on to the next
// recent post every few seconds, so the panel never looks frozen and nothing stays still on screen.
import { useEffect, useRef, useState } from 'react';
import type { Arrival } from './use-feed-posts.ts';
import type { FeedItem } from './post-collection.ts';

/** How long a post stays in the spotlight at least, and at most when nothing new comes. */
export const SPOTLIGHT_HOLD_MS = 4_000;
export const SPOTLIGHT_CYCLE_MS = 12_000;
/** The spotlight cycles through this many of the newest posts. */
const CYCLE_DEPTH = 8;
const TICK_MS = 500;

export function useSpotlight(items: readonly FeedItem[], arrivals: readonly Arrival[]): string | undefined {
  const [key, setKey] = useState<string | undefined>(undefined);
  const since = useRef(0);
  const latest = useRef({ items, arrivals, key });
  latest.current = { items, arrivals, key };

  useEffect(() => {
    const decide = (): void => {
      const { items: list, arrivals: arrived, key: current } = latest.current;
      const now = Date.now();
      const shown = current !== undefined && list.some((i) => i.post.key === current);
      const held = now - since.current;
      const newest = arrived[0];
      let next = current;
      if (!shown) next = newest?.key ?? list[0]?.post.key;
      else if (newest && newest.at > since.current && newest.key !== current && held >= SPOTLIGHT_HOLD_MS) next = newest.key;
      else if (held >= SPOTLIGHT_CYCLE_MS && list.length > 1) {
        const depth = Math.min(CYCLE_DEPTH, list.length);
        const index = list.findIndex((i) => i.post.key === current);
        next = list[(index + 1) % depth]?.post.key;
      }
      if (next !== current) {
        since.current = now;
        setKey(next);
      }
    };
    decide();
    const timer = setInterval(decide, TICK_MS);
    return () => clearInterval(timer);
  }, []);

  // A live arrival while the spotlight has been up long enough: switch now, not at the next tick, so
  // the hall sees the post as soon as its card appears.
  const newest = arrivals[0];
  useEffect(() => {
    if (!newest || newest.key === latest.current.key) return;
    if (Date.now() - since.current < SPOTLIGHT_HOLD_MS) return;
    since.current = Date.now();
    setKey(newest.key);
  }, [newest]);

  return key !== undefined && items.some((i) => i.post.key === key) ? key : (arrivals[0]?.key ?? items[0]?.post.key);
}
