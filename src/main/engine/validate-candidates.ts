// The connector boundary: every candidate a connector produced is checked against PostSchema here.
// An invalid item is skipped and counted with its reason; it never stops the source or the engine.
import type { z } from 'zod';
import type { SourceEvent } from '../../connectors/connector.ts';
import { PostSchema, type CachePolicy, type Post } from '../../shared/post.ts';

export interface SourceStamp {
  sourceId: string;
  cachePolicy: CachePolicy;
  /** ISO instant of the fetch, used when the connector gave none. */
  fetchedAt: string;
}

export interface ValidatedEvents {
  posts: Post[];
  deletes: string[];
  invalid: string[];
}

/** Summarises zod issues as "field: message; …" so that a log line says what was wrong. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(item)'}: ${i.message}`)
    .join('; ');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function validateCandidates(events: readonly SourceEvent[], stamp: SourceStamp): ValidatedEvents {
  const out: ValidatedEvents = { posts: [], deletes: [], invalid: [] };
  for (const event of events) {
    if (event.type === 'delete') {
      out.deletes.push(event.key);
    } else if (event.type === 'invalid') {
      out.invalid.push(event.reason);
    } else if (!isRecord(event.item)) {
      out.invalid.push('item is not an object');
    } else {
      // The runtime, not the connector, says which source a post came from and how long it may be kept.
      const candidate = {
        fetchedAt: stamp.fetchedAt,
        ...event.item,
        sourceId: stamp.sourceId,
        cachePolicy: stamp.cachePolicy,
      };
      const parsed = PostSchema.safeParse(candidate);
      if (parsed.success) out.posts.push(parsed.data);
      else {
        const key = typeof event.item['key'] === 'string' ? `${event.item['key'].slice(0, 80)}: ` : '';
        out.invalid.push(key + describeIssues(parsed.error));
      }
    }
  }
  return out;
}
