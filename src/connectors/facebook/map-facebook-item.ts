// Graph Page posts and comments → candidate posts. Pure: the page id and the clock come in as arguments.
// Threads: a comment's parent is its post, a reply's parent is the comment it answers, and both have the
// post as root; the brand's own posts and comments (from.id = the page) are isBrand.
import type { Author } from '../../shared/post.ts';
import type { SourceEvent } from '../connector.ts';
import { extractHashtags, extractMentions } from '../shared/text-entities.ts';
import { attachmentsToMedia } from '../meta/graph-media.ts';
import { graphTimeToIso } from '../meta/graph-time.ts';
import type { PostCandidate } from '../meta/post-candidate.ts';
import { FacebookCommentSchema, FacebookPostSchema, type FacebookFrom } from './facebook-payload.ts';

export interface FacebookMapContext {
  pageId: string;
  /** When the metrics were read (ISO). */
  nowIso: string;
}

const key = (id: string) => `facebook:${id}`;
const HTTP = /^https?:\/\//i;

function author(from: FacebookFrom | undefined, pageId: string): Author {
  // Without pages_read_user_content Graph leaves `from` out for visitors: an anonymous customer.
  if (!from) return { id: 'unknown', name: 'Facebook user', isBrand: false };
  const avatar = from.picture?.data.url;
  return {
    id: from.id,
    name: from.name ?? 'Facebook user',
    isBrand: from.id === pageId,
    profileUrl: `https://www.facebook.com/${encodeURIComponent(from.id)}`,
    ...(avatar && HTTP.test(avatar) ? { avatarUrl: avatar } : {}),
  };
}

function issues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.map(String).join('.') || 'item'}: ${i.message}`).join('; ');
}

/**
 * A post of the page's feed (own or visitor), or one the page is tagged in (`tagged`: /tagged lists it),
 * which is a mention wherever it lives, unless the page wrote it.
 */
export function mapFacebookPost(raw: unknown, ctx: FacebookMapContext, tagged: boolean): SourceEvent {
  const parsed = FacebookPostSchema.safeParse(raw);
  if (!parsed.success) return { type: 'invalid', reason: `Facebook post: ${issues(parsed.error)}` };
  const p = parsed.data;
  const createdAt = graphTimeToIso(p.created_time);
  if (!createdAt) return { type: 'invalid', reason: `Facebook post ${p.id}: unreadable created_time` };
  const text = p.message ?? p.story ?? '';
  // Posts on the page's own timeline have ids "<pageId>_<postId>"; a tagged post lives on its author's.
  const onPage = p.id.startsWith(`${ctx.pageId}_`);
  const byPage = p.from?.id === ctx.pageId;
  const tagsPage = tagged || (p.message_tags ?? []).some((t) => t.id === ctx.pageId);
  const item: PostCandidate = {
    key: key(p.id),
    network: 'facebook',
    kind: !byPage && (tagsPage || !onPage) ? 'mention' : 'post',
    ...(p.permalink_url && HTTP.test(p.permalink_url) ? { url: p.permalink_url } : {}),
    author: author(p.from, ctx.pageId),
    text,
    media: attachmentsToMedia(p.attachments?.data ?? [], p.full_picture),
    hashtags: extractHashtags(text),
    mentions: [
      ...new Set([...(p.message_tags ?? []).flatMap((t) => (t.name ? [t.name] : [])), ...extractMentions(text)]),
    ],
    metrics: {
      ...(p.reactions?.summary ? { likes: p.reactions.summary.total_count } : {}),
      ...(p.comments?.summary ? { replies: p.comments.summary.total_count } : {}),
      ...(p.shares ? { reposts: p.shares.count } : {}),
      asOf: ctx.nowIso,
    },
    createdAt,
  };
  return { type: 'upsert', item };
}

/** A comment or reply under one of the page's posts (`postId`), as /comments?filter=stream lists them. */
export function mapFacebookComment(raw: unknown, postId: string, ctx: FacebookMapContext): SourceEvent {
  const parsed = FacebookCommentSchema.safeParse(raw);
  if (!parsed.success) return { type: 'invalid', reason: `Facebook comment: ${issues(parsed.error)}` };
  const c = parsed.data;
  const createdAt = graphTimeToIso(c.created_time);
  if (!createdAt) return { type: 'invalid', reason: `Facebook comment ${c.id}: unreadable created_time` };
  const text = c.message ?? '';
  const parentId = c.parent?.id && c.parent.id !== postId ? c.parent.id : undefined;
  const item: PostCandidate = {
    key: key(c.id),
    network: 'facebook',
    kind: parentId ? 'reply' : 'comment',
    ...(c.permalink_url && HTTP.test(c.permalink_url) ? { url: c.permalink_url } : {}),
    parentKey: key(parentId ?? postId),
    rootKey: key(postId),
    author: author(c.from, ctx.pageId),
    text,
    media: c.attachment ? attachmentsToMedia([c.attachment]) : [],
    hashtags: extractHashtags(text),
    mentions: extractMentions(text),
    metrics: {
      ...(c.like_count !== undefined ? { likes: c.like_count } : {}),
      ...(c.comment_count !== undefined ? { replies: c.comment_count } : {}),
      asOf: ctx.nowIso,
    },
    createdAt,
  };
  return { type: 'upsert', item };
}

/** Hidden items leave the wall (the page hid them: its moderation, shown as a delete). */
export function isHidden(raw: unknown): boolean {
  return raw !== null && typeof raw === 'object' && (raw as { is_hidden?: unknown }).is_hidden === true;
}
