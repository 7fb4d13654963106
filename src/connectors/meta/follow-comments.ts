// How both Meta connectors follow comments on every poll: the posts whose comments changed or are on screen
// have their comments listed again (one call each: new ones, edits, and the ones missing from the listing
// are deletes), the comments of a deleted post go with it, and every Nth poll a few comments not listed
// this time are read again by id (gone → delete, still there → their latest text), a backstop for posts
// over the per-poll budget or with more comments than one listing holds.
import type { SourceEvent } from '../connector.ts';
import { fetchIfExists, GONE } from './fetch-if-exists.ts';
import type { GraphClient } from './graph-client.ts';
import { recheckBatch, trackComments, untrack, type TrackedComment } from './tracked-comments.ts';

/** What listing one post's comments gave. */
export interface CommentListing {
  events: SourceEvent[];
  /** The comments read (hidden ones aside: they leave the wall). */
  comments: TrackedComment[];
  /** Every comment of the post created at or after this (epoch s) is in the listing; Infinity: none is known to be. */
  coveredSinceSec: number;
}

/** The part of a Meta connector's cursor this follows. */
export interface FollowedComments {
  recentComments: TrackedComment[];
  recheckOffset: number;
}

export interface FollowCommentsStep {
  client: GraphClient;
  signal: AbortSignal;
  /** The source's key for a Graph id (`facebook:<id>`). */
  key: (id: string) => string;
  cursor: FollowedComments;
  /** The posts whose comments are listed now (postsToRead). */
  toRead: readonly string[];
  list(postId: string, tracked: readonly TrackedComment[]): Promise<CommentListing>;
  /** Posts or media this poll found deleted. */
  goneParents: ReadonlySet<string>;
  nowSec: number;
  /** Whether this poll re-checks by id (every Nth poll, not the first one), and how many comments at most. */
  recheck: boolean;
  batchSize: number;
  /** The fields a comment is read again with. */
  fields: string;
  /** A comment read again by id → its event; a `delete` (e.g. hidden) stops following it. */
  map: (raw: unknown, comment: TrackedComment) => SourceEvent;
}

export interface FollowCommentsResult {
  events: SourceEvent[];
  cursor: FollowedComments;
  /** Newest comment read per post (epoch s), for the post's own high-water mark. */
  newestByPost: Map<string, number>;
}

export async function followComments(step: FollowCommentsStep): Promise<FollowCommentsResult> {
  const events: SourceEvent[] = [];
  const newestByPost = new Map<string, number>();
  let recent = step.cursor.recentComments;
  for (const postId of step.toRead) {
    const mine = recent.filter((c) => c.postId === postId);
    const listing = await step.list(postId, mine);
    events.push(...listing.events);
    const present = new Set(listing.comments.map((c) => c.id));
    const hidden = new Set(listing.events.flatMap((e) => (e.type === 'delete' ? [e.key] : [])));
    const gone = new Set<string>();
    for (const c of mine) {
      if (present.has(c.id)) continue;
      if (hidden.has(step.key(c.id))) gone.add(c.id);
      else if (c.createdAt >= listing.coveredSinceSec) {
        // Listed newest first down to there, and not among them: deleted (with the replies under it).
        gone.add(c.id);
        events.push({ type: 'delete', key: step.key(c.id) });
      }
    }
    recent = trackComments(untrack(recent, gone), listing.comments, step.nowSec);
    for (const c of listing.comments) newestByPost.set(postId, Math.max(newestByPost.get(postId) ?? 0, c.createdAt));
  }
  recent = trackComments(recent, [], step.nowSec);

  // Comments of a deleted post go with it.
  const orphans = new Set(recent.filter((c) => step.goneParents.has(c.postId)).map((c) => c.id));
  for (const id of orphans) events.push({ type: 'delete', key: step.key(id) });
  recent = untrack(recent, orphans);

  let recheckOffset = step.cursor.recheckOffset;
  if (step.recheck) {
    const listedNow = new Set(step.toRead);
    const candidates = recent.filter((c) => !listedNow.has(c.postId));
    const { batch, nextOffset } = recheckBatch(candidates, recheckOffset, step.batchSize);
    recheckOffset = nextOffset;
    const removed = new Set<string>();
    for (const comment of batch) {
      const again = await fetchIfExists(step.client, comment.id, step.fields, step.signal);
      const event: SourceEvent =
        again === GONE ? { type: 'delete', key: step.key(comment.id) } : step.map(again, comment);
      if (event.type === 'delete') removed.add(comment.id);
      events.push(event);
    }
    recent = untrack(recent, removed);
  }
  return { events, cursor: { recentComments: recent, recheckOffset }, newestByPost };
}
