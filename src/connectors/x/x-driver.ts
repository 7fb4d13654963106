// The X source: polls recent search (brand terms, hashtags, handle), the brand account's mentions and its
// own replies with since_id, looks recent posts up again for deletes, counts every post read against the
// month's budget, and optionally keeps the filtered stream open. One small function per step: sign-in (the
// Bearer token on XApi), the cursor and budget (x-state.ts), a timeline's pages (x-timeline.ts), the
// mapping (map-x-tweet.ts), the delete check (x-delete-check.ts) and the stream (x-live-stream.ts).
import type { ConnectorContext, PollResult, SourceDriver, SourceEvent } from '../connector.ts';
import { slowDownDelayMs } from '../shared/rate-limit.ts';
import { XApi } from './x-api.ts';
import { checkDeletes } from './x-delete-check.ts';
import { streamX } from './x-live-stream.ts';
import type { XOptions } from './x-options.ts';
import { buildXQuery } from './x-query.ts';
import { loadXState, saveXState, xHealthBudget, type XReading } from './x-state.ts';
import { readTimeline } from './x-timeline.ts';

interface Timeline {
  origin: Parameters<typeof readTimeline>[1];
  since: 'searchSinceId' | 'mentionsSinceId' | 'ownSinceId';
  /** Read at each poll (search always; mentions and the brand's replies as the options say). */
  read: boolean;
  page: Parameters<typeof readTimeline>[3];
}

export function createXDriver(options: XOptions, context: ConnectorContext): SourceDriver {
  const api = new XApi(options.baseUrl, options.bearerToken, context.now);
  // Built on first use: a query too long is a config error shown in health, not a crash at start-up.
  let builtQuery: string | undefined;
  const query = (): string => (builtQuery ??= buildXQuery(options));
  let reading: XReading | undefined;
  // The runtime hands back the cursor this driver produced: once loaded, the state in memory is the newer one.
  const load = (cursor: string | undefined): XReading =>
    (reading ??= { api, options, context, state: loadXState(cursor, query(), options, context.now) });

  // The timelines, each read from its own since_id.
  const timelines: readonly Timeline[] = [
    { origin: 'search', since: 'searchSinceId', read: true, page: (req) => api.search(query(), req) },
    {
      origin: 'mentions',
      since: 'mentionsSinceId',
      read: options.includeMentions,
      page: (req) => api.mentions(options.brandUserId, req),
    },
    {
      origin: 'own',
      since: 'ownSinceId',
      read: options.includeBrandReplies,
      page: (req) => api.ownPosts(options.brandUserId, req),
    },
  ];

  const driver: SourceDriver = {
    async poll({ cursor, signal }): Promise<PollResult> {
      const r = load(cursor);
      r.state.budget.assertNotReached();
      const out = new Map<string, SourceEvent>();
      const c = r.state.cursor;
      for (const timeline of timelines.filter((t) => t.read)) {
        c[timeline.since] = await readTimeline(r, timeline.origin, c[timeline.since], timeline.page, out, signal);
      }
      await checkDeletes(r, out, signal);
      const now = context.now();
      const minDelayMs = Math.max(0, ...[...api.rateLimits.values()].map((rl) => slowDownDelayMs(rl, now)));
      return { events: [...out.values()], cursor: saveXState(r), minDelayMs, budget: xHealthBudget(r) };
    },
  };
  if (options.streamEnabled) driver.stream = (request) => streamX(load(request.cursor), query(), request);
  return driver;
}
