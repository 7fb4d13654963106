// Reading one X timeline (recent search, mentions, the brand's own posts): pages from the newest post down
// to since_id, every post read charged to the month's budget, each mapped (map-x-tweet.ts) into `out`,
// keyed, so that a post found by two calls is sent once.
import type { SourceEvent } from '../connector.ts';
import type { TimelineRequest } from './x-api.ts';
import { maxDecimalId } from '../shared/decimal-ids.ts';
import { mapXTweet, type XOrigin } from './map-x-tweet.ts';
import { readIncludes, type XPage } from './x-payload.ts';
import type { XReading } from './x-state.ts';

/** Charges what a call returned; an unreadable post is charged all the same (a unique stand-in id). */
export function chargePage(r: XReading, page: { data?: unknown[] | undefined }): void {
  const ids = (page.data ?? []).map((item, i) => {
    const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? id : `unreadable:${r.context.now()}:${i}:${Math.random()}`;
  });
  r.state.budget.charge(ids);
}

/** Every id of an edit history is a version of its first: learnt before mapping, so edits key on the first. */
export function learnHistories(r: XReading, page: { data?: unknown[] | undefined }): void {
  for (const raw of page.data ?? []) {
    const history =
      typeof raw === 'object' && raw !== null
        ? (raw as { edit_history_tweet_ids?: unknown }).edit_history_tweet_ids
        : undefined;
    if (Array.isArray(history) && history.every((h) => typeof h === 'string')) r.state.tracker.learnHistory(history);
  }
}

/** Maps a page's posts into `out`. */
export function mapPage(
  r: XReading,
  page: Pick<XPage, 'data' | 'includes'>,
  origin: XOrigin,
  out: Map<string, SourceEvent>,
): void {
  const { tracker } = r.state;
  const includes = readIncludes(page.includes);
  const nowIso = new Date(r.context.now()).toISOString();
  learnHistories(r, page);
  for (const raw of page.data ?? []) {
    const mapped = mapXTweet(raw, {
      includes,
      brandUserId: r.options.brandUserId,
      brandHandle: r.options.brandHandle,
      origin,
      originalIdOf: tracker.originalIdOf,
      knownCreatedAt: tracker.knownCreatedAt,
      nowIso,
    });
    if (!mapped.ok) {
      out.set(`invalid:${out.size}`, { type: 'invalid', reason: mapped.reason });
      continue;
    }
    // An older version of an edited post never overwrites the newer text. A retweet (the mentions timeline
    // lists them: "RT @…: …") is left out: its original, which names the brand, is on the wall already.
    if (mapped.stale || mapped.retweet || tracker.isStale(mapped.originalId, mapped.versionId)) continue;
    // The brand's own timeline is read for its answers; its other posts are not about customers.
    if (origin === 'own' && !mapped.candidate.parentKey) continue;
    tracker.seen(mapped.originalId, mapped.versionId, String(mapped.candidate.createdAt), r.context.now());
    out.set(mapped.candidate.key, { type: 'upsert', item: mapped.candidate });
  }
}

/** Pages one timeline from its newest post down to since_id; returns the new since_id. */
export async function readTimeline(
  r: XReading,
  origin: XOrigin,
  sinceId: string | undefined,
  fetchPage: (req: TimelineRequest) => Promise<XPage>,
  out: Map<string, SourceEvent>,
  signal: AbortSignal,
): Promise<string | undefined> {
  const { options, state } = r;
  const maxPages = sinceId === undefined ? options.firstSyncPages : options.maxPagesPerPoll;
  let newest = sinceId;
  let token: string | undefined;
  for (let i = 0; i < maxPages; i++) {
    const left = state.budget.postsLeft();
    if (left <= 0) break;
    const page = await fetchPage({
      sinceId,
      paginationToken: token,
      maxResults: Math.min(options.pageSize, left),
      signal,
    });
    chargePage(r, page);
    mapPage(r, page, origin, out);
    newest = maxDecimalId(newest, page.meta?.newest_id);
    token = page.meta?.next_token;
    if (!token) break;
  }
  if (token && sinceId !== undefined) {
    // Older posts of a burst are left unread rather than paid for in one poll.
    r.context.log?.warn('X: more new posts than one poll reads; the oldest were skipped', {
      sourceId: r.context.sourceId,
      origin,
      maxPagesPerPoll: options.maxPagesPerPoll,
    });
  }
  return newest;
}
