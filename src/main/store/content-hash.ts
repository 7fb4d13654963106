// Tells an edit from a re-fetch: the hash covers everything a screen could show and leaves out the fields that
// change on every fetch (fetchedAt, metrics.asOf, a createdAt dated by the fetch), so polling the same post again is "unchanged".
import { hash } from 'node:crypto';
import type { Post } from '../../shared/post.ts';

export interface SerialisedPost {
  /** The full post, as stored. */
  json: string;
  contentHash: string;
}

/**
 * Serialises once and hashes that same text with the fetch-time values cut out: on the hot ingest path this
 * costs one JSON.stringify, where hashing a copy of the post would cost two. The cut is exact: inside a JSON
 * string every `"` is escaped, so `"fetchedAt":"<value>"` can only be the key itself, never a post's text.
 * Key order is PostSchema's (every post is parsed by it), so the same content gives the same text.
 */
export function serialisePost(post: Post): SerialisedPost {
  const json = JSON.stringify(post);
  let content = json.replace(`"fetchedAt":${JSON.stringify(post.fetchedAt)}`, '');
  if (post.metrics) content = content.replace(`"asOf":${JSON.stringify(post.metrics.asOf)}`, '');
  // A post whose network date could not be used is dated by its fetch (validation): that changes every poll too.
  if (post.datedAsFetched) content = content.replace(`"createdAt":${JSON.stringify(post.createdAt)}`, '');
  // sha1 is enough to detect a change; this is not a security boundary.
  return { json, contentHash: hash('sha1', content, 'base64') };
}
