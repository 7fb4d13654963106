// Graph tells a poller neither that a comment was deleted nor that it was edited, so both Meta
// connectors follow the comments of the last 24 h the same way on every poll: remember those just read,
// drop those whose post or media was deleted (they go with it), and every Nth poll read a few of them
// again by id, in turns (gone → delete, still there → upserted again with its latest text).
import type { SourceEvent } from '../connector.ts';
import { fetchIfExists, GONE } from './fetch-if-exists.ts';
import type { GraphClient } from './graph-client.ts';
import { recheckBatch, trackItems, untrack, type TrackedItem } from './recent-items.ts';

/** The part of a Meta connector's cursor this follows. */
export interface RecentCommentsCursor {
  recent: TrackedItem[];
  off: number;
}

export interface RecentCommentsStep {
  client: GraphClient;
  signal: AbortSignal;
  /** The source's key for a Graph id (`facebook:<id>`). */
  key: (id: string) => string;
  /** What the last cursor held: the comments followed and the re-check's rotation point. */
  cursor: RecentCommentsCursor;
  /** The comments this poll read, each with its post or media as `r`. */
  read: readonly TrackedItem[];
  /** Posts or media this poll found deleted. */
  goneParents: ReadonlySet<string>;
  nowSec: number;
  /** Whether this poll re-checks (every Nth poll, not the first one), and how many comments at most. */
  recheck: boolean;
  batchSize: number;
  /** The fields a comment is read again with. */
  fields: string;
  /** A comment read again → its event; a `delete` (e.g. hidden) stops following it. */
  map: (raw: unknown, item: TrackedItem) => SourceEvent;
}

export interface RecentComments {
  /** Deletes of orphaned comments, then the re-checked ones' events. */
  events: SourceEvent[];
  /** For the next cursor. */
  cursor: RecentCommentsCursor;
}

export async function followRecentComments(step: RecentCommentsStep): Promise<RecentComments> {
  const events: SourceEvent[] = [];
  let recent = trackItems(step.cursor.recent, step.read, step.nowSec);
  // Comments of a deleted post go with it.
  const orphans = new Set(recent.filter((c) => c.r !== undefined && step.goneParents.has(c.r)).map((c) => c.id));
  for (const id of orphans) events.push({ type: 'delete', key: step.key(id) });
  recent = untrack(recent, orphans);

  let off = step.cursor.off;
  if (step.recheck) {
    const { batch, nextOffset } = recheckBatch(recent, off, step.batchSize);
    off = nextOffset;
    const removed = new Set<string>();
    for (const item of batch) {
      const again = await fetchIfExists(step.client, item.id, step.fields, step.signal);
      const event: SourceEvent = again === GONE ? { type: 'delete', key: step.key(item.id) } : step.map(again, item);
      if (event.type === 'delete') removed.add(item.id);
      events.push(event);
    }
    recent = untrack(recent, removed);
  }
  return { events, cursor: { recent, off } };
}
