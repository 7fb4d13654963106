// Bluesky post view → the wall's normalised post. Pure: the brand and the clock come in as arguments.
import type { PostInput } from '../../shared/post.ts';
import type { BlueskyPostView } from './bluesky-post.ts';
import { blueskyKey, postWebUrl } from './bluesky-uri.ts';

export type BlueskyCandidate = Omit<PostInput, 'sourceId' | 'fetchedAt'>;

/** Moderation labels after which the wall treats a post as sensitive. */
const SENSITIVE_LABELS = new Set(['porn', 'sexual', 'nudity', 'graphic-media', 'gore', 'nsfl']);

const isHttp = (u: string | undefined): u is string => u !== undefined && /^https?:\/\//i.test(u);

export interface BlueskyMapContext {
  brandHandle?: string | undefined;
  nowIso: string;
}

function media(post: BlueskyPostView): NonNullable<PostInput['media']> {
  const embed = post.embed;
  if (!embed) return [];
  const images = embed.images ?? embed.media?.images ?? [];
  const out: NonNullable<PostInput['media']> = images
    .filter((i) => isHttp(i.fullsize))
    .map((i) => ({
      type: 'image' as const,
      url: i.fullsize,
      ...(isHttp(i.thumb) ? { previewUrl: i.thumb } : {}),
      ...(i.alt ? { alt: i.alt.slice(0, 2000) } : {}),
      ...(i.aspectRatio &&
      Number.isInteger(i.aspectRatio.width) &&
      i.aspectRatio.width > 0 &&
      Number.isInteger(i.aspectRatio.height) &&
      i.aspectRatio.height > 0
        ? { width: i.aspectRatio.width, height: i.aspectRatio.height }
        : {}),
    }));
  if (embed.$type.startsWith('app.bsky.embed.video') && isHttp(embed.playlist)) {
    out.push({
      type: 'video',
      url: embed.playlist,
      ...(isHttp(embed.thumbnail) ? { previewUrl: embed.thumbnail } : {}),
      ...(embed.alt ? { alt: embed.alt } : {}),
    });
  }
  return out.slice(0, 20);
}

export function isBrandAuthor(post: BlueskyPostView, brandHandle: string | undefined): boolean {
  if (!brandHandle) return false;
  return post.author.handle.toLowerCase() === brandHandle || post.author.did === brandHandle;
}

/** Undefined when the uri is not a post's AT URI (the caller counts it as invalid). */
export function mapPost(post: BlueskyPostView, ctx: BlueskyMapContext): BlueskyCandidate | undefined {
  const key = blueskyKey(post.uri);
  if (!key) return undefined;
  const reply = post.record.reply;
  const parentKey = reply ? blueskyKey(reply.parent.uri) : undefined;
  const rootKey = reply ? blueskyKey(reply.root.uri) : undefined;
  const url = postWebUrl(post.uri, post.author.handle);
  const tags = new Set<string>();
  for (const facet of post.record.facets ?? [])
    for (const f of facet.features) if (f.$type === 'app.bsky.richtext.facet#tag' && f.tag) tags.add(f.tag);
  for (const m of post.record.text.matchAll(/(?:^|\s)#([\p{L}\p{N}_]+)/gu)) if (m[1]) tags.add(m[1]);
  const mentions = [...post.record.text.matchAll(/(?:^|\s)@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)].flatMap((m) =>
    m[1] ? [m[1]] : [],
  );
  const labels = (post.labels ?? []).map((l) => l.val).filter((v) => SENSITIVE_LABELS.has(v));
  return {
    key,
    network: 'bluesky',
    kind: reply ? 'reply' : 'post',
    ...(url ? { url } : {}),
    ...(parentKey ? { parentKey } : {}),
    ...(rootKey ? { rootKey } : {}),
    author: {
      id: post.author.did,
      handle: post.author.handle,
      name: post.author.displayName?.trim() || post.author.handle,
      ...(isHttp(post.author.avatar) ? { avatarUrl: post.author.avatar } : {}),
      profileUrl: `https://bsky.app/profile/${encodeURIComponent(post.author.handle)}`,
      isBrand: isBrandAuthor(post, ctx.brandHandle),
    },
    text: post.record.text,
    ...(post.record.langs?.[0] ? { lang: post.record.langs[0] } : {}),
    media: media(post),
    hashtags: [...tags],
    mentions,
    metrics: { likes: post.likeCount, replies: post.replyCount, reposts: post.repostCount, asOf: ctx.nowIso },
    createdAt: post.record.createdAt,
    sensitive: labels.length > 0,
    ...(labels.length ? { contentWarning: labels.join(', ') } : {}),
  };
}
