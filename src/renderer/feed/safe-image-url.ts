// The picture a card shows: the first image of a post, or the still of its first video or gif (never the
// video itself), loaded from the wall's own origin (picture-src.ts).
import type { Media, Post } from '../../shared/post.ts';
import { pictureSrc } from './picture-src.ts';

export interface Picture {
  /** Where the screen loads it: this server's path, or the picture cache's. */
  src: string;
  alt: string | undefined;
  type: Media['type'];
}

export function firstPicture(post: Post): Picture | undefined {
  for (const media of post.media ?? []) {
    const src = pictureSrc(media.type === 'image' ? media.url : media.previewUrl);
    if (src) return { src, alt: media.alt, type: media.type };
  }
  return undefined;
}
