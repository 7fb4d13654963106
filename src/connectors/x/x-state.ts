// What an X source holds between polls: its cursor, the month's read budget and the posts it showed lately.
// Loaded once from the cursor the runtime hands back; afterwards the state in memory is the newer one (the
// stream counts reads between polls). Saved back as the cursor after each poll.
import type { ConnectorContext } from '../connector.ts';
import { rateLimitBudget } from '../shared/rate-limit.ts';
import type { XApi } from './x-api.ts';
import { emptyXCursor, xCursor, type XCursor } from './x-cursor.ts';
import type { XOptions } from './x-options.ts';
import { XPostTracker } from './x-post-tracker.ts';
import { XReadBudget } from './x-read-budget.ts';

export interface XSourceState {
  cursor: XCursor;
  budget: XReadBudget;
  tracker: XPostTracker;
}

/** What every X step works with: the API (signed in with the Bearer token), the options, the clock, the state. */
export interface XReading {
  api: XApi;
  options: XOptions;
  context: ConnectorContext;
  state: XSourceState;
}

export function loadXState(
  cursor: string | undefined,
  query: string,
  options: XOptions,
  now: () => number,
): XSourceState {
  const parsed = xCursor.parse(cursor) ?? emptyXCursor();
  // The search since_id belongs to its query: another query starts over.
  if (parsed.query !== query) {
    parsed.query = query;
    delete parsed.searchSinceId;
  }
  return {
    cursor: parsed,
    budget: new XReadBudget(parsed.budget, options, now),
    tracker: new XPostTracker(parsed.recent),
  };
}

export function saveXState(r: XReading): string {
  const now = r.context.now();
  const { state } = r;
  state.cursor.recent = state.tracker.snapshot(now - r.options.deleteRecheckHours * 3_600_000);
  state.cursor.budget = state.budget.snapshot();
  return xCursor.format(state.cursor);
}

/** The search endpoint's rate limit and the month's reads and spend, for the source's health. */
export function xHealthBudget(r: XReading): Record<string, number | string> {
  return { ...rateLimitBudget(r.api.rateLimits.get('search') ?? {}), ...r.state.budget.figures() };
}
