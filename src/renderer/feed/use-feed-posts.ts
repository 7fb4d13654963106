// The posts of one feed panel: fetched (newest first) at mount and at each stream epoch, then kept
// current by `post` and `remove` events.
import { useCallback, useRef, useState } from 'react';
import type { WallEvent } from '../../shared/api-contract.ts';
import { getJson } from '../api/get-json.ts';
import { useRetryingLoad, type LoadState } from '../api/use-retrying-load.ts';
import { applySnapshot, removePost, upsertPost, type LiveChanges, type PostMap } from './post-collection.ts';

/** How many posts a panel asks for; the screen shows what fits. */
export const FEED_LIMIT = 30;

export interface FeedPosts extends LoadState {
  posts: PostMap;
  apply: (event: WallEvent) => void;
}

export function useFeedPosts(panelId: string, epoch: number): FeedPosts {
  const [posts, setPosts] = useState<PostMap>(() => new Map());
  // Live changes seen while a fetch is in flight (see applySnapshot); null the rest of the time, so
  // nothing grows over months of uptime.
  const live = useRef<LiveChanges | null>(null);

  const load = useCallback(
    (signal: AbortSignal) => {
      live.current = { upserted: new Set(), removed: new Set() };
      return getJson('/api/panels/:id/posts', { params: { id: panelId }, query: { limit: FEED_LIMIT }, signal });
    },
    [panelId],
  );
  const state = useRetryingLoad(epoch, load, (response) => {
    const changes = live.current ?? { upserted: new Set<string>(), removed: new Set<string>() };
    live.current = null;
    setPosts((current) => applySnapshot(current, response.posts, changes));
  });

  const apply = useCallback((event: WallEvent) => {
    if (event.type === 'post') {
      live.current?.upserted.add(event.data.post.key);
      live.current?.removed.delete(event.data.post.key);
      setPosts((current) => upsertPost(current, event.data.post));
    } else if (event.type === 'remove') {
      live.current?.removed.add(event.data.key);
      live.current?.upserted.delete(event.data.key);
      setPosts((current) => removePost(current, event.data.key));
    }
  }, []);

  return { ...state, posts, apply };
}
