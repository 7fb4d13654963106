// The same status reaches several instances under a different local id each; its `uri` (the ActivityPub
// id, given by its home server) is the same everywhere. The key is that uri without its scheme —
// readable, stable, key-safe (URIs hold no whitespace) — and a SHA-256 of it when it is unusually long
// or odd, so that a key never breaks the store's key pattern.
import { createHash } from 'node:crypto';

const MAX_URI_IN_KEY = 380;

export function mastodonKey(uri: string): string {
  const bare = uri.replace(/^https?:\/\//i, '');
  if (bare.length > 0 && bare.length <= MAX_URI_IN_KEY && !/\s/.test(bare)) return `mastodon:${bare}`;
  return `mastodon:sha256-${createHash('sha256').update(uri).digest('hex').slice(0, 40)}`;
}
