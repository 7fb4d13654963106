// One server-sent message of the hub read as a typed event, or why it is skipped. The hub is ours, but what
// crosses a network is checked: a post must pass the post's schema before it reaches the store PC's SQLite, and
// a malformed message costs that message only (counted by the follower), never the stream.
import type { StreamEvent } from '../../../shared/api-contract.ts';
import { PostSchema, type Post } from '../../../shared/post.ts';

export type ReadHubEvent = { ok: true; event: StreamEvent } | { ok: false; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const REMOVE_REASONS = new Set(['deleted', 'hidden', 'expired', 'withdrawn']);

/** A post as the hub sent it, checked by the post's schema. */
export function readHubPost(raw: unknown): { ok: true; post: Post } | { ok: false; reason: string } {
  const parsed = PostSchema.safeParse(raw);
  if (parsed.success) return { ok: true, post: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `post ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` };
}

export function readHubEvent(name: string, text: string): ReadHubEvent {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: `"${name}" event: not JSON` };
  }
  if (!isObject(data)) return { ok: false, reason: `"${name}" event: not an object` };
  switch (name) {
    case 'post': {
      const read = readHubPost(data.post);
      return read.ok ? { ok: true, event: { type: 'post', data: { post: read.post } } } : read;
    }
    case 'remove':
      return typeof data.key === 'string' && typeof data.reason === 'string' && REMOVE_REASONS.has(data.reason)
        ? { ok: true, event: { type: 'remove', data: data as { key: string; reason: 'deleted' } } }
        : { ok: false, reason: '"remove" event: no key or reason' };
    case 'health':
      return isObject(data.source) && typeof data.source.sourceId === 'string'
        ? { ok: true, event: { type: 'health', data: data as never } }
        : { ok: false, reason: '"health" event: no source' };
    case 'stats':
      return isObject(data.stats) && Array.isArray(data.stats.perNetwork)
        ? { ok: true, event: { type: 'stats', data: data as never } }
        : { ok: false, reason: '"stats" event: no statistics' };
    case 'reset':
      return {
        ok: true,
        event: { type: 'reset', data: { reason: typeof data.reason === 'string' ? data.reason : '' } },
      };
    case 'panels':
      return { ok: true, event: { type: 'panels', data: { reason: 'settings' } } };
    default:
      // A newer hub's event this store PC does not know: skipped, as a screen would.
      return { ok: false, reason: `unknown event "${name}"` };
  }
}
