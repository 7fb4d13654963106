// Images a screen may load: paths on this server (/bundled/…) and https URLs, as the CSP allows.
// PostSchema already refuses other schemes; this keeps the page honest if a post slips through.
import type { Media, Post } from '../../shared/post.ts';

export function isSafeImageUrl(url: string): boolean {
  return /^https:\/\//i.test(url) || /^\/(?!\/)/.test(url);
}

export interface Picture {
  url: string;
  alt: string | undefined;
  type: Media['type'];
}

/** The first picture of a post: an image, or the still of a video or gif (never the video itself). */
export function firstPicture(post: Post): Picture | undefined {
  for (const media of post.media ?? []) {
    const url = media.type === 'image' ? media.url : media.previewUrl;
    if (url && isSafeImageUrl(url)) return { url, alt: media.alt, type: media.type };
  }
  return undefined;
}
