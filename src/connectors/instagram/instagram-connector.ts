// Instagram business account (via Facebook Login, graph.facebook.com): its own media, the comments and
// replies under them (the brand's answers are those of its own username), media it is tagged in, and the
// recent media of followed hashtags within the account's 30-hashtags-per-7-days budget.
import {
  ConnectorError,
  type ConnectorContext,
  type ConnectorDefinition,
  type PollResult,
  type SourceDriver,
  type SourceEvent,
} from '../connector.ts';
import { fetchIfExists, GONE } from '../meta/fetch-if-exists.ts';
import { GraphApiError } from '../meta/graph-api-error.ts';
import { GraphClient } from '../meta/graph-client.ts';
import { graphTimeToSeconds } from '../meta/graph-time.ts';
import { followRecentComments } from '../meta/recent-comments.ts';
import type { TrackedItem } from '../meta/recent-items.ts';
import { hashtagBudget, liveSearches, maySearch, normaliseHashtag } from './hashtag-budget.ts';
import {
  formatInstagramCursor,
  parseInstagramCursor,
  type InstagramCursor,
  type WindowMedia,
} from './instagram-cursor.ts';
import { InstagramOptionsSchema, type InstagramOptions } from './instagram-options.ts';
import {
  AccountSchema,
  COMMENT_FIELDS,
  HashtagSearchSchema,
  HASHTAG_MEDIA_FIELDS,
  InstagramCommentSchema,
  InstagramMediaSchema,
  MEDIA_FIELDS,
  SINGLE_COMMENT_FIELDS,
} from './instagram-payload.ts';
import {
  mapInstagramComment,
  mapInstagramMedia,
  type InstagramMapContext,
  type MediaOrigin,
} from './map-instagram-item.ts';

const key = (id: string) => `instagram:${id}`;

function freshCursor(): InstagramCursor {
  return { v: 1, hw: 0, polls: 0, media: [], recent: [], off: 0, tags: {}, searches: [] };
}

function timestampSeconds(raw: unknown): number {
  const t = raw !== null && typeof raw === 'object' ? (raw as { timestamp?: unknown }).timestamp : undefined;
  return typeof t === 'string' ? graphTimeToSeconds(t) : 0;
}

/** The account refused a hashtag search because its 7-day budget is spent (another app used it). */
function isHashtagLimit(err: unknown): boolean {
  return err instanceof GraphApiError && err.code === 24;
}

function createInstagramDriver(options: InstagramOptions, context: ConnectorContext): SourceDriver {
  const client = new GraphClient({
    baseUrl: options.baseUrl,
    token: options.token,
    label: 'Instagram',
    now: context.now,
  });
  const account = encodeURIComponent(options.igUserId);
  const wanted = [...new Set(options.hashtags.map(normaliseHashtag))];

  async function brandUsername(signal: AbortSignal): Promise<string> {
    const parsed = AccountSchema.safeParse(await client.get(`/${account}`, { fields: 'id,username' }, signal));
    if (!parsed.success)
      throw new ConnectorError('invalid-response', 'Instagram sent account fields the wall cannot read.');
    return parsed.data.username;
  }

  /** Comments (with their nested replies) of one media; tracked for the re-check. */
  async function readComments(
    mediaId: string,
    ctx: InstagramMapContext,
    events: SourceEvent[],
    tracked: TrackedItem[],
    signal: AbortSignal,
  ): Promise<void> {
    const listing = await client.list(
      `/${encodeURIComponent(mediaId)}/comments`,
      { fields: COMMENT_FIELDS, limit: 50 },
      { signal, maxPages: options.maxPages },
    );
    for (const raw of listing.items) {
      const parsed = InstagramCommentSchema.safeParse(raw);
      const all: unknown[] = [raw, ...(parsed.success ? (parsed.data.replies?.data ?? []) : [])];
      for (const one of all) {
        const event = mapInstagramComment(one, mediaId, ctx);
        events.push(event);
        const t = timestampSeconds(one);
        const id = InstagramCommentSchema.safeParse(one).data?.id;
        if (event.type === 'upsert' && id && t > 0) tracked.push({ id, k: 'c', t, r: mediaId });
      }
    }
  }

  /** Own media or tagged media newer than `floor`: mapped, remembered for the next poll. */
  async function readMediaEdge(
    edge: 'media' | 'tags',
    floor: number,
    ctx: InstagramMapContext,
    events: SourceEvent[],
    seen: Map<string, WindowMedia>,
    signal: AbortSignal,
  ): Promise<boolean> {
    const listing = await client.list(
      `/${account}/${edge}`,
      { fields: MEDIA_FIELDS, limit: options.pageSize },
      {
        signal,
        maxPages: options.maxPages,
        stopAfter: (items) => items.some((m) => timestampSeconds(m) > 0 && timestampSeconds(m) < floor),
      },
    );
    const origin: MediaOrigin = edge === 'media' ? 'own' : 'tagged';
    for (const raw of listing.items) {
      const parsed = InstagramMediaSchema.safeParse(raw);
      if (parsed.success && graphTimeToSeconds(parsed.data.timestamp) < floor) continue;
      events.push(mapInstagramMedia(raw, origin, ctx));
      if (!parsed.success || seen.has(parsed.data.id)) continue;
      seen.set(parsed.data.id, {
        id: parsed.data.id,
        t: graphTimeToSeconds(parsed.data.timestamp),
        n: parsed.data.comments_count ?? -1,
        o: edge === 'media' ? 'o' : 'g',
      });
    }
    return listing.complete;
  }

  return {
    async poll({ cursor, signal }): Promise<PollResult> {
      const now = context.now();
      const nowSec = Math.floor(now / 1000);
      const previous = parseInstagramCursor(cursor);
      const state = previous ?? freshCursor();
      const periodic = state.polls % options.recheckEveryPolls === 0;
      // Reading the account first also checks the configured id (code 100 → a configuration error).
      const username = periodic || !state.username ? await brandUsername(signal) : state.username;
      const ctx: InstagramMapContext = {
        igUserId: options.igUserId,
        username: options.username ?? username,
        nowIso: new Date(now).toISOString(),
      };

      const windowStart = nowSec - options.activeHours * 3600;
      const floor = previous ? Math.min(state.hw - options.overlapSeconds, windowStart) : windowStart;
      const events: SourceEvent[] = [];
      const seen = new Map<string, WindowMedia>();
      const ownComplete = await readMediaEdge('media', floor, ctx, events, seen, signal);
      const taggedComplete = options.includeTagged
        ? await readMediaEdge('tags', floor, ctx, events, seen, signal)
        : false;
      let hw = Math.max(state.hw, ...[...seen.values()].map((m) => m.t));

      // Media listed last time, inside the range read now, and gone: own ones are confirmed by id.
      const gone = new Set<string>();
      for (const old of state.media) {
        if (seen.has(old.id) || old.t <= floor || !(old.o === 'o' ? ownComplete : taggedComplete)) continue;
        const again = old.o === 'g' ? GONE : await fetchIfExists(client, old.id, MEDIA_FIELDS, signal);
        if (again === GONE) {
          gone.add(old.id);
          events.push({ type: 'delete', key: key(old.id) });
        } else {
          events.push(mapInstagramMedia(again, 'own', ctx));
          seen.set(old.id, old);
        }
      }

      // Comments only where the count moved (the brand's own media: tagged media's comments are not ours).
      const memory = new Map(state.media.map((m) => [m.id, m]));
      const tracked: TrackedItem[] = [];
      let fetches = 0;
      for (const m of seen.values()) {
        const old = memory.get(m.id);
        if (m.o !== 'o' || m.n === 0 || (old && old.n === m.n)) continue;
        if (fetches++ >= options.maxCommentFetches) {
          // Keep the old count so that it still looks changed next time.
          m.n = old?.n ?? -2;
          continue;
        }
        await readComments(m.id, ctx, events, tracked, signal);
      }
      // The comments of the last 24 h: those of a deleted post go with it, a few are re-read every Nth poll.
      const comments = await followRecentComments({
        client,
        signal,
        key,
        nowSec,
        cursor: state,
        read: tracked,
        goneParents: gone,
        recheck: periodic && previous !== undefined,
        batchSize: options.recheckBatch,
        fields: SINGLE_COMMENT_FIELDS,
        map: (raw, item) => mapInstagramComment(raw, item.r ?? '', ctx),
      });
      events.push(...comments.events);

      // Hashtags: an id is searched once and kept; a new hashtag over the 7-day budget is refused here.
      const tags = { ...state.tags };
      let searches = liveSearches(state.searches, now);
      const refused: string[] = [];
      for (const tag of wanted) {
        let id = tags[tag];
        if (!id) {
          if (!maySearch(tag, searches, options.hashtagsLimit, now)) {
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
          searches = [...searches, { tag, at: now }];
          const parsed = HashtagSearchSchema.safeParse(found);
          if (!parsed.success) continue;
          id = parsed.data.data[0]?.id;
          if (!id) continue;
          tags[tag] = id;
        }
        // Ranked, not chronological, and only the last 24 h: read the pages, the store dedupes. A media the
        // account's own or tagged listings know says more (its author, the brand's, a mention) than
        // recent_media, which has no username: it is left to them, in whichever order they came.
        const listing = await client.list(
          `/${encodeURIComponent(id)}/recent_media`,
          { user_id: options.igUserId, fields: HASHTAG_MEDIA_FIELDS, limit: 50 },
          { signal, maxPages: options.hashtagPages },
        );
        for (const raw of listing.items) {
          const mediaId = InstagramMediaSchema.safeParse(raw).data?.id;
          if (mediaId !== undefined && (seen.has(mediaId) || memory.has(mediaId))) continue;
          events.push(mapInstagramMedia(raw, 'hashtag', ctx));
        }
      }
      hw = Math.max(hw, state.hw);

      const next: InstagramCursor = {
        v: 1,
        username,
        hw,
        polls: state.polls + 1,
        // At least the last 24 h, recent_media's reach: what the hashtag pass must not overwrite.
        media: [...seen.values()]
          .filter((m) => m.t >= Math.min(windowStart, nowSec - 24 * 3600))
          .sort((a, b) => b.t - a.t),
        ...comments.cursor,
        tags,
        searches,
      };
      const usage = client.usage();
      return {
        events,
        cursor: formatInstagramCursor(next),
        minDelayMs: usage.minDelayMs,
        budget: { ...usage.budget, ...hashtagBudget(searches, options.hashtagsLimit, refused, now) },
      };
    },
  };
}

export const instagramConnector: ConnectorDefinition<InstagramOptions> = {
  type: 'instagram',
  label: 'Instagram (business account)',
  networks: ['instagram'],
  optionsSchema: InstagramOptionsSchema,
  defaultPollSeconds: 60,
  minPollSeconds: 10,
  defaultCachePolicy: { mode: 'persist' },
  create: createInstagramDriver,
};
