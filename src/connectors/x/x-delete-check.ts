// X does not tell a search about deletes: the wall looks its recent posts up again (GET /2/tweets, 100 ids
// a call), and those that come back as not found (or no longer authorised: protected, suspended) leave the
// wall. Every poll, the posts already read today are looked up (X charges a post once per UTC day: these
// reads cost nothing more), so a delete shows within the poll interval; every `deleteRecheckMinutes`, all
// the posts of the last `deleteRecheckHours` (those of the day before are charged again).
import type { SourceEvent } from '../connector.ts';
import { RESOURCE_NOT_FOUND } from './x-payload.ts';
import type { XReading } from './x-state.ts';
import { chargePage, learnHistories } from './x-timeline.ts';

/** Lookups of posts that are no longer public: deleted, or their author protected or suspended. */
const GONE_TYPES = new Set([RESOURCE_NOT_FOUND, 'https://api.twitter.com/2/problems/not-authorized-for-resource']);
const IDS_PER_CALL = 100;

export async function checkDeletes(r: XReading, out: Map<string, SourceEvent>, signal: AbortSignal): Promise<void> {
  const { options, state } = r;
  const now = r.context.now();
  const left = state.budget.postsLeft();
  if (left <= 0) return;
  const since = now - options.deleteRecheckHours * 3_600_000;
  const { lastRecheckAt } = state.cursor;
  const full = lastRecheckAt === undefined || now - lastRecheckAt >= options.deleteRecheckMinutes * 60_000;
  const ids = full
    ? state.tracker.toRecheck(since, Math.min(IDS_PER_CALL, left))
    : state.tracker.toRecheck(since, IDS_PER_CALL, (id) => state.budget.readToday(id));
  if (full) state.cursor.lastRecheckAt = now;
  if (ids.length === 0) return;
  const page = await r.api.lookup(ids, signal);
  chargePage(r, page);
  learnHistories(r, page);
  for (const error of page.errors ?? []) {
    const id = error.resource_id ?? error.value;
    if (!id || !error.type || !GONE_TYPES.has(error.type)) continue;
    const original = state.tracker.trackedByLatest(id);
    if (original === undefined) continue;
    state.tracker.forget(original);
    out.set(`x:${original}`, { type: 'delete', key: `x:${original}` });
  }
}
