// Trustpilot: the business unit's reviews newest first (100 a page, "next-page" links) down to the
// high-water mark, the company's replies threaded under them, reviews gone from the first page deleted.
// The business unit id is looked up once from its domain name and kept in the cursor.
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
import { mapTrustpilotReview } from './map-trustpilot-review.ts';
import { TrustpilotOptionsSchema, type TrustpilotOptions } from './trustpilot-options.ts';
import { TrustpilotBusinessUnitSchema, TrustpilotPageSchema, TrustpilotReviewSchema } from './trustpilot-review.ts';

const PAGE_SIZE = 100;
const OVERLAP_MS = 10 * 60_000;
export const TRUSTPILOT_KEY_REFUSED = 'Trustpilot: token expired — renew it in Settings (the API key was refused)';

/** Trustpilot answers errors Apigee-style: {"fault":{"faultstring":…,"detail":{"errorcode":…}}}. */
function classifyTrustpilot(status: number, body: unknown): ConnectorError | undefined {
  const fault =
    typeof body === 'object' && body !== null
      ? (body as { fault?: { detail?: { errorcode?: unknown } } }).fault
      : undefined;
  const code = typeof fault?.detail?.errorcode === 'string' ? fault.detail.errorcode : '';
  if (status === 401 || /InvalidApiKey|invalid_access_token|ApiKeyNotApproved/i.test(code))
    return new ConnectorError('auth', TRUSTPILOT_KEY_REFUSED);
  return undefined;
}

function describe(raw: unknown): WindowItem | undefined {
  const parsed = TrustpilotReviewSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const t = epochMs(parsed.data.createdAt);
  return t === undefined
    ? undefined
    : { id: parsed.data.id, at: t, ...(parsed.data.companyReply ? { reply: true } : {}) };
}

/** The page number of a "next-page" link: followed on our own base URL, so proxies and emulators keep working. */
function nextPage(links: { href: string; rel: string }[]): string | undefined {
  const href = links.find((l) => l.rel === 'next-page')?.href;
  if (!href) return undefined;
  try {
    return new URL(href, 'https://api.trustpilot.com').searchParams.get('page') ?? undefined;
  } catch {
    return undefined;
  }
}

function createTrustpilotDriver(options: TrustpilotOptions, context: ConnectorContext): SourceDriver {
  const http = new HttpClient({
    baseUrl: options.baseUrl,
    networkLabel: 'Trustpilot',
    now: context.now,
    headers: { apikey: options.apiKey },
    classify: classifyTrustpilot,
  });

  async function businessUnit(known: string | undefined, signal: AbortSignal): Promise<string> {
    if (options.businessUnitId) return options.businessUnitId;
    if (known) return known;
    const name = options.businessName ?? '';
    let data: unknown;
    try {
      data = (await http.getJson('/v1/business-units/find', { params: { name }, signal })).data;
    } catch (err) {
      if (err instanceof ConnectorError && err.kind === 'config')
        throw new ConnectorError(
          'config',
          `Trustpilot knows no business named "${name}": check businessName (the domain shown on its Trustpilot page).`,
        );
      throw err;
    }
    const unit = TrustpilotBusinessUnitSchema.safeParse(data);
    if (!unit.success)
      throw new ConnectorError('invalid-response', 'Trustpilot sent a business unit the wall cannot read.');
    return unit.data.id;
  }

  return {
    async poll({ cursor, signal }): Promise<PollResult> {
      const state = parseWindowCursor(cursor);
      // The looked-up id is kept with the name it was found for: a renamed option looks it up again.
      const knownUnit = state?.businessUnitName === options.businessName ? state?.businessUnitId : undefined;
      const unitId = await businessUnit(knownUnit, signal);
      const window = await readNewestFirst(state, {
        pageSize: PAGE_SIZE,
        backfillPages: options.backfillPages,
        maxPages: 10,
        overlapMs: OVERLAP_MS,
        describe,
        fetchPage: async (page) => {
          const data = (
            await http.getJson(`/v1/business-units/${encodeURIComponent(unitId)}/reviews`, {
              params: { orderBy: 'createdat.desc', perPage: PAGE_SIZE, ...(page ? { page } : {}) },
              signal,
            })
          ).data;
          const parsed = TrustpilotPageSchema.safeParse(data ?? {});
          if (!parsed.success)
            throw new ConnectorError('invalid-response', 'Trustpilot sent a reviews page the wall cannot read.');
          const next = nextPage(parsed.data.links);
          return { items: parsed.data.reviews, ...(next ? { next } : {}) };
        },
      });
      const fetchedAt = new Date(context.now()).toISOString();
      const events: SourceEvent[] = [];
      for (const raw of window.items) {
        const review = TrustpilotReviewSchema.safeParse(raw);
        if (!review.success) {
          const issue = review.error.issues[0];
          events.push({
            type: 'invalid',
            reason: `Trustpilot review unreadable: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
          });
          continue;
        }
        // Reviews Trustpilot took down (reported, under investigation) leave the wall.
        if (review.data.status && review.data.status !== 'active') {
          events.push(
            { type: 'delete', key: `trustpilot:${review.data.id}` },
            { type: 'delete', key: replyKey('trustpilot', review.data.id) },
          );
          continue;
        }
        for (const item of mapTrustpilotReview(review.data, {
          businessUnitId: unitId,
          brandName: options.brandName,
          fetchedAt,
        }))
          events.push({ type: 'upsert', item });
      }
      for (const id of window.gone)
        events.push({ type: 'delete', key: `trustpilot:${id}` }, { type: 'delete', key: replyKey('trustpilot', id) });
      for (const id of window.repliesGone) events.push({ type: 'delete', key: replyKey('trustpilot', id) });
      const unit = options.businessUnitId
        ? {}
        : { businessUnitId: unitId, businessUnitName: options.businessName ?? '' };
      return {
        events,
        cursor: formatWindowCursor(window.state, unit),
        minDelayMs: slowDownDelayMs(http.lastRateLimit, context.now()),
        budget: rateLimitBudget(http.lastRateLimit),
      };
    },
  };
}

export const trustpilotConnector: ConnectorDefinition<TrustpilotOptions> = {
  type: 'trustpilot',
  label: 'Trustpilot reviews',
  networks: ['trustpilot'],
  optionsSchema: TrustpilotOptionsSchema,
  // 833 calls / 5 min are allowed; one call every two minutes is plenty for reviews.
  defaultPollSeconds: 120,
  minPollSeconds: 5,
  defaultCachePolicy: { mode: 'persist' },
  create: createTrustpilotDriver,
};
