// The mapping between a Post and its row in the posts table.
import type { Post } from '../../shared/post.ts';
import { serialisePost } from './content-hash.ts';

/** The columns of a PostRow, in the order the upsert binds them. */
export const POST_ROW_COLUMNS = [
  'key',
  'source_id',
  'network',
  'kind',
  'parent_key',
  'root_key',
  'is_brand',
  'created_at',
  'state',
  'rating',
  'expires_at',
  'content_hash',
  'json',
  'sentiment',
  'intent',
  'theme',
] as const;

/** One row of the posts table, by column name (the upsert also sets last_write). */
export type PostRow = {
  key: string;
  source_id: string;
  network: string;
  kind: string;
  parent_key: string | null;
  root_key: string | null;
  is_brand: 0 | 1;
  created_at: number;
  state: string;
  rating: number | null;
  expires_at: number | null;
  content_hash: string;
  json: string | null;
  sentiment: string | null;
  intent: string | null;
  theme: string | null;
};

export function toPostRow(post: Post): PostRow {
  const deleted = post.state === 'deleted';
  const { json, contentHash } = serialisePost(post);
  return {
    key: post.key,
    source_id: post.sourceId,
    network: post.network,
    kind: post.kind,
    parent_key: post.parentKey ?? null,
    root_key: post.rootKey ?? null,
    is_brand: post.author.isBrand ? 1 : 0,
    created_at: Date.parse(post.createdAt),
    state: post.state,
    rating: post.rating ?? null,
    // A tombstone never expires before retention: it is what keeps a stale re-fetch off the wall.
    expires_at: !deleted && post.cachePolicy.mode === 'ttl' ? expiresAtMs(post, post.cachePolicy.seconds) : null,
    content_hash: contentHash,
    // A deleted post's content is not kept, only its key (Respect the sources).
    json: deleted ? null : json,
    sentiment: deleted ? null : (post.sentiment ?? null),
    intent: deleted ? null : (post.intent ?? null),
    theme: deleted ? null : (post.theme ?? null),
  };
}

export type PostRowValue = PostRow[keyof PostRow];

/** The row's values in POST_ROW_COLUMNS order: binding by position costs less than by name on the hot path. */
export function postRowValues(row: PostRow): PostRowValue[] {
  return POST_ROW_COLUMNS.map((column) => row[column]);
}

/** A TTL runs from when we fetched the post: the network's terms limit how long we keep what we fetched. */
function expiresAtMs(post: Post, seconds: number): number {
  return Date.parse(post.fetchedAt) + seconds * 1000;
}

/** Rows are written by toPostRow from validated posts, so their JSON is a Post. */
export function fromPostJson(json: string): Post {
  return JSON.parse(json) as Post;
}
