// Which pictures the cache fetches: those of the posts on the panels when the wall starts, then those of
// every post the wall streams (a new one, an edit), as soon as it is published.
import type { ChangeFeed } from '../engine/change-feed.ts';
import type { WallReadApi } from '../engine/wall-read-api.ts';
import type { PictureCache } from './picture-cache.ts';

/** As many as a screen may ask for, per panel. */
const PER_PANEL = 200;

/** Returns the function that stops following. */
export function followWallPictures(
  wall: Pick<WallReadApi, 'panels' | 'posts'> & { feed: Pick<ChangeFeed, 'tap'> },
  pictures: Pick<PictureCache, 'addPost'>,
): () => void {
  const stop = wall.feed.tap(({ event }) => {
    if (event.type === 'post' && event.data.post.state === 'live') pictures.addPost(event.data.post);
  });
  let stopped = false;
  // The store reads asynchronously; a read that fails is the store's notice already, and those pictures then
  // come with the posts' next change.
  void (async () => {
    for (const panel of wall.panels().panels) {
      if (panel.type !== 'feed') continue;
      const posts = (await wall.posts(panel.id, PER_PANEL)) ?? [];
      if (stopped) return;
      for (const post of posts) pictures.addPost(post);
    }
  })().catch(() => undefined);
  return () => {
    stopped = true;
    stop();
  };
}
