// One X post → the normalised post. Pure: the page's includes, the brand's identity, what the wall
// already knows of edited posts and the clock are passed in.
import type { Media, PostInput, PostKind } from '../../shared/post.ts';
import { XTweetSchema, type XIncludes, type XMedia, type XTweet } from './x-payload.ts';
import { plainXText } from './x-text.ts';

/** Which call found the post: a mention of the brand's account is one even if the text names it otherwise. */
export type XOrigin = 'search' | 'mentions' | 'own' | 'stream' | 'lookup';

export interface XMapContext {
  includes: XIncludes;
  brandUserId: string;
  brandHandle: string;
  origin: XOrigin;
  /** The first id of an edited post's history, for an id the wall saw (edits keep the first id as key). */
  originalIdOf(id: string): string;
  /** When the original of an edited post was created (an edit's created_at is the edit's time). */
  knownCreatedAt(originalId: string): string | undefined;
  nowIso: string;
}

/** sourceId, cache policy and fetch time are the runtime's to stamp. */
export type XCandidate = Omit<PostInput, 'sourceId'>;

export type MappedTweet =
  | {
      ok: true;
      /** The post's first id: its key. */
      originalId: string;
      /** The id of this version (the last of edit_history_tweet_ids when it is the latest). */
      versionId: string;
      /** A newer version exists: this one must not overwrite it. */
      stale: boolean;
      /** A retweet: someone sharing another post, not words of their own. */
      retweet: boolean;
      candidate: XCandidate;
    }
  | { ok: false; reason: string };

function isoOrUndefined(value: string): string | undefined {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

function httpsUrl(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\//i.test(url) ? url : undefined;
}

function mapMedia(media: XMedia): Media | undefined {
  const url = httpsUrl(media.type === 'photo' ? media.url : (media.preview_image_url ?? media.url));
  if (!url) return undefined;
  const preview = httpsUrl(media.preview_image_url);
  return {
    type: media.type === 'photo' ? 'image' : media.type === 'animated_gif' ? 'gif' : 'video',
    url,
    ...(preview ? { previewUrl: preview } : {}),
    ...(media.alt_text ? { alt: media.alt_text.slice(0, 2000) } : {}),
    ...(media.width ? { width: media.width } : {}),
    ...(media.height ? { height: media.height } : {}),
  };
}

function kindOf(tweet: XTweet, isBrand: boolean, repliesTo: string | undefined, ctx: XMapContext): PostKind {
  if (isBrand) return repliesTo ? 'reply' : 'post';
  const namesBrand = (tweet.entities?.mentions ?? []).some(
    (m) => m.username.toLowerCase() === ctx.brandHandle.toLowerCase(),
  );
  return ctx.origin === 'mentions' || namesBrand ? 'mention' : 'post';
}

export function mapXTweet(raw: unknown, ctx: XMapContext): MappedTweet {
  const parsed = XTweetSchema.safeParse(raw);
  if (!parsed.success) {
    const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : '?';
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `X post ${id.slice(0, 30)}: ${issue ? `${issue.path.join('.') || 'item'} ${issue.message}` : 'unreadable'}`,
    };
  }
  const tweet = parsed.data;
  const versionCreatedAt = isoOrUndefined(tweet.created_at);
  if (!versionCreatedAt) return { ok: false, reason: `X post ${tweet.id}: created_at is not a date` };

  const history = tweet.edit_history_tweet_ids ?? [tweet.id];
  const originalId = history[0] ?? tweet.id;
  const latestId = history.at(-1) ?? tweet.id;
  const edited = originalId !== tweet.id;
  const user = ctx.includes.users.get(tweet.author_id);
  const isBrand = tweet.author_id === ctx.brandUserId;
  const repliesTo = tweet.referenced_tweets?.find((r) => r.type === 'replied_to')?.id;
  const parentId = repliesTo ? ctx.originalIdOf(repliesTo) : undefined;
  const rootId = tweet.conversation_id ? ctx.originalIdOf(tweet.conversation_id) : parentId;
  const media = (tweet.attachments?.media_keys ?? [])
    .map((k) => ctx.includes.media.get(k))
    .flatMap((m) => (m ? [mapMedia(m)] : []))
    .filter((m): m is Media => m !== undefined)
    .slice(0, 20);
  const metrics = tweet.public_metrics;
  const avatar = httpsUrl(user?.profile_image_url);

  const candidate: XCandidate = {
    key: `x:${originalId}`,
    network: 'x',
    kind: kindOf(tweet, isBrand, repliesTo, ctx),
    url: `https://x.com/${user ? user.username : 'i/web'}/status/${tweet.id}`,
    ...(parentId ? { parentKey: `x:${parentId}` } : {}),
    ...(rootId && rootId !== originalId ? { rootKey: `x:${rootId}` } : {}),
    author: {
      id: tweet.author_id,
      ...(user ? { handle: user.username } : {}),
      name: user?.name ?? (isBrand ? ctx.brandHandle : 'X user'),
      ...(avatar ? { avatarUrl: avatar } : {}),
      ...(user ? { profileUrl: `https://x.com/${user.username}` } : {}),
      isBrand,
    },
    text: plainXText(tweet),
    ...(tweet.lang && tweet.lang !== 'und' && tweet.lang !== 'zxx' ? { lang: tweet.lang } : {}),
    media,
    hashtags: (tweet.entities?.hashtags ?? []).map((h) => h.tag),
    mentions: (tweet.entities?.mentions ?? []).map((m) => m.username),
    ...(metrics
      ? {
          metrics: {
            likes: metrics.like_count ?? 0,
            replies: metrics.reply_count ?? 0,
            reposts: (metrics.retweet_count ?? 0) + (metrics.quote_count ?? 0),
            asOf: ctx.nowIso,
          },
        }
      : {}),
    createdAt: edited ? (ctx.knownCreatedAt(originalId) ?? versionCreatedAt) : versionCreatedAt,
    ...(edited ? { editedAt: versionCreatedAt } : {}),
    fetchedAt: ctx.nowIso,
    sensitive: tweet.possibly_sensitive ?? false,
  };
  const retweet = tweet.referenced_tweets?.some((r) => r.type === 'retweeted') ?? false;
  return { ok: true, originalId, versionId: tweet.id, stale: latestId !== tweet.id, retweet, candidate };
}
