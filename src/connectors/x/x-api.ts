// The X API v2 calls the connector makes, with the fields and expansions the wall shows. Each endpoint
// has its own rate-limit window: the last state of each is kept, and the tightest sets the pace.
import { ConnectorError } from '../connector.ts';
import { HttpClient } from '../shared/http-client.ts';
import type { RateLimitState } from '../shared/rate-limit.ts';
import { classifyXError } from './x-errors.ts';
import { XPageSchema, XRulesSchema, type XPage, type XRules } from './x-payload.ts';

export const X_TWEET_FIELDS =
  'created_at,lang,public_metrics,conversation_id,referenced_tweets,entities,edit_history_tweet_ids,author_id,attachments,possibly_sensitive';
export const X_EXPANSIONS = 'author_id,attachments.media_keys';
export const X_USER_FIELDS = 'username,name,profile_image_url';
export const X_MEDIA_FIELDS = 'url,preview_image_url,alt_text,width,height,type';

export const FIELD_PARAMS = {
  'tweet.fields': X_TWEET_FIELDS,
  expansions: X_EXPANSIONS,
  'user.fields': X_USER_FIELDS,
  'media.fields': X_MEDIA_FIELDS,
} as const;

export type XEndpoint = 'search' | 'mentions' | 'own' | 'lookup' | 'rules';

export interface TimelineRequest {
  sinceId?: string | undefined;
  paginationToken?: string | undefined;
  maxResults: number;
  signal: AbortSignal;
}

export class XApi {
  private readonly http: HttpClient;
  readonly rateLimits = new Map<XEndpoint, RateLimitState>();

  constructor(baseUrl: string, bearerToken: string, now: () => number) {
    this.http = new HttpClient({
      baseUrl,
      networkLabel: 'X',
      headers: { authorization: `Bearer ${bearerToken}` },
      now,
      classify: classifyXError,
    });
  }

  private async page(
    endpoint: XEndpoint,
    path: string,
    params: Record<string, string | number | undefined>,
    signal: AbortSignal,
  ): Promise<XPage> {
    try {
      const answer = await this.http.getJson(path, { params: { ...FIELD_PARAMS, ...params }, signal });
      this.rateLimits.set(endpoint, answer.rateLimit);
      const page = XPageSchema.safeParse(answer.data ?? {});
      if (!page.success)
        throw new ConnectorError('invalid-response', `X sent a page the wall cannot read (${endpoint}).`);
      return page.data;
    } catch (err) {
      this.rateLimits.set(endpoint, this.http.lastRateLimit);
      throw err;
    }
  }

  search(query: string, req: TimelineRequest): Promise<XPage> {
    return this.page(
      'search',
      '/2/tweets/search/recent',
      {
        query,
        since_id: req.sinceId,
        next_token: req.paginationToken,
        max_results: Math.min(100, Math.max(10, req.maxResults)),
      },
      req.signal,
    );
  }

  mentions(userId: string, req: TimelineRequest): Promise<XPage> {
    return this.page(
      'mentions',
      `/2/users/${userId}/mentions`,
      {
        since_id: req.sinceId,
        pagination_token: req.paginationToken,
        max_results: Math.min(100, Math.max(5, req.maxResults)),
      },
      req.signal,
    );
  }

  ownPosts(userId: string, req: TimelineRequest): Promise<XPage> {
    return this.page(
      'own',
      `/2/users/${userId}/tweets`,
      {
        since_id: req.sinceId,
        pagination_token: req.paginationToken,
        max_results: Math.min(100, Math.max(5, req.maxResults)),
        exclude: 'retweets',
      },
      req.signal,
    );
  }

  /** Up to 100 ids; the gone ones come back in `errors` (resource-not-found). */
  lookup(ids: readonly string[], signal: AbortSignal): Promise<XPage> {
    return this.page('lookup', '/2/tweets', { ids: ids.slice(0, 100).join(',') }, signal);
  }

  async rules(signal: AbortSignal): Promise<XRules> {
    const answer = await this.http.getJson('/2/tweets/search/stream/rules', { signal });
    this.rateLimits.set('rules', answer.rateLimit);
    const parsed = XRulesSchema.safeParse(answer.data ?? {});
    if (!parsed.success) throw new ConnectorError('invalid-response', 'X sent a rules answer the wall cannot read.');
    return parsed.data;
  }

  async changeRules(
    body: { add?: { value: string; tag: string }[]; delete?: { ids: string[] } },
    signal: AbortSignal,
  ): Promise<XRules> {
    const answer = await this.http.postJson('/2/tweets/search/stream/rules', body, { signal });
    this.rateLimits.set('rules', answer.rateLimit);
    const parsed = XRulesSchema.safeParse(answer.data ?? {});
    if (!parsed.success) throw new ConnectorError('invalid-response', 'X sent a rules answer the wall cannot read.');
    return parsed.data;
  }
}
