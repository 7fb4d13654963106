// Foursquare Places: the tips of the company's places, newest first, paged by the Link header down to the
// high-water mark; tips gone from the first page are deleted; the places' ratings go to the health view.
// Terms: pay-as-you-go customers may keep only place and photo ids, so the posts are kept in memory
// (defaultCachePolicy) and so is the window state — nothing about a tip reaches the disk, not even its
// id in a persisted cursor. A restart reads the newest page again.
import {
  ConnectorError,
  type ConnectorContext,
  type ConnectorDefinition,
  type PollResult,
  type SourceDriver,
  type SourceEvent,
} from '../connector.ts';
import { HttpClient } from '../shared/http-client.ts';
import { rateLimitBudget, slowDownDelayMs } from '../shared/rate-limit.ts';
import { epochMs } from '../shared/epoch.ts';
import { readNewestFirst, type WindowItem, type WindowState } from '../shared/newest-first-window.ts';
import { FoursquareOptionsSchema, type FoursquareOptions } from './foursquare-options.ts';
import { FoursquareTipSchema, PlaceDetailsSchema, TIP_FIELDS } from './foursquare-tip.ts';
import { parseLinkHeader } from '../shared/link-header.ts';
import { mapTip } from './map-tip.ts';

const PAGE_SIZE = 50;
const OVERLAP_MS = 10 * 60_000;
const API_VERSION = '2025-06-17';
export const FOURSQUARE_KEY_REFUSED = 'Foursquare: token expired — renew it in Settings (the service key was refused)';

function classifyFoursquare(status: number): ConnectorError | undefined {
  if (status === 401) return new ConnectorError('auth', FOURSQUARE_KEY_REFUSED);
  if (status === 402)
    return new ConnectorError(
      'config',
      'Foursquare: the project has no credit left (HTTP 402): add credit or a card in the developer console.',
    );
  return undefined;
}

function describe(raw: unknown): WindowItem | undefined {
  const tip = FoursquareTipSchema.safeParse(raw);
  if (!tip.success) return undefined;
  const t = epochMs(tip.data.created_at);
  return t === undefined ? undefined : { id: tip.data.fsq_tip_id, at: t };
}

function cursorParam(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url, 'https://places-api.foursquare.com').searchParams.get('cursor') ?? undefined;
  } catch {
    return undefined;
  }
}

function createFoursquareDriver(options: FoursquareOptions, context: ConnectorContext): SourceDriver {
  const http = new HttpClient({
    baseUrl: options.baseUrl,
    networkLabel: 'Foursquare',
    now: context.now,
    headers: {
      authorization: `Bearer ${options.serviceKey}`,
      'x-places-api-version': API_VERSION,
      accept: 'application/json',
    },
    classify: classifyFoursquare,
  });
  const windows = new Map<string, WindowState>();
  const ratingsReadAt = new Map<string, number>();
  const placeBudget: Record<string, number | string> = {};

  async function readRating(placeId: string, signal: AbortSignal): Promise<void> {
    const now = context.now();
    if (now - (ratingsReadAt.get(placeId) ?? Number.NEGATIVE_INFINITY) < options.ratingRefreshMinutes * 60_000) return;
    const data = (await http.getJson(`/places/${placeId}`, { params: { fields: 'rating,stats' }, signal })).data;
    ratingsReadAt.set(placeId, now);
    const details = PlaceDetailsSchema.safeParse(data ?? {});
    if (!details.success) return;
    // One place: plain names; several: suffixed by place id.
    const suffix = options.placeIds.length > 1 ? `:${placeId}` : '';
    if (typeof details.data.rating === 'number') placeBudget[`placeRating${suffix}`] = details.data.rating;
    if (typeof details.data.stats?.total_ratings === 'number')
      placeBudget[`placeRatings${suffix}`] = details.data.stats.total_ratings;
    if (typeof details.data.stats?.total_tips === 'number')
      placeBudget[`placeTips${suffix}`] = details.data.stats.total_tips;
  }

  return {
    async poll({ signal }): Promise<PollResult> {
      const events: SourceEvent[] = [];
      const fetchedAt = new Date(context.now()).toISOString();
      for (const placeId of options.placeIds) {
        const window = await readNewestFirst(windows.get(placeId), {
          pageSize: PAGE_SIZE,
          backfillPages: 1,
          maxPages: 5,
          overlapMs: OVERLAP_MS,
          describe,
          fetchPage: async (next) => {
            const answer = await http.getJson(`/places/${placeId}/tips`, {
              params: { limit: PAGE_SIZE, sort: 'NEWEST', fields: TIP_FIELDS, ...(next ? { cursor: next } : {}) },
              signal,
            });
            if (!Array.isArray(answer.data))
              throw new ConnectorError(
                'invalid-response',
                'Foursquare sent tips the wall cannot read (expected a list).',
              );
            const link = answer.headers['link'];
            const following = cursorParam(parseLinkHeader(typeof link === 'string' ? link : undefined)['next']);
            return { items: answer.data as unknown[], ...(following ? { next: following } : {}) };
          },
        });
        windows.set(placeId, window.state);
        for (const raw of window.items) {
          const tip = FoursquareTipSchema.safeParse(raw);
          if (tip.success)
            events.push({ type: 'upsert', item: mapTip(tip.data, { visitorName: options.visitorName, fetchedAt }) });
          else
            events.push({
              type: 'invalid',
              reason:
                `Foursquare tip unreadable: ${tip.error.issues[0]?.path.join('.') ?? ''} ${tip.error.issues[0]?.message ?? ''}`.trim(),
            });
        }
        for (const id of window.gone) events.push({ type: 'delete', key: `foursquare:${id}` });
        await readRating(placeId, signal);
      }
      // No cursor: the window stays in memory (see the terms above).
      return {
        events,
        minDelayMs: slowDownDelayMs(http.lastRateLimit, context.now()),
        budget: { ...rateLimitBudget(http.lastRateLimit), ...placeBudget },
      };
    },
  };
}

export const foursquareConnector: ConnectorDefinition<FoursquareOptions> = {
  type: 'foursquare',
  label: 'Foursquare Places (tips)',
  networks: ['foursquare'],
  optionsSchema: FoursquareOptionsSchema,
  // Tips are Premium (paid) calls and arrive slowly: every 5 minutes per place.
  defaultPollSeconds: 300,
  minPollSeconds: 60,
  defaultCachePolicy: { mode: 'memory' },
  create: createFoursquareDriver,
};
