// Facebook Page: the page's feed (its own posts and visitors' posts), posts it is tagged in, and the
// comments and replies under its posts, polled through the Graph API with a pasted Page or system-user
// token. Graph signals neither deletes nor comment edits to a poller: recent posts are re-listed on every
// poll (a vanished one is confirmed gone by id), recent comments are re-read every Nth poll.
import {
  ConnectorError,
  type ConnectorContext,
  type ConnectorDefinition,
  type PollResult,
  type SourceDriver,
  type SourceEvent,
} from '../connector.ts';
import { fetchIfExists, GONE } from '../meta/fetch-if-exists.ts';
import { GraphClient } from '../meta/graph-client.ts';
import { graphTimeToSeconds } from '../meta/graph-time.ts';
import { followRecentComments } from '../meta/recent-comments.ts';
import type { TrackedItem } from '../meta/recent-items.ts';
import { formatFacebookCursor, parseFacebookCursor, type FacebookCursor, type WindowPost } from './facebook-cursor.ts';
import { FacebookOptionsSchema, type FacebookOptions } from './facebook-options.ts';
import {
  COMMENT_FIELDS,
  FacebookCommentSchema,
  FacebookPostSchema,
  PAGE_FIELDS,
  PageFieldsSchema,
  POST_FIELDS,
} from './facebook-payload.ts';
import { mapFacebookComment, mapFacebookPost, isHidden, type FacebookMapContext } from './map-facebook-item.ts';

const key = (id: string) => `facebook:${id}`;

function freshCursor(): FacebookCursor {
  return { v: 1, hw: 0, polls: 0, posts: [], recent: [], off: 0 };
}

function createFacebookDriver(options: FacebookOptions, context: ConnectorContext): SourceDriver {
  const client = new GraphClient({
    baseUrl: options.baseUrl,
    token: options.token,
    label: 'Facebook',
    now: context.now,
  });
  const page = encodeURIComponent(options.pageId);
  /** On the page's own timeline (its posts, visitors' posts): not a post of someone else's that tags it. */
  const onPage = (p: WindowPost) => !p.tg || p.id.startsWith(`${options.pageId}_`);

  async function pageRating(signal: AbortSignal): Promise<Record<string, number | string>> {
    const parsed = PageFieldsSchema.safeParse(await client.get(`/${page}`, { fields: PAGE_FIELDS }, signal));
    if (!parsed.success)
      throw new ConnectorError('invalid-response', 'Facebook sent page fields the wall cannot read.');
    const budget: Record<string, number | string> = {};
    // Ratings themselves are gone from the API (v22); these two fields feed the statistics.
    if (parsed.data.overall_star_rating !== undefined) budget['pageRating'] = parsed.data.overall_star_rating;
    if (parsed.data.rating_count !== undefined) budget['pageRatingCount'] = parsed.data.rating_count;
    return budget;
  }

  /** Comments and replies of one post newer than its comment high-water mark; returns the new mark. */
  async function readComments(
    post: WindowPost,
    ctx: FacebookMapContext,
    events: SourceEvent[],
    tracked: TrackedItem[],
    signal: AbortSignal,
  ): Promise<number> {
    const floor = post.lc > 0 ? post.lc - options.overlapSeconds : 0;
    const listing = await client.list(
      `/${encodeURIComponent(post.id)}/comments`,
      { filter: 'stream', order: 'reverse_chronological', fields: COMMENT_FIELDS, limit: options.pageSize },
      {
        signal,
        maxPages: options.maxPages,
        stopAfter: (items) => floor > 0 && items.some((c) => createdSeconds(c) < floor),
      },
    );
    let newest = post.lc;
    for (const raw of listing.items) {
      const parsed = FacebookCommentSchema.safeParse(raw);
      if (parsed.success && graphTimeToSeconds(parsed.data.created_time) < floor) continue;
      events.push(
        parsed.success && parsed.data.is_hidden
          ? { type: 'delete', key: key(parsed.data.id) }
          : mapFacebookComment(raw, post.id, ctx),
      );
      if (!parsed.success) continue;
      const t = graphTimeToSeconds(parsed.data.created_time);
      newest = Math.max(newest, t);
      tracked.push({ id: parsed.data.id, k: 'c', t, r: post.id });
    }
    return newest;
  }

  return {
    async poll({ cursor, signal }): Promise<PollResult> {
      const now = context.now();
      const nowSec = Math.floor(now / 1000);
      const ctx: FacebookMapContext = { pageId: options.pageId, nowIso: new Date(now).toISOString() };
      const previous = parseFacebookCursor(cursor);
      const state = previous ?? freshCursor();
      const periodic = state.polls % options.recheckEveryPolls === 0;
      const rating = periodic ? await pageRating(signal) : {};

      // Re-list the whole active window each poll: new posts, edits and comment counts in one or two
      // calls; after a long stop, the high-water mark (minus the overlap) reaches further back.
      const windowStart = nowSec - options.activeHours * 3600;
      const since = previous ? Math.min(state.hw - options.overlapSeconds, windowStart) : windowStart;
      const params = { fields: POST_FIELDS, since, limit: options.pageSize };
      const feed = await client.list(`/${page}/feed`, params, { signal, maxPages: options.maxPages });
      const tagged = await client.list(`/${page}/tagged`, params, { signal, maxPages: options.maxPages });

      const events: SourceEvent[] = [];
      const memory = new Map(state.posts.map((p) => [p.id, p]));
      const posts = new Map<string, WindowPost>();
      const toRead: WindowPost[] = [];
      let hw = state.hw;
      // /feed also lists the posts the page is tagged in: /tagged says which are mentions, whichever pass
      // lists a post first (and an earlier poll's word stands while /tagged was not read to its end).
      const taggedIds = new Set([
        ...tagged.items.flatMap((r) => FacebookPostSchema.safeParse(r).data?.id ?? []),
        ...(tagged.complete ? [] : state.posts.filter((p) => p.tg).map((p) => p.id)),
      ]);
      for (const raw of [...tagged.items, ...feed.items]) {
        const parsed = FacebookPostSchema.safeParse(raw);
        if (parsed.success && posts.has(parsed.data.id)) continue;
        const tg = parsed.success && taggedIds.has(parsed.data.id);
        events.push(
          parsed.success && parsed.data.is_hidden
            ? { type: 'delete', key: key(parsed.data.id) }
            : mapFacebookPost(raw, ctx, tg),
        );
        if (!parsed.success) continue;
        const p = parsed.data;
        const t = graphTimeToSeconds(p.created_time);
        hw = Math.max(hw, t);
        const old = memory.get(p.id);
        const seen: WindowPost = {
          id: p.id,
          t,
          u: graphTimeToSeconds(p.updated_time ?? p.created_time),
          n: p.comments?.summary?.total_count ?? -1,
          lc: old?.lc ?? 0,
          ...(tg ? { tg } : {}),
        };
        const changed = !old || old.u !== seen.u || old.n !== seen.n;
        // A post with no comments yet needs no call; one whose fetch waits for a later poll keeps its old
        // figures so that it still looks changed then. A post on another timeline: its comments are not ours.
        if (onPage(seen) && changed && seen.n !== 0) {
          if (toRead.length < options.maxCommentFetches) toRead.push(seen);
          else if (old) Object.assign(seen, { u: old.u, n: old.n });
          else seen.u = -1;
        }
        posts.set(p.id, seen);
      }

      // A post listed last time, inside the range read now, and missing: deleted (or untagged), or hidden.
      const gone = new Set<string>();
      for (const old of state.posts) {
        if (posts.has(old.id) || old.t <= since) continue;
        if (!(old.tg ? tagged.complete : feed.complete)) continue;
        // Untagged or deleted on another timeline: gone from the wall either way; one on the page is confirmed.
        const again = onPage(old) ? await fetchIfExists(client, old.id, POST_FIELDS, signal) : GONE;
        if (again === GONE || isHidden(again)) {
          gone.add(old.id);
          events.push({ type: 'delete', key: key(old.id) });
        } else {
          events.push(mapFacebookPost(again, ctx, false));
          posts.set(old.id, { ...old, tg: undefined });
        }
      }

      const tracked: TrackedItem[] = [];
      for (const post of toRead) post.lc = await readComments(post, ctx, events, tracked, signal);

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
        fields: COMMENT_FIELDS,
        map: (raw, item) =>
          isHidden(raw) ? { type: 'delete', key: key(item.id) } : mapFacebookComment(raw, item.r ?? '', ctx),
      });
      events.push(...comments.events);

      const next: FacebookCursor = {
        v: 1,
        hw,
        polls: state.polls + 1,
        posts: [...posts.values()].filter((p) => p.t >= windowStart).sort((a, b) => b.t - a.t),
        ...comments.cursor,
      };
      const usage = client.usage();
      return {
        events,
        cursor: formatFacebookCursor(next),
        minDelayMs: usage.minDelayMs,
        budget: { ...usage.budget, ...rating },
      };
    },
  };
}

function createdSeconds(raw: unknown): number {
  const t = raw !== null && typeof raw === 'object' ? (raw as { created_time?: unknown }).created_time : undefined;
  return typeof t === 'string' ? graphTimeToSeconds(t) : 0;
}

export const facebookConnector: ConnectorDefinition<FacebookOptions> = {
  type: 'facebook',
  label: 'Facebook Page',
  networks: ['facebook'],
  optionsSchema: FacebookOptionsSchema,
  defaultPollSeconds: 60,
  minPollSeconds: 10,
  defaultCachePolicy: { mode: 'persist' },
  create: createFacebookDriver,
};
