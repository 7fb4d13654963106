// The company's own site: reviews and project ratings POSTed to the local server (an authenticated
// webhook), and/or a JSON, RSS or Atom feed polled with ETag / If-None-Match (a 304 costs no parsing).
// Feeds are windows: an entry that scrolls out of one is not taken for deleted; the site withdraws a
// review through the webhook with { id, deleted: true }.
import {
  ConnectorError,
  type ConnectorContext,
  type ConnectorDefinition,
  type InboundRequest,
  type InboundResult,
  type PollResult,
  type SourceDriver,
  type SourceEvent,
} from '../../connector.ts';
import { HttpClient } from '../../shared/http-client.ts';
import { replyKey } from '../shared/brand-reply.ts';
import { bearerMatches } from './bearer-check.ts';
import { mapFeedEntry } from './map-feed-entry.ts';
import { mapSiteReview } from './map-site-review.ts';
import { FeedValidatorsSchema } from '../../shared/feeds/feed-validators.ts';
import { FeedFormatError, parseAtom, parseRss } from '../../shared/feeds/parse-xml-feed.ts';
import { jsonCursor } from '../../shared/json-cursor.ts';
import { MAX_REVIEWS_PER_REQUEST, readSiteItem, type SiteItem } from './site-review-schema.ts';
import { SiteReviewsOptionsSchema, type SiteReviewsOptions } from './site-options.ts';

/** Largest webhook body accepted (the local server caps the raw body at the same size). */
export const MAX_INBOUND_BYTES = 256 * 1024;

function eventsOf(item: SiteItem, brandName: string): SourceEvent[] {
  if ('deletion' in item)
    return [
      { type: 'delete', key: `site:${item.deletion.id}` },
      { type: 'delete', key: replyKey('site', item.deletion.id) },
    ];
  const events: SourceEvent[] = mapSiteReview(item.review, { brandName }).map((post) => ({
    type: 'upsert',
    item: post,
  }));
  // A reply the site took back leaves the wall with it.
  if (!item.review.reply) events.push({ type: 'delete', key: replyKey('site', item.review.id) });
  return events;
}

/** The feed's validators from its last answer, so that an unchanged feed answers 304. */
const feedCursor = jsonCursor(FeedValidatorsSchema);

function header(headers: Record<string, unknown>, name: string): string | undefined {
  const v = headers[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function createSiteDriver(options: SiteReviewsOptions, context: ConnectorContext): SourceDriver {
  const feed = options.feedUrl ? new URL(options.feedUrl) : undefined;
  const http = feed
    ? new HttpClient({ baseUrl: feed.origin, networkLabel: "The site's review feed", now: context.now })
    : undefined;
  const feedPath = feed ? feed.pathname + feed.search : '/';

  function feedEvents(body: string): SourceEvent[] {
    const events: SourceEvent[] = [];
    if (options.format === 'json') {
      let raw: unknown;
      try {
        raw = JSON.parse(body);
      } catch {
        throw new ConnectorError(
          'invalid-response',
          "The site's review feed is not valid JSON: check feedUrl and format.",
        );
      }
      const list = Array.isArray(raw)
        ? raw
        : typeof raw === 'object' && raw !== null && Array.isArray((raw as { reviews?: unknown }).reviews)
          ? (raw as { reviews: unknown[] }).reviews
          : undefined;
      if (!list)
        throw new ConnectorError(
          'invalid-response',
          'The site\'s JSON feed is neither a list of reviews nor { "reviews": [...] }.',
        );
      list.forEach((entry, i) => {
        const read = readSiteItem(entry, `[${i}]`);
        if (read.ok) events.push(...eventsOf(read.item, options.brandName));
        else events.push({ type: 'invalid', reason: `site feed ${read.error}` });
      });
      return events;
    }
    let entries;
    try {
      entries = options.format === 'rss' ? parseRss(body) : parseAtom(body);
    } catch (err) {
      if (err instanceof FeedFormatError)
        throw new ConnectorError('invalid-response', `The site's review feed cannot be read: ${err.message}.`);
      throw err;
    }
    for (const entry of entries) {
      if (!entry) {
        events.push({ type: 'invalid', reason: 'site feed entry without guid/id or link' });
        continue;
      }
      const post = mapFeedEntry(entry, options.defaultAuthorName);
      events.push(typeof post === 'string' ? { type: 'invalid', reason: post } : { type: 'upsert', item: post });
    }
    return events;
  }

  return {
    async poll({ cursor, signal }): Promise<PollResult> {
      if (!http) return { events: [] };
      const state = feedCursor.parse(cursor) ?? {};
      const answer = await http.getText(feedPath, {
        signal,
        headers: {
          ...(state.etag ? { 'if-none-match': state.etag } : {}),
          ...(state.lastModified ? { 'if-modified-since': state.lastModified } : {}),
        },
      });
      if (answer.status === 304) return { events: [], budget: { feed: 'not modified' } };
      const etag = header(answer.headers, 'etag');
      const lastModified = header(answer.headers, 'last-modified');
      const events = feedEvents(answer.data);
      return {
        events,
        cursor: feedCursor.format({ etag, lastModified }),
        budget: { feed: 'read' },
      };
    },

    receive(request: InboundRequest): InboundResult {
      if (!options.webhookToken)
        return { ok: false, status: 403, error: 'This source takes no webhook: set webhookToken in its options.' };
      if (!bearerMatches(request.headers['authorization'], options.webhookToken))
        return { ok: false, status: 401, error: 'Missing or wrong Authorization: Bearer token.' };
      const size = Buffer.byteLength(JSON.stringify(request.body ?? null), 'utf8');
      if (size > MAX_INBOUND_BYTES)
        return {
          ok: false,
          status: 413,
          error: `Body too large (over ${MAX_INBOUND_BYTES / 1024} kB): send the reviews in parts.`,
        };
      const list = Array.isArray(request.body) ? request.body : [request.body];
      if (list.length === 0) return { ok: false, status: 422, error: '(body): an empty list of reviews' };
      if (list.length > MAX_REVIEWS_PER_REQUEST)
        return {
          ok: false,
          status: 413,
          error: `Too many reviews in one request (over ${MAX_REVIEWS_PER_REQUEST}): send them in parts.`,
        };
      // All or nothing: a request with one bad review is refused whole, so the site fixes it and resends.
      const events: SourceEvent[] = [];
      for (const [i, raw] of list.entries()) {
        const read = readSiteItem(raw, Array.isArray(request.body) ? `[${i}]` : '');
        if (!read.ok) return { ok: false, status: 422, error: read.error };
        events.push(...eventsOf(read.item, options.brandName));
      }
      return { ok: true, events };
    },
  };
}

export const siteReviewsConnector: ConnectorDefinition<SiteReviewsOptions> = {
  type: 'site-reviews',
  label: "The company site's reviews (webhook, feed)",
  networks: ['site'],
  optionsSchema: SiteReviewsOptionsSchema,
  // The webhook brings reviews at once; the feed (our own site) can be read every minute for free.
  defaultPollSeconds: 60,
  minPollSeconds: 10,
  defaultCachePolicy: { mode: 'persist' },
  create: createSiteDriver,
};
