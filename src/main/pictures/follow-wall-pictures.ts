// Which pictures the cache fetches: those of the posts on the panels when the wall starts, then those of
// every post the wall streams (a new one, an edit), as soon as it is published.
import type { Subscription } from 'rxjs';
import type { WallReadApi } from '../engine/wall-read-api.ts';
import type { PictureCache } from './picture-cache.ts';

/** As many as a screen may ask for, per panel. */
const PER_PANEL = 200;

export function followWallPictures(wall: WallReadApi, pictures: Pick<PictureCache, 'addPost'>): Subscription {
  const subscription = wall.feed.events$.subscribe(({ event }) => {
    if (event.type === 'post' && event.data.post.state === 'live') pictures.addPost(event.data.post);
  });
  for (const panel of wall.panels().panels) {
    if (panel.type !== 'feed') continue;
    for (const post of wall.posts(panel.id, PER_PANEL) ?? []) pictures.addPost(post);
  }
  return subscription;
}
