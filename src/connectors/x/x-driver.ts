// The X source: polls recent search (brand terms, hashtags, handle), the brand account's mentions and its
// own replies with since_id, pages with next_token down to the previous newest id, re-checks recent posts
// for deletes, counts every post read against the month's budget, and optionally keeps the filtered
// stream open. Each step is small; the mapping is pure (map-x-tweet.ts).
import {
  ConnectorError,
  type ConnectorContext,
  type PollResult,
  type SourceDriver,
  type SourceEvent,
  type StreamBatch,
} from '../connector.ts';
import { rateLimitBudget, slowDownDelayMs } from '../shared/rate-limit.ts';
import { FIELD_PARAMS, XApi, type TimelineRequest } from './x-api.ts';
import { formatXCursor, maxXId, parseXCursor, type XCursor } from './x-cursor.ts';
import { mapXTweet, type XOrigin } from './map-x-tweet.ts';
import type { XOptions } from './x-options.ts';
import { readIncludes, RESOURCE_NOT_FOUND, XStreamLineSchema, type XPage } from './x-payload.ts';
import { XPostTracker } from './x-post-tracker.ts';
import { buildXQuery } from './x-query.ts';
import { XReadBudget } from './x-read-budget.ts';
import { readXStreamLines } from './x-stream-lines.ts';
import { ensureXStreamRule } from './x-stream-rule.ts';

/** Lookups of posts that are no longer public: deleted, or their author protected or suspended. */
const GONE_TYPES = new Set([RESOURCE_NOT_FOUND, 'https://api.twitter.com/2/problems/not-authorized-for-resource']);

interface SourceState {
  cursor: XCursor;
  budget: XReadBudget;
  tracker: XPostTracker;
}

export function createXDriver(options: XOptions, context: ConnectorContext): SourceDriver {
  const api = new XApi(options.baseUrl, options.bearerToken, context.now);
  let state: SourceState | undefined;
  // Built on first use: a query too long is a config error shown in health, not a crash at start-up.
  let builtQuery: string | undefined;
  const getQuery = (): string => (builtQuery ??= buildXQuery(options));

  // The runtime hands back the cursor this driver produced; once loaded, the in-memory state is the newer
  // one (the stream counts reads between polls).
  function load(cursor: string | undefined): SourceState {
    if (state) return state;
    const query = getQuery();
    const parsed = parseXCursor(cursor);
    if (parsed.query !== query) {
      parsed.query = query;
      delete parsed.searchSinceId;
    }
    state = {
      cursor: parsed,
      budget: new XReadBudget(parsed.budget, options, context.now),
      tracker: new XPostTracker(parsed.recent),
    };
    return state;
  }

  function chargePage(s: SourceState, page: { data?: unknown[] | undefined }): void {
    const ids = (page.data ?? []).map((item, i) => {
      const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
      // An unreadable post is charged all the same: a unique stand-in id.
      return typeof id === 'string' ? id : `unreadable:${context.now()}:${i}:${Math.random()}`;
    });
    s.budget.charge(ids);
  }

  /** Maps a page's posts into `out` (keyed, so a post found by two calls is sent once). */
  function mapPage(
    s: SourceState,
    page: Pick<XPage, 'data' | 'includes'>,
    origin: XOrigin,
    out: Map<string, SourceEvent>,
  ): void {
    const includes = readIncludes(page.includes);
    const nowIso = new Date(context.now()).toISOString();
    for (const raw of page.data ?? []) {
      const history =
        typeof raw === 'object' && raw !== null
          ? (raw as { edit_history_tweet_ids?: unknown }).edit_history_tweet_ids
          : undefined;
      if (Array.isArray(history) && history.every((h) => typeof h === 'string')) s.tracker.learnHistory(history);
    }
    for (const raw of page.data ?? []) {
      const mapped = mapXTweet(raw, {
        includes,
        brandUserId: options.brandUserId,
        brandHandle: options.brandHandle,
        origin,
        originalIdOf: s.tracker.originalIdOf,
        knownCreatedAt: s.tracker.knownCreatedAt,
        nowIso,
      });
      if (!mapped.ok) {
        out.set(`invalid:${out.size}`, { type: 'invalid', reason: mapped.reason });
        continue;
      }
      // An older version of an edited post never overwrites the newer text. A retweet (the mentions timeline
      // lists them: "RT @…: …") is left out: its original, which names the brand, is on the wall already.
      if (mapped.stale || mapped.retweet || s.tracker.isStale(mapped.originalId, mapped.versionId)) continue;
      // The brand's own timeline is read for its answers; its other posts are not about customers.
      if (origin === 'own' && !mapped.candidate.parentKey) continue;
      s.tracker.seen(mapped.originalId, mapped.versionId, String(mapped.candidate.createdAt), context.now());
      out.set(mapped.candidate.key, { type: 'upsert', item: mapped.candidate });
    }
  }

  /** Pages one timeline from its newest post down to since_id; returns the new since_id. */
  async function readTimeline(
    s: SourceState,
    origin: XOrigin,
    sinceId: string | undefined,
    fetchPage: (req: TimelineRequest) => Promise<XPage>,
    out: Map<string, SourceEvent>,
    signal: AbortSignal,
  ): Promise<string | undefined> {
    const maxPages = sinceId === undefined ? options.firstSyncPages : options.maxPagesPerPoll;
    let newest = sinceId;
    let token: string | undefined;
    for (let i = 0; i < maxPages; i++) {
      const left = s.budget.postsLeft();
      if (left <= 0) break;
      const page = await fetchPage({
        sinceId,
        paginationToken: token,
        maxResults: Math.min(options.pageSize, left),
        signal,
      });
      chargePage(s, page);
      mapPage(s, page, origin, out);
      newest = maxXId(newest, page.meta?.newest_id);
      token = page.meta?.next_token;
      if (!token) break;
    }
    if (token && sinceId !== undefined) {
      // Older posts of a burst are left unread rather than paid for in one poll.
      context.log?.warn('X: more new posts than one poll reads; the oldest were skipped', {
        sourceId: context.sourceId,
        origin,
        maxPagesPerPoll: options.maxPagesPerPoll,
      });
    }
    return newest;
  }

  /** Looks the recent posts up again: those X no longer returns are deletes. */
  async function recheckDeletes(s: SourceState, out: Map<string, SourceEvent>, signal: AbortSignal): Promise<void> {
    const now = context.now();
    const ids = s.tracker.toRecheck(now - options.deleteRecheckHours * 3_600_000, Math.min(100, s.budget.postsLeft()));
    s.cursor.lastRecheckAt = now;
    if (ids.length === 0) return;
    const page = await api.lookup(ids, signal);
    chargePage(s, page);
    for (const raw of page.data ?? []) {
      const history =
        typeof raw === 'object' && raw !== null
          ? (raw as { edit_history_tweet_ids?: unknown }).edit_history_tweet_ids
          : undefined;
      if (Array.isArray(history) && history.every((h) => typeof h === 'string')) s.tracker.learnHistory(history);
    }
    for (const error of page.errors ?? []) {
      const id = error.resource_id ?? error.value;
      if (!id || !error.type || !GONE_TYPES.has(error.type)) continue;
      const original = s.tracker.trackedByLatest(id);
      if (original === undefined) continue;
      s.tracker.forget(original);
      out.set(`x:${original}`, { type: 'delete', key: `x:${original}` });
    }
  }

  function healthBudget(s: SourceState): Record<string, number | string> {
    return { ...rateLimitBudget(api.rateLimits.get('search') ?? {}), ...s.budget.figures() };
  }

  function cursorOf(s: SourceState): string {
    const now = context.now();
    s.cursor.recent = s.tracker.snapshot(now - options.deleteRecheckHours * 3_600_000);
    s.cursor.budget = s.budget.snapshot();
    return formatXCursor(s.cursor);
  }

  const driver: SourceDriver = {
    async poll({ cursor, signal }): Promise<PollResult> {
      const s = load(cursor);
      s.budget.assertNotReached();
      const out = new Map<string, SourceEvent>();
      const c = s.cursor;
      c.searchSinceId = await readTimeline(
        s,
        'search',
        c.searchSinceId,
        (req) => api.search(getQuery(), req),
        out,
        signal,
      );
      if (options.includeMentions) {
        c.mentionsSinceId = await readTimeline(
          s,
          'mentions',
          c.mentionsSinceId,
          (req) => api.mentions(options.brandUserId, req),
          out,
          signal,
        );
      }
      if (options.includeBrandReplies) {
        c.ownSinceId = await readTimeline(
          s,
          'own',
          c.ownSinceId,
          (req) => api.ownPosts(options.brandUserId, req),
          out,
          signal,
        );
      }
      const now = context.now();
      if (
        s.budget.postsLeft() > 0 &&
        (c.lastRecheckAt === undefined || now - c.lastRecheckAt >= options.deleteRecheckMinutes * 60_000)
      ) {
        await recheckDeletes(s, out, signal);
      }
      const minDelayMs = Math.max(0, ...[...api.rateLimits.values()].map((r) => slowDownDelayMs(r, now)));
      return { events: [...out.values()], cursor: cursorOf(s), minDelayMs, budget: healthBudget(s) };
    },
  };

  if (options.streamEnabled) {
    driver.stream = async function* stream({ cursor, signal }): AsyncIterable<StreamBatch> {
      const s = load(cursor);
      s.budget.assertNotReached();
      await ensureXStreamRule(api, getQuery(), signal);
      const url = `${options.baseUrl.replace(/\/$/, '')}/2/tweets/search/stream?${new URLSearchParams(FIELD_PARAMS).toString()}`;
      const lines = readXStreamLines({
        url,
        headers: { authorization: `Bearer ${options.bearerToken}`, 'user-agent': 'social-wall' },
        keepAliveTimeoutMs: options.streamKeepAliveTimeoutMs,
        signal,
        now: context.now,
      });
      for await (const line of lines) {
        if (line === '') {
          yield { events: [], budget: healthBudget(s) };
          continue;
        }
        let json: unknown;
        try {
          json = JSON.parse(line);
        } catch {
          yield { events: [{ type: 'invalid', reason: 'X stream sent a line that is not JSON' }] };
          continue;
        }
        const parsed = XStreamLineSchema.safeParse(json);
        if (!parsed.success || parsed.data.data === undefined) {
          // X announces its own disconnects (operational-disconnect) as an errors line.
          const title = (json as { errors?: { title?: unknown }[] }).errors?.[0]?.title;
          if (typeof title === 'string')
            throw new ConnectorError('network', `X ended the stream: ${title.slice(0, 100)}`);
          yield { events: [{ type: 'invalid', reason: 'X stream sent a line the wall cannot read' }] };
          continue;
        }
        const page = { data: [parsed.data.data], includes: parsed.data.includes };
        chargePage(s, page);
        const out = new Map<string, SourceEvent>();
        mapPage(s, page, 'stream', out);
        yield { events: [...out.values()], budget: healthBudget(s) };
        s.budget.assertNotReached();
      }
    };
  }
  return driver;
}
