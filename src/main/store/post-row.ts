// The mapping between a Post and its row in the posts table.
import type { Post } from '../../shared/post.ts';
import { serialisePost } from './content-hash.ts';

/** The columns the upsert binds, in the order of PostRowValues. */
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
] as const;

/** Positional, not named, parameters: binding by name costs more than anything else per row on ingest. */
export type PostRowValues = [
  key: string,
  source_id: string,
  network: string,
  kind: string,
  parent_key: string | null,
  root_key: string | null,
  is_brand: 0 | 1,
  created_at: number,
  state: string,
  rating: number | null,
  expires_at: number | null,
  content_hash: string,
  json: string | null,
];

export function toPostRow(post: Post): PostRowValues {
  const deleted = post.state === 'deleted';
  const { json, contentHash } = serialisePost(post);
  return [
    post.key,
    post.sourceId,
    post.network,
    post.kind,
    post.parentKey ?? null,
    post.rootKey ?? null,
    post.author.isBrand ? 1 : 0,
    Date.parse(post.createdAt),
    post.state,
    post.rating ?? null,
    // A tombstone never expires before retention: it is what keeps a stale re-fetch off the wall.
    !deleted && post.cachePolicy.mode === 'ttl' ? expiresAtMs(post, post.cachePolicy.seconds) : null,
    contentHash,
    // A deleted post's content is not kept, only its key (Respect the sources).
    deleted ? null : json,
  ];
}

/** A TTL runs from when we fetched the post: the network's terms limit how long we keep what we fetched. */
function expiresAtMs(post: Post, seconds: number): number {
  return Date.parse(post.fetchedAt) + seconds * 1000;
}

/** Rows are written by toPostRow from validated posts, so their JSON is a Post. */
export function fromPostJson(json: string): Post {
  return JSON.parse(json) as Post;
}
