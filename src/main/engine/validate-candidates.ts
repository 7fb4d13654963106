// The connector boundary: every candidate a connector produced is repaired (repair-candidate.ts: what
// cannot be shown safely is left out, texts cleaned, dates bounded) and checked against PostSchema here.
// A refused item (no identity, nothing to show) is skipped and counted with its reason; it never stops the
// source or the engine.
import type { z } from 'zod';
import type { SourceEvent } from '../../connectors/connector.ts';
import type { Refusal } from '../../shared/health.ts';
import { PostSchema, type CachePolicy, type Post } from '../../shared/post.ts';
import { repairCandidate } from './repair-candidate.ts';

export interface SourceStamp {
  sourceId: string;
  cachePolicy: CachePolicy;
  /** ISO instant of the fetch, used when the connector gave none. */
  fetchedAt: string;
}

export interface ValidatedEvents {
  posts: Post[];
  deletes: string[];
  invalid: Refusal[];
  /** What was left out or cut of the posts kept, per post key (for the log). */
  repaired: { key: string; repairs: string[] }[];
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
  const out: ValidatedEvents = { posts: [], deletes: [], invalid: [], repaired: [] };
  for (const event of events) {
    if (event.type === 'delete') {
      out.deletes.push(event.key);
    } else if (event.type === 'invalid') {
      out.invalid.push({ code: 'unreadable', detail: event.reason });
    } else if (!isRecord(event.item)) {
      out.invalid.push({ code: 'unreadable', detail: 'item is not an object' });
    } else {
      // The runtime, not the connector, says which source a post came from and how long it may be kept.
      const candidate = {
        fetchedAt: stamp.fetchedAt,
        ...event.item,
        sourceId: stamp.sourceId,
        cachePolicy: stamp.cachePolicy,
      };
      const key = typeof event.item['key'] === 'string' ? `${event.item['key'].slice(0, 80)}: ` : '';
      const repaired = repairCandidate(candidate);
      if (!repaired.ok) {
        out.invalid.push({ ...repaired.refusal, detail: key + repaired.refusal.detail });
        continue;
      }
      const parsed = PostSchema.safeParse(repaired.candidate);
      if (parsed.success) {
        out.posts.push(parsed.data);
        if (repaired.repairs.length > 0) out.repaired.push({ key: parsed.data.key, repairs: repaired.repairs });
      } else out.invalid.push({ code: 'unreadable', detail: key + describeIssues(parsed.error) });
    }
  }
  return out;
}
