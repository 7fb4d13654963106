// One post's comments and replies (`filter=stream`, newest first), down to what the wall already holds:
// its newest comment read (minus the overlap) and the oldest it follows. Everything newer than the oldest
// listed is in the listing, so a followed comment missing from it was deleted.
import type { SourceEvent } from '../connector.ts';
import type { CommentListing } from '../meta/follow-comments.ts';
import type { GraphClient } from '../meta/graph-client.ts';
import { graphTimeToSeconds } from '../meta/graph-time.ts';
import type { TrackedComment } from '../meta/tracked-comments.ts';
import type { WindowPost } from './facebook-cursor.ts';
import type { FacebookOptions } from './facebook-options.ts';
import { COMMENT_FIELDS, FacebookCommentSchema } from './facebook-payload.ts';
import { mapFacebookComment, type FacebookMapContext } from './map-facebook-item.ts';

const key = (id: string) => `facebook:${id}`;

function createdSeconds(raw: unknown): number {
  const t = raw !== null && typeof raw === 'object' ? (raw as { created_time?: unknown }).created_time : undefined;
  return typeof t === 'string' ? graphTimeToSeconds(t) : 0;
}

export async function readPostComments(
  client: GraphClient,
  post: WindowPost,
  followed: readonly TrackedComment[],
  options: FacebookOptions,
  ctx: FacebookMapContext,
  signal: AbortSignal,
): Promise<CommentListing> {
  const sinceNewest = post.newestCommentAt > 0 ? post.newestCommentAt - options.overlapSeconds : 0;
  const floor = Math.min(sinceNewest, ...followed.map((c) => c.createdAt));
  const listing = await client.list(
    `/${encodeURIComponent(post.id)}/comments`,
    { filter: 'stream', order: 'reverse_chronological', fields: COMMENT_FIELDS, limit: options.pageSize },
    {
      signal,
      maxPages: options.maxPages,
      stopAfter: (items) => floor > 0 && items.some((c) => createdSeconds(c) < floor),
    },
  );
  const events: SourceEvent[] = [];
  const comments: TrackedComment[] = [];
  let oldest = Infinity;
  for (const raw of listing.items) {
    const parsed = FacebookCommentSchema.safeParse(raw);
    if (!parsed.success) {
      events.push(mapFacebookComment(raw, post.id, ctx));
      continue;
    }
    const createdAt = graphTimeToSeconds(parsed.data.created_time);
    oldest = Math.min(oldest, createdAt);
    if (parsed.data.is_hidden) {
      events.push({ type: 'delete', key: key(parsed.data.id) });
      continue;
    }
    events.push(mapFacebookComment(raw, post.id, ctx));
    comments.push({ id: parsed.data.id, createdAt, postId: post.id });
  }
  return { events, comments, coveredSinceSec: listing.exhausted ? 0 : oldest };
}
