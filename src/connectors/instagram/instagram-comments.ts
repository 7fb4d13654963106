// One media's comments with their replies. Instagram does not promise an order: only a listing read to its
// end says which followed comments are gone (the others wait for the re-check by id).
import type { SourceEvent } from '../connector.ts';
import type { CommentListing } from '../meta/follow-comments.ts';
import type { GraphClient } from '../meta/graph-client.ts';
import type { TrackedComment } from '../meta/tracked-comments.ts';
import type { InstagramOptions } from './instagram-options.ts';
import { COMMENT_FIELDS, InstagramCommentSchema } from './instagram-payload.ts';
import { mapInstagramComment, type InstagramMapContext } from './map-instagram-item.ts';
import { timestampSeconds } from './instagram-media.ts';

export async function readMediaComments(
  client: GraphClient,
  mediaId: string,
  options: InstagramOptions,
  ctx: InstagramMapContext,
  signal: AbortSignal,
): Promise<CommentListing> {
  const listing = await client.list(
    `/${encodeURIComponent(mediaId)}/comments`,
    { fields: COMMENT_FIELDS, limit: 50 },
    { signal, maxPages: options.maxPages },
  );
  const events: SourceEvent[] = [];
  const comments: TrackedComment[] = [];
  for (const raw of listing.items) {
    const parsed = InstagramCommentSchema.safeParse(raw);
    for (const one of [raw, ...(parsed.success ? (parsed.data.replies?.data ?? []) : [])]) {
      const event = mapInstagramComment(one, mediaId, ctx);
      events.push(event);
      const id = InstagramCommentSchema.safeParse(one).data?.id;
      const createdAt = timestampSeconds(one);
      if (event.type === 'upsert' && id && createdAt > 0) comments.push({ id, createdAt, postId: mediaId });
    }
  }
  return { events, comments, coveredSinceSec: listing.exhausted ? 0 : Infinity };
}
