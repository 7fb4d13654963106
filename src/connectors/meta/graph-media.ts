// Facebook attachments → the post's media. Meta's CDN URLs expire; the wall shows them while they live.
import type { Media } from '../../shared/post.ts';

interface AttachmentLike {
  media_type?: string | undefined;
  type?: string | undefined;
  description?: string | undefined;
  media?:
    | {
        image?: { src: string; width?: number | undefined; height?: number | undefined } | undefined;
        source?: string | undefined;
      }
    | undefined;
  subattachments?: { data: AttachmentLike[] } | undefined;
}

// http(s), or a path on the wall's own server (what the emulators serve: no internet on a test bench).
const HTTP = /^(?:https?:\/\/|\/(?!\/))/i;

function one(a: AttachmentLike): Media | undefined {
  const image = a.media?.image;
  const kind = (a.media_type ?? a.type ?? '').toLowerCase();
  if (kind.includes('video') && a.media?.source && HTTP.test(a.media.source)) {
    return { type: 'video', url: a.media.source, ...(image && HTTP.test(image.src) ? { previewUrl: image.src } : {}) };
  }
  if (!image || !HTTP.test(image.src)) return undefined;
  return {
    type: kind.includes('animated') ? 'gif' : 'image',
    url: image.src,
    ...(a.description ? { alt: a.description.slice(0, 2000) } : {}),
    ...(image.width && image.width > 0 ? { width: Math.round(image.width) } : {}),
    ...(image.height && image.height > 0 ? { height: Math.round(image.height) } : {}),
  };
}

export function attachmentsToMedia(attachments: readonly AttachmentLike[], fallbackPicture?: string): Media[] {
  const media: Media[] = [];
  for (const a of attachments) {
    const children = a.subattachments?.data;
    for (const item of children && children.length ? children : [a]) {
      const m = one(item);
      if (m) media.push(m);
    }
  }
  if (media.length === 0 && fallbackPicture && HTTP.test(fallbackPicture))
    media.push({ type: 'image', url: fallbackPicture });
  return media.slice(0, 20);
}
