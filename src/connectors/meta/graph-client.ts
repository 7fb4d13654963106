// The Graph API client both Meta connectors share (graph.facebook.com): the pasted token in the
// Authorization header (never in a URL, so it cannot leak into a log line), Meta's error codes read from
// the body, its usage headers read on every answer, and edges paged through `paging.next`.
import { ConnectorError, type PollResult } from '../connector.ts';
import { HttpClient } from '../shared/http-client.ts';
import { rateLimitBudget, SLOW_DOWN_FROM_PERCENT, slowDownDelayMs } from '../shared/rate-limit.ts';
import { classifyGraphError } from './graph-api-error.ts';

export const DEFAULT_GRAPH_BASE_URL = 'https://graph.facebook.com/v23.0';

export interface GraphClientOptions {
  baseUrl: string;
  token: string;
  /** "Facebook" or "Instagram", for messages. */
  label: string;
  now: () => number;
}

export type GraphParams = Record<string, string | number | undefined>;

export interface EdgeListing {
  items: unknown[];
  /**
   * True when everything down to the stop condition (or the edge's end) was read: an item of that range
   * missing from `items` is not there. False when `maxPages` cut the reading short.
   */
  complete: boolean;
  /** True when the edge itself ended (no next page): `items` is all it holds. */
  exhausted: boolean;
}

export interface ListOptions {
  signal?: AbortSignal;
  maxPages: number;
  /** Stop paging once a page satisfies this (e.g. it reached the high-water mark). */
  stopAfter?: (page: unknown[]) => boolean;
}

interface Envelope {
  data?: unknown;
  paging?: { next?: unknown; cursors?: { after?: unknown } };
}

export class GraphClient {
  private readonly http: HttpClient;
  /** Requests sent, for the bench and the tests. */
  calls = 0;

  constructor(private readonly options: GraphClientOptions) {
    const http: HttpClient = new HttpClient({
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      networkLabel: options.label,
      headers: { authorization: `Bearer ${options.token}` },
      now: options.now,
      classify: (status, body) => {
        const retryAt = http.lastRateLimit.retryAt;
        return classifyGraphError(
          options.label,
          status,
          body,
          retryAt === undefined ? undefined : Math.max(0, retryAt - options.now()),
        );
      },
    });
    this.http = http;
  }

  /** One object or one page of an edge. */
  async get(path: string, params: GraphParams, signal?: AbortSignal): Promise<unknown> {
    this.calls++;
    const answer = await this.http.getJson<unknown>(path, { params, ...(signal ? { signal } : {}) });
    return answer.data;
  }

  /** Reads an edge page by page, following `paging.next` (its query, on our base URL: proxies keep working). */
  async list(path: string, params: GraphParams, options: ListOptions): Promise<EdgeListing> {
    const items: unknown[] = [];
    let query: GraphParams = params;
    for (let page = 0; page < options.maxPages; page++) {
      const body = (await this.get(path, query, options.signal)) as Envelope | undefined;
      if (!body || !Array.isArray(body.data))
        throw new GraphShapeError(
          `${this.options.label} sent a list without "data" for ${path.split('/').pop() ?? path}.`,
        );
      const data: unknown[] = body.data;
      items.push(...data);
      const next = nextQuery(body, query);
      if (!next || data.length === 0) return { items, complete: true, exhausted: true };
      if (options.stopAfter?.(data)) return { items, complete: true, exhausted: false };
      query = next;
    }
    return { items, complete: false, exhausted: false };
  }

  /**
   * How long to wait before the next poll (usage headers), the figures for the source's health, and, past
   * the usage where the wall slows down (75 %), the slowdown to say in the health.
   */
  usage(): Pick<PollResult, 'minDelayMs' | 'budget' | 'slowdown'> {
    const state = this.http.lastRateLimit;
    const slowed = state.usagePercent !== undefined && state.usagePercent >= SLOW_DOWN_FROM_PERCENT;
    return {
      minDelayMs: slowDownDelayMs(state, this.options.now()),
      budget: rateLimitBudget(state),
      ...(slowed ? { slowdown: { usagePercent: Math.round(state.usagePercent ?? 0) } } : {}),
    };
  }
}

/** The answer parsed but is not the shape of a Graph list. */
export class GraphShapeError extends ConnectorError {
  constructor(message: string) {
    super('invalid-response', message);
  }
}

/** The next page's query: `paging.next`'s parameters (without any token in it), else the `after` cursor. */
function nextQuery(body: Envelope, current: GraphParams): GraphParams | undefined {
  const next = body.paging?.next;
  if (typeof next === 'string' && next !== '') {
    try {
      const url = new URL(next);
      url.searchParams.delete('access_token');
      return Object.fromEntries(url.searchParams);
    } catch {
      // Fall through to the cursor.
    }
  }
  const after = body.paging?.cursors?.after;
  if (typeof after === 'string' && after !== '' && typeof next === 'string') return { ...current, after };
  return undefined;
}
