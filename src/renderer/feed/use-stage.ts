// Runs the feed's pacing (stage-pacing.ts) at each change of the posts and every half second: the
// decisions are the pure function's, this only feeds it the clock.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FeedItem } from './post-collection.ts';
import {
  EMPTY_STAGE,
  freshKeys,
  offStage,
  spotlightKey,
  stepStage,
  type Arrival,
  type PacingRules,
  type StageState,
} from './stage-pacing.ts';

const TICK_MS = 500;

export interface Stage {
  /** The spotlit post, if any. */
  spotlightKey: string | undefined;
  /** When it took the spotlight (ms since the epoch, the page's clock). */
  spotlightSince: number | undefined;
  /** Posts that arrived and wait to come on screen (a burst comes in one card at a time). */
  waiting: ReadonlySet<string>;
  /** Arrivals that came on screen a moment ago: greeted as new. */
  fresh: ReadonlySet<string>;
}

export function useStage(items: readonly FeedItem[], arrivals: readonly Arrival[], rules: PacingRules): Stage {
  const [state, setState] = useState<StageState>(EMPTY_STAGE);
  const latest = useRef({ items, arrivals, rules });
  latest.current = { items, arrivals, rules };

  // On the clock: holds run out, cards come in, the queue moves, idle cycling.
  useEffect(() => {
    const timer = setInterval(() => {
      const { items: i, arrivals: a, rules: r } = latest.current;
      setState((current) => stepStage(current, i, a, Date.now(), r));
    }, TICK_MS);
    return () => clearInterval(timer);
  }, []);

  // At once when the posts change: an arrival on a quiet wall is spotlit in the frame it appears.
  const stepped = stepStage(state, items, arrivals, Date.now(), rules);
  if (stepped !== state) setState(stepped);
  // The same list object while the state is unchanged: the cards are not selected again for nothing.
  const waiting = useMemo(() => offStage(stepped.waiting), [stepped.waiting]);
  const fresh = useMemo(() => freshKeys(stepped.fresh), [stepped.fresh]);
  return { spotlightKey: spotlightKey(stepped, items), spotlightSince: stepped.spotlight?.since, waiting, fresh };
}
