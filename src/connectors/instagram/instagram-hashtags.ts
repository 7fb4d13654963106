// The followed hashtags step: an id is searched once and kept (a new hashtag over the account's 7-day budget
// is refused here, without a call), then each hashtag's recent media are read. Ranked, not chronological,
// and only the last 24 h: the pages are read, the store dedupes. A media the account's own or tagged
// listings know says more (its author, the brand's, a mention) than recent_media, which has no username:
// it is left to them, in whichever order they came.
import type { SourceEvent } from '../connector.ts';
import { GraphApiError } from '../meta/graph-api-error.ts';
import type { GraphClient } from '../meta/graph-client.ts';
import { liveSearches, maySearch, normaliseHashtag, type HashtagSearchRecord } from './hashtag-budget.ts';
import type { InstagramCursor } from './instagram-cursor.ts';
import type { InstagramOptions } from './instagram-options.ts';
import { HASHTAG_MEDIA_FIELDS, HashtagSearchSchema, InstagramMediaSchema } from './instagram-payload.ts';
import { mapInstagramMedia, type InstagramMapContext } from './map-instagram-item.ts';

export interface HashtagsStep {
  client: GraphClient;
  options: InstagramOptions;
  ctx: InstagramMapContext;
  state: InstagramCursor;
  /** Media ids the own and tagged listings know (this poll's and the cursor's). */
  known: ReadonlySet<string>;
  nowMs: number;
  signal: AbortSignal;
}

export interface HashtagsRead {
  events: SourceEvent[];
  hashtagIds: Record<string, string>;
  hashtagSearches: HashtagSearchRecord[];
  /** Hashtags over the budget, not followed. */
  refused: string[];
}

/** The account refused a hashtag search because its 7-day budget is spent (another app used it). */
function isHashtagLimit(err: unknown): boolean {
  return err instanceof GraphApiError && err.code === 24;
}

export async function readHashtags(step: HashtagsStep): Promise<HashtagsRead> {
  const { client, options, ctx, known, nowMs, signal } = step;
  const events: SourceEvent[] = [];
  const hashtagIds = { ...step.state.hashtagIds };
  let searches = liveSearches(step.state.hashtagSearches, nowMs);
  const refused: string[] = [];
  for (const tag of new Set(options.hashtags.map(normaliseHashtag))) {
    let id = hashtagIds[tag];
    if (!id) {
      if (!maySearch(tag, searches, options.hashtagsLimit, nowMs)) {
        refused.push(tag);
        continue;
      }
      let found: unknown;
      try {
        found = await client.get('/ig_hashtag_search', { user_id: options.igUserId, q: tag }, signal);
      } catch (err) {
        if (!isHashtagLimit(err)) throw err;
        refused.push(tag);
        continue;
      }
      searches = [...searches, { tag, at: nowMs }];
      id = HashtagSearchSchema.safeParse(found).data?.data[0]?.id;
      if (!id) continue;
      hashtagIds[tag] = id;
    }
    const listing = await client.list(
      `/${encodeURIComponent(id)}/recent_media`,
      { user_id: options.igUserId, fields: HASHTAG_MEDIA_FIELDS, limit: 50 },
      { signal, maxPages: options.hashtagPages },
    );
    for (const raw of listing.items) {
      const mediaId = InstagramMediaSchema.safeParse(raw).data?.id;
      if (mediaId === undefined || !known.has(mediaId)) events.push(mapInstagramMedia(raw, 'hashtag', ctx));
    }
  }
  return { events, hashtagIds, hashtagSearches: searches, refused };
}
