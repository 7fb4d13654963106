// Instagram media and comments → candidate posts. Pure. The brand's own media and its comments
// (username = the account's) are isBrand; a reply's parent is the comment it answers, its root the media.
import type { Author, Media } from '../../shared/post.ts';
import type { SourceEvent } from '../connector.ts';
import { extractHashtags, extractMentions } from '../shared/text-entities.ts';
import { graphTimeToIso } from '../meta/graph-time.ts';
import type { PostCandidate } from '../meta/post-candidate.ts';
import { InstagramCommentSchema, InstagramMediaSchema, type InstagramChild } from './instagram-payload.ts';

export interface InstagramMapContext {
  igUserId: string;
  /** The brand's username (lower-cased comparisons). */
  username: string;
  nowIso: string;
}

/** own: the account's media; tagged: another account tagged the brand; hashtag: a followed hashtag's media. */
export type MediaOrigin = 'own' | 'tagged' | 'hashtag';

const key = (id: string) => `instagram:${id}`;
// http(s), or a path on the wall's own server (what the emulators serve: no internet on a test bench).
const HTTP = /^(?:https?:\/\/|\/(?!\/))/i;

function issues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.map(String).join('.') || 'item'}: ${i.message}`).join('; ');
}

function person(username: string | undefined, id: string | undefined, ctx: InstagramMapContext): Author {
  // Hashtag media carry no username: an anonymous Instagram author.
  if (!username) return { id: id ?? 'unknown', name: 'Instagram user', isBrand: false };
  return {
    id: id ?? username,
    handle: username,
    name: username,
    profileUrl: `https://www.instagram.com/${encodeURIComponent(username)}/`,
    isBrand: username.toLowerCase() === ctx.username.toLowerCase(),
  };
}

function oneMedia(m: InstagramChild): Media | undefined {
  const type = (m.media_type ?? 'IMAGE').toUpperCase();
  if (!m.media_url || !HTTP.test(m.media_url)) return undefined;
  if (type === 'VIDEO')
    return {
      type: 'video',
      url: m.media_url,
      ...(m.thumbnail_url && HTTP.test(m.thumbnail_url) ? { previewUrl: m.thumbnail_url } : {}),
    };
  return { type: 'image', url: m.media_url };
}

export function mapInstagramMedia(raw: unknown, origin: MediaOrigin, ctx: InstagramMapContext): SourceEvent {
  const parsed = InstagramMediaSchema.safeParse(raw);
  if (!parsed.success) return { type: 'invalid', reason: `Instagram media: ${issues(parsed.error)}` };
  const m = parsed.data;
  const createdAt = graphTimeToIso(m.timestamp);
  if (!createdAt) return { type: 'invalid', reason: `Instagram media ${m.id}: unreadable timestamp` };
  const text = m.caption ?? '';
  const children = m.children?.data ?? [];
  const media = (children.length ? children : [m]).flatMap((c) => oneMedia(c) ?? []).slice(0, 20);
  const item: PostCandidate = {
    key: key(m.id),
    network: 'instagram',
    kind: origin === 'tagged' ? 'mention' : 'post',
    ...(m.permalink && HTTP.test(m.permalink) ? { url: m.permalink } : {}),
    author:
      origin === 'own'
        ? { ...person(m.username ?? ctx.username, ctx.igUserId, ctx), isBrand: true }
        : person(m.username, undefined, ctx),
    text,
    media,
    hashtags: extractHashtags(text),
    mentions: extractMentions(text),
    metrics: {
      ...(m.like_count !== undefined ? { likes: m.like_count } : {}),
      ...(m.comments_count !== undefined ? { replies: m.comments_count } : {}),
      asOf: ctx.nowIso,
    },
    createdAt,
  };
  return { type: 'upsert', item };
}

/** A comment under media `mediaId`, or a reply (parent_id) to one of its comments. */
export function mapInstagramComment(raw: unknown, mediaId: string, ctx: InstagramMapContext): SourceEvent {
  const parsed = InstagramCommentSchema.safeParse(raw);
  if (!parsed.success) return { type: 'invalid', reason: `Instagram comment: ${issues(parsed.error)}` };
  const c = parsed.data;
  if (c.hidden) return { type: 'delete', key: key(c.id) };
  const createdAt = graphTimeToIso(c.timestamp);
  if (!createdAt) return { type: 'invalid', reason: `Instagram comment ${c.id}: unreadable timestamp` };
  const text = c.text ?? '';
  const username = c.username ?? c.from?.username;
  const item: PostCandidate = {
    key: key(c.id),
    network: 'instagram',
    kind: c.parent_id ? 'reply' : 'comment',
    parentKey: key(c.parent_id ?? mediaId),
    rootKey: key(mediaId),
    author: person(username, c.from?.id, ctx),
    text,
    hashtags: extractHashtags(text),
    mentions: extractMentions(text),
    metrics: { ...(c.like_count !== undefined ? { likes: c.like_count } : {}), asOf: ctx.nowIso },
    createdAt,
  };
  return { type: 'upsert', item };
}
