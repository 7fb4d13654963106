// Google Business Profile reviews: the location's reviews newest-updated first (so an edit comes back to
// the top), paged with nextPageToken down to the high-water mark, the brand's replies threaded under
// them, reviews gone from the recent window deleted. The OAuth token is renewed as it expires.
import {
  ConnectorError,
  type ConnectorContext,
  type ConnectorDefinition,
  type PollResult,
  type SourceDriver,
  type SourceEvent,
} from '../../connector.ts';
import { HttpClient } from '../../shared/http-client.ts';
import { rateLimitBudget, slowDownDelayMs } from '../../shared/rate-limit.ts';
import { replyKey } from '../shared/brand-reply.ts';
import { epochMs } from '../../shared/epoch.ts';
import { readNewestFirst, type WindowItem } from '../../shared/newest-first-window.ts';
import { formatWindowCursor, parseWindowCursor } from '../shared/window-cursor.ts';
import { GOOGLE_TOKEN_EXPIRED, GoogleAccessToken } from './google-access-token.ts';
import { GoogleReviewsOptionsSchema, type GoogleReviewsOptions } from './google-options.ts';
import { GoogleReviewSchema, GoogleReviewsPageSchema } from './google-review.ts';
import { savedGoogleToken } from './google-saved-token.ts';
import { mapGoogleReview } from './map-google-review.ts';

const PAGE_SIZE = 50;
const OVERLAP_MS = 10 * 60_000;

/** Google's error body: {"error":{"code":401,"status":"UNAUTHENTICATED","message":…}}. */
function classifyGoogle(
  status: number,
  body: unknown,
  retryAtMs: number | undefined,
  nowMs: number,
): ConnectorError | undefined {
  // The quota is per minute and Google rarely says when to come back: a minute, unless it does.
  if (status === 429)
    return new ConnectorError(
      'rate-limit',
      'Google Business Profile asked us to slow down (HTTP 429, quota per minute).',
      retryAtMs !== undefined ? Math.max(0, retryAtMs - nowMs) : 60_000,
    );
  const error =
    typeof body === 'object' && body !== null ? (body as { error?: { status?: unknown } }).error : undefined;
  const code = typeof error?.status === 'string' ? error.status : undefined;
  if (status === 401 || code === 'UNAUTHENTICATED') return new ConnectorError('auth', GOOGLE_TOKEN_EXPIRED);
  if (status === 403 || code === 'PERMISSION_DENIED')
    return new ConnectorError(
      'config',
      'Google refused access to this location (PERMISSION_DENIED): the signed-in account must manage it, with the Business Profile API enabled.',
    );
  return undefined;
}

function describe(raw: unknown): WindowItem | undefined {
  const parsed = GoogleReviewSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const t = epochMs(parsed.data.updateTime);
  return t === undefined
    ? undefined
    : { id: parsed.data.reviewId, at: t, ...(parsed.data.reviewReply ? { reply: true } : {}) };
}

function createGoogleDriver(options: GoogleReviewsOptions, context: ConnectorContext): SourceDriver {
  const http: HttpClient = new HttpClient({
    baseUrl: options.baseUrl,
    networkLabel: 'Google Business Profile',
    now: context.now,
    classify: (status, body) => classifyGoogle(status, body, http.lastRateLimit.retryAt, context.now()),
  });
  const saved = savedGoogleToken(context.vault, options);
  const token = new GoogleAccessToken({
    ...options,
    now: context.now,
    restored: saved.read(),
    onRenewed: (renewed) => saved.save(renewed),
  });
  const path = `/v4/accounts/${options.accountId}/locations/${options.locationId}/reviews`;
  let budget: Record<string, number | string> = {};

  /** One authorised GET; a refused token is renewed once and the call repeated. */
  async function get(params: Record<string, string | number>, signal: AbortSignal): Promise<unknown> {
    const used = await token.current();
    try {
      return (await http.getJson(path, { params, signal, headers: { authorization: `Bearer ${used}` } })).data;
    } catch (err) {
      if (!(err instanceof ConnectorError) || err.kind !== 'auth' || !token.canRenew) throw err;
      const renewed = await token.renew(used);
      return (await http.getJson(path, { params, signal, headers: { authorization: `Bearer ${renewed}` } })).data;
    }
  }

  return {
    async poll({ cursor, signal }): Promise<PollResult> {
      const state = parseWindowCursor(cursor);
      const window = await readNewestFirst(state, {
        pageSize: PAGE_SIZE,
        backfillPages: options.backfillPages,
        maxPages: 20,
        overlapMs: OVERLAP_MS,
        describe,
        fetchPage: async (next) => {
          const data = await get(
            { pageSize: PAGE_SIZE, orderBy: 'updateTime desc', ...(next ? { pageToken: next } : {}) },
            signal,
          );
          const page = GoogleReviewsPageSchema.safeParse(data ?? {});
          if (!page.success)
            throw new ConnectorError(
              'invalid-response',
              'Google Business Profile sent a reviews page the wall cannot read.',
            );
          if (page.data.averageRating !== undefined) budget = { ...budget, averageRating: page.data.averageRating };
          if (page.data.totalReviewCount !== undefined)
            budget = { ...budget, totalReviewCount: page.data.totalReviewCount };
          return { items: page.data.reviews, ...(page.data.nextPageToken ? { next: page.data.nextPageToken } : {}) };
        },
      });
      const events: SourceEvent[] = [];
      for (const raw of window.items) {
        const review = GoogleReviewSchema.safeParse(raw);
        if (!review.success) {
          events.push({
            type: 'invalid',
            reason:
              `Google review unreadable: ${review.error.issues[0]?.path.join('.') ?? ''} ${review.error.issues[0]?.message ?? ''}`.trim(),
          });
          continue;
        }
        for (const item of mapGoogleReview(review.data, {
          locationId: options.locationId,
          brandName: options.brandName,
        }))
          events.push({ type: 'upsert', item });
      }
      for (const id of window.gone)
        events.push({ type: 'delete', key: `google:${id}` }, { type: 'delete', key: replyKey('google', id) });
      for (const id of window.repliesGone) events.push({ type: 'delete', key: replyKey('google', id) });
      const now = context.now();
      return {
        events,
        cursor: formatWindowCursor(window.state),
        minDelayMs: slowDownDelayMs(http.lastRateLimit, now),
        budget: { ...rateLimitBudget(http.lastRateLimit), ...budget, tokenRenewals: token.renewals },
      };
    },
  };
}

export const googleReviewsConnector: ConnectorDefinition<GoogleReviewsOptions> = {
  type: 'google-reviews',
  label: 'Google Business Profile reviews',
  networks: ['google'],
  optionsSchema: GoogleReviewsOptionsSchema,
  // 300 requests/min are allowed; reviews come in at a human pace, so two minutes shows them soon enough.
  defaultPollSeconds: 120,
  minPollSeconds: 10,
  defaultCachePolicy: { mode: 'persist' },
  create: createGoogleDriver,
};
