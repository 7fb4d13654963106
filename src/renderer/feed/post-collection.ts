// The posts a feed panel holds, as pure functions over a Map keyed by post key: a post seen twice
// (a refetch after `reset`, an edit) replaces itself, never duplicates.
import { answers, callsForAnswer, parentFactsOf } from '../../shared/calls-for-answer.ts';
import type { Post } from '../../shared/post.ts';

/** A screen shows a few dozen posts; the rest would only cost memory over months of uptime. */
export const MAX_POSTS = 100;

export type PostMap = ReadonlyMap<string, Post>;

const newestFirst = (a: Post, b: Post): number =>
  Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.key < b.key ? 1 : -1);

/** Keeps the `max` newest posts (times parsed once per post, not once per comparison). */
export function capPosts(posts: PostMap, max = MAX_POSTS): PostMap {
  if (posts.size <= max) return posts;
  const decorated = [...posts.values()].map((p) => ({ p, t: Date.parse(p.createdAt) }));
  decorated.sort((a, b) => b.t - a.t || (a.p.key < b.p.key ? 1 : -1));
  return new Map(decorated.slice(0, max).map(({ p }) => [p.key, p]));
}

export function removePost(posts: PostMap, key: string): PostMap {
  if (!posts.has(key)) return posts;
  const next = new Map(posts);
  next.delete(key);
  return next;
}

/** What happened on the stream while a fetch was in flight: it is newer than the fetched snapshot. */
export interface LiveChanges {
  upserted: Set<string>;
  removed: Set<string>;
}

/**
 * Replaces the collection with a fetched snapshot, keeping what arrived live while the fetch was in
 * flight. Replacing (not merging) drops posts removed while the stream could not tell us.
 */
export function applySnapshot(current: PostMap, fetched: readonly Post[], live: LiveChanges): PostMap {
  const next = new Map<string, Post>();
  for (const post of fetched) if (post.state === 'live' && !live.removed.has(post.key)) next.set(post.key, post);
  for (const key of live.upserted) {
    const post = current.get(key);
    if (post) next.set(key, post);
  }
  return capPosts(next);
}

export interface FeedItem {
  post: Post;
  /** The brand's answers to this post, oldest first, so the conversation reads top to bottom. */
  brandReplies: Post[];
  /** It calls for an answer (shared/calls-for-answer.ts) and none of the brand's is on the wall: still waiting. */
  awaitsAnswer: boolean;
}

/**
 * Newest first, with the brand's answers under the post they answer (its parent, else the thread's root). A
 * brand answer whose post is not on the wall is left out: without the customer's words it answers, it tells
 * the hall nothing.
 */
export function arrangeFeed(posts: PostMap): FeedItem[] {
  const brandAnswers = [...posts.values()].filter(
    (p) => p.author.isBrand && (p.parentKey ?? p.rootKey) !== undefined && p.parentKey !== p.key,
  );
  const repliesTo = new Map<string, Post[]>();
  for (const reply of brandAnswers) {
    const under = [reply.parentKey, reply.rootKey].find((k) => k !== undefined && posts.has(k));
    if (under === undefined) continue;
    repliesTo.set(under, [...(repliesTo.get(under) ?? []), reply]);
  }
  const nested = new Set(brandAnswers.map((p) => p.key));
  return [...posts.values()]
    .filter((p) => !nested.has(p.key))
    .sort(newestFirst)
    .map((post) => {
      const parent = post.parentKey === undefined ? undefined : posts.get(post.parentKey);
      const awaitsAnswer =
        callsForAnswer(post, parent ? parentFactsOf(parent) : undefined) &&
        !brandAnswers.some((reply) => answers(reply, post));
      const brandReplies = (repliesTo.get(post.key) ?? []).sort((a, b) => -newestFirst(a, b));
      return { post, brandReplies, awaitsAnswer };
    });
}
