// The page's posts step: /feed (the page's posts, visitors' posts, and the posts it is tagged in) and
// /tagged re-listed over the active window on every poll — new posts, edits and comment counts in one or
// two calls; a post listed last time and missing now is confirmed gone by id.
import type { SourceEvent } from '../connector.ts';
import { fetchIfExists, GONE } from '../meta/fetch-if-exists.ts';
import type { GraphClient } from '../meta/graph-client.ts';
import { graphTimeToSeconds } from '../meta/graph-time.ts';
import type { FacebookCursor, WindowPost } from './facebook-cursor.ts';
import type { FacebookOptions } from './facebook-options.ts';
import { FacebookPostSchema, POST_FIELDS } from './facebook-payload.ts';
import { isHidden, mapFacebookPost, type FacebookMapContext } from './map-facebook-item.ts';

const key = (id: string) => `facebook:${id}`;

export interface PagePostsStep {
  client: GraphClient;
  options: FacebookOptions;
  ctx: FacebookMapContext;
  state: FacebookCursor;
  /** No cursor yet: the window alone says how far back to read. */
  firstSync: boolean;
  nowSec: number;
  signal: AbortSignal;
}

export interface PagePosts {
  events: SourceEvent[];
  /** The posts of the window as listed now, by id. */
  posts: Map<string, WindowPost>;
  /** Posts deleted (or hidden, or untagged) since the last poll. */
  gone: Set<string>;
  /** Posts on the page whose comment count or update time moved: their comments are read. */
  changed: string[];
  newestPostAt: number;
}

export async function readPagePosts(step: PagePostsStep): Promise<PagePosts> {
  const { client, options, ctx, state, nowSec, signal } = step;
  const page = encodeURIComponent(options.pageId);
  const windowStart = nowSec - options.activeHours * 3600;
  // After a long stop the high-water mark (minus the overlap) reaches further back than the window.
  const since = step.firstSync ? windowStart : Math.min(state.newestPostAt - options.overlapSeconds, windowStart);
  const params = { fields: POST_FIELDS, since, limit: options.pageSize };
  const feed = await client.list(`/${page}/feed`, params, { signal, maxPages: options.maxPages });
  const tagged = await client.list(`/${page}/tagged`, params, { signal, maxPages: options.maxPages });

  // /tagged says which are mentions, whichever pass lists a post first (an earlier poll's word stands while
  // /tagged was not read to its end).
  const taggedIds = new Set([
    ...tagged.items.flatMap((r) => FacebookPostSchema.safeParse(r).data?.id ?? []),
    ...(tagged.complete ? [] : state.posts.filter((p) => p.tagged).map((p) => p.id)),
  ]);
  const onPage = (p: WindowPost) => !p.tagged || p.id.startsWith(`${options.pageId}_`);
  const memory = new Map(state.posts.map((p) => [p.id, p]));
  const events: SourceEvent[] = [];
  const posts = new Map<string, WindowPost>();
  const changed: string[] = [];
  let newestPostAt = state.newestPostAt;
  for (const raw of [...tagged.items, ...feed.items]) {
    const parsed = FacebookPostSchema.safeParse(raw);
    if (parsed.success && posts.has(parsed.data.id)) continue;
    const isTagged = parsed.success && taggedIds.has(parsed.data.id);
    events.push(
      parsed.success && parsed.data.is_hidden
        ? { type: 'delete', key: key(parsed.data.id) }
        : mapFacebookPost(raw, ctx, isTagged),
    );
    if (!parsed.success) continue;
    const p = parsed.data;
    const createdAt = graphTimeToSeconds(p.created_time);
    newestPostAt = Math.max(newestPostAt, createdAt);
    const old = memory.get(p.id);
    const seen: WindowPost = {
      id: p.id,
      createdAt,
      updatedAt: graphTimeToSeconds(p.updated_time ?? p.created_time),
      commentCount: p.comments?.summary?.total_count ?? -1,
      newestCommentAt: old?.newestCommentAt ?? 0,
      ...(isTagged ? { tagged: true } : {}),
    };
    const moved = !old || old.updatedAt !== seen.updatedAt || old.commentCount !== seen.commentCount;
    // A post with no comments yet needs no call; one on someone else's timeline: its comments are not ours.
    if (onPage(seen) && moved && seen.commentCount !== 0) changed.push(p.id);
    posts.set(p.id, seen);
  }

  // A post listed last time, inside the range read now, and missing: deleted (or untagged), or hidden.
  const gone = new Set<string>();
  for (const old of state.posts) {
    if (posts.has(old.id) || old.createdAt <= since) continue;
    if (!(old.tagged ? tagged.complete : feed.complete)) continue;
    // Untagged or deleted on another timeline: gone from the wall either way; one on the page is confirmed.
    const again = onPage(old) ? await fetchIfExists(client, old.id, POST_FIELDS, signal) : GONE;
    if (again === GONE || isHidden(again)) {
      gone.add(old.id);
      events.push({ type: 'delete', key: key(old.id) });
    } else {
      events.push(mapFacebookPost(again, ctx, false));
      posts.set(old.id, { ...old, tagged: undefined });
    }
  }
  return { events, posts, gone, changed, newestPostAt };
}
