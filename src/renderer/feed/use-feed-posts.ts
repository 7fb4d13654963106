// The posts of one feed panel: fetched (newest first) at mount and at each stream epoch, then kept
// current by `post` and `remove` events. Events are applied in batches: at the next animation frame
// when the panel has been quiet, at most four times a second under a burst — each batch costs one
// render and one reflow of the cards however many posts it holds, and a wall reads calmer that way.
// The posts that arrived live are remembered a moment so the panel can greet them and the spotlight can
// queue them — only recent ones (new-post.ts): a source's backfill of last month is not news.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { WallEvent } from '../../shared/api-contract.ts';
import { getJson } from '../api/get-json.ts';
import { useRetryingLoad, type LoadState } from '../api/use-retrying-load.ts';
import { isRecent } from './new-post.ts';
import { applySnapshot, capPosts, type LiveChanges, type PostMap } from './post-collection.ts';
import type { Arrival } from './stage-pacing.ts';

export type { Arrival } from './stage-pacing.ts';

/** How many posts a panel asks for; the screen shows what fits. */
export const FEED_LIMIT = 30;
/** How many live arrivals are remembered (highlighted, offered to the spotlight's queue). */
const ARRIVALS_KEPT = 24;
/** A flush happens at the next frame, or after this when frames do not come (a hidden page). */
const FLUSH_FALLBACK_MS = 250;
/** Flushes are at least this far apart: a burst of posts becomes a few calm updates, not twenty a second. */
const MIN_FLUSH_GAP_MS = 250;

type FeedChange = Extract<WallEvent, { type: 'post' | 'remove' }>;

export interface FeedPosts extends LoadState {
  posts: PostMap;
  /** The latest live arrivals, newest first. */
  arrivals: readonly Arrival[];
  apply: (event: WallEvent) => void;
}

interface FeedState {
  posts: PostMap;
  arrivals: readonly Arrival[];
  /** The last arrival's number: each arrival gets the next, so the spotlight knows which it has not seen. */
  seq: number;
}

function applyChanges(state: FeedState, changes: readonly FeedChange[], now: number): FeedState {
  // One copy and one cap per batch, however many events it holds.
  const next = new Map(state.posts);
  let arrivals = state.arrivals;
  let seq = state.seq;
  for (const change of changes) {
    if (change.type === 'remove') {
      next.delete(change.data.key);
      continue;
    }
    const post = change.data.post;
    if (post.state !== 'live') {
      next.delete(post.key);
      continue;
    }
    if (!next.has(post.key) && isRecent(post, now)) {
      seq += 1;
      arrivals = [{ key: post.key, at: now, seq }, ...arrivals.filter((a) => a.key !== post.key)].slice(
        0,
        ARRIVALS_KEPT * 4,
      );
    }
    next.set(post.key, post);
  }
  const posts = capPosts(next);
  arrivals = arrivals.filter((a) => posts.has(a.key)).slice(0, ARRIVALS_KEPT);
  return { posts, arrivals, seq };
}

export function useFeedPosts(panelId: string, epoch: number): FeedPosts {
  const [state, setState] = useState<FeedState>(() => ({ posts: new Map(), arrivals: [], seq: 0 }));
  // Live changes seen while a fetch is in flight (see applySnapshot); null the rest of the time, so
  // nothing grows over months of uptime.
  const live = useRef<LiveChanges | null>(null);
  const pending = useRef<FeedChange[]>([]);
  const scheduled = useRef<{
    frame: number;
    timer: ReturnType<typeof setTimeout>;
    wait: ReturnType<typeof setTimeout> | undefined;
  } | null>(null);
  const lastFlush = useRef(0);

  const load = useCallback(
    (signal: AbortSignal) => {
      live.current = { upserted: new Set(), removed: new Set() };
      return getJson('/api/panels/:id/posts', { params: { id: panelId }, query: { limit: FEED_LIMIT }, signal });
    },
    [panelId],
  );
  const loadState = useRetryingLoad(epoch, load, (response) => {
    const changes = live.current ?? { upserted: new Set<string>(), removed: new Set<string>() };
    live.current = null;
    setState((current) => ({ ...current, posts: applySnapshot(current.posts, response.posts, changes) }));
  });

  const flush = useCallback(() => {
    const batch = scheduled.current;
    if (batch) {
      cancelAnimationFrame(batch.frame);
      clearTimeout(batch.timer);
      clearTimeout(batch.wait);
      scheduled.current = null;
    }
    const changes = pending.current;
    if (changes.length === 0) return;
    pending.current = [];
    const now = Date.now();
    lastFlush.current = now;
    setState((current) => applyChanges(current, changes, now));
  }, []);

  useEffect(
    () => () => {
      const batch = scheduled.current;
      if (batch) {
        cancelAnimationFrame(batch.frame);
        clearTimeout(batch.timer);
        clearTimeout(batch.wait);
      }
    },
    [],
  );

  const apply = useCallback(
    (event: WallEvent) => {
      if (event.type !== 'post' && event.type !== 'remove') return;
      const key = event.type === 'post' ? event.data.post.key : event.data.key;
      if (event.type === 'post') {
        live.current?.upserted.add(key);
        live.current?.removed.delete(key);
      } else {
        live.current?.removed.add(key);
        live.current?.upserted.delete(key);
      }
      pending.current.push(event);
      if (scheduled.current) return;
      const gap = lastFlush.current + MIN_FLUSH_GAP_MS - Date.now();
      if (gap <= 0) {
        scheduled.current = {
          frame: requestAnimationFrame(flush),
          timer: setTimeout(flush, FLUSH_FALLBACK_MS),
          wait: undefined,
        };
        return;
      }
      const batch = {
        frame: 0,
        timer: setTimeout(flush, gap + FLUSH_FALLBACK_MS),
        wait: undefined as ReturnType<typeof setTimeout> | undefined,
      };
      batch.wait = setTimeout(() => {
        batch.frame = requestAnimationFrame(flush);
      }, gap);
      scheduled.current = batch;
    },
    [flush],
  );

  return { ...loadState, posts: state.posts, arrivals: state.arrivals, apply };
}
