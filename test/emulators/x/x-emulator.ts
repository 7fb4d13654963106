// An emulated api.x.com (API v2): recent search, mentions, user timelines, post lookup, filtered-stream
// rules and the stream itself, with X's field names, since_id / next_token paging, x-rate-limit-* headers
// per endpoint and X's error bodies. Tests change its dataset and flip its switches.
import type { Context } from 'hono';
import {
  createEmulatorApp,
  defaultSwitches,
  serveEmulator,
  type NetworkFaults,
  type RecordedRequest,
  type RunningEmulator,
} from '../kit/emulator.ts';
import { XDataset, type EmuTweet } from './x-dataset.ts';
import { compileXQuery } from './x-query-match.ts';

export const X_EMULATOR_TOKEN = 'emulator-bearer-token-0123456789';

type Endpoint = 'search' | 'mentions' | 'tweets' | 'lookup' | 'rules' | 'stream';

/** X's published per-app limits per 15-minute window (app-only auth). */
const LIMITS: Record<Endpoint, number> = {
  search: 450,
  mentions: 450,
  tweets: 10_000,
  lookup: 3_500,
  rules: 450,
  stream: 50,
};
const WINDOW_MS = 15 * 60_000;

export interface RateWindow {
  limit: number;
  remaining: number;
  resetAt: number;
}

export interface StreamControl {
  /** Interval of the `\r\n` keep-alives (X: 20 s). */
  keepAliveMs: number;
  /** The connection stays open but sends nothing (a dead link): tests the client's supervision. */
  stalled: boolean;
  /** Connections opened so far. */
  connections: number;
  /** Connections open now (X allows one per app). */
  open: number;
}

export interface StreamRule {
  id: string;
  value: string;
  tag?: string;
}

export interface XEmulatorOptions {
  dataset?: XDataset;
  token?: string;
  port?: number;
  keepAliveMs?: number;
  now?: () => number;
}

export interface RunningXEmulator extends RunningEmulator {
  dataset: XDataset;
  windows: Map<Endpoint, RateWindow>;
  stream: StreamControl;
  rules: StreamRule[];
  /** Requests to one endpoint path prefix. */
  count(pathPrefix: string): number;
}

const problem = (title: string, status: number, detail = title, type = 'about:blank') => ({
  title,
  detail,
  type,
  status,
});

function encodeToken(id: string): string {
  return Buffer.from(`before:${id}`).toString('base64url');
}
function decodeToken(token: string | undefined): string | undefined {
  if (!token) return undefined;
  const text = Buffer.from(token, 'base64url').toString();
  return text.startsWith('before:') ? text.slice(7) : undefined;
}
function cmp(a: string, b: string): number {
  return a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0;
}

export async function startXEmulator(options: XEmulatorOptions = {}): Promise<RunningXEmulator> {
  const now = options.now ?? Date.now;
  const dataset = options.dataset ?? new XDataset(now);
  const token = options.token ?? X_EMULATOR_TOKEN;
  const switches = defaultSwitches();
  const requests: RecordedRequest[] = [];
  const windows = new Map<Endpoint, RateWindow>();
  const stream: StreamControl = { keepAliveMs: options.keepAliveMs ?? 20_000, stalled: false, connections: 0, open: 0 };
  const rules: StreamRule[] = [];
  let ruleSeq = 1_900_000_000_000_000_000n;

  function window(endpoint: Endpoint): RateWindow {
    let w = windows.get(endpoint);
    if (!w || w.resetAt <= now()) {
      w = { limit: LIMITS[endpoint], remaining: LIMITS[endpoint], resetAt: now() + WINDOW_MS };
      windows.set(endpoint, w);
    }
    return w;
  }
  function rateHeaders(w: RateWindow): Record<string, string> {
    return {
      'x-rate-limit-limit': String(w.limit),
      'x-rate-limit-remaining': String(Math.max(0, w.remaining)),
      'x-rate-limit-reset': String(Math.ceil(w.resetAt / 1000)),
    };
  }
  function endpointOf(path: string): Endpoint {
    if (path.startsWith('/2/tweets/search/recent')) return 'search';
    if (path.startsWith('/2/tweets/search/stream/rules')) return 'rules';
    if (path.startsWith('/2/tweets/search/stream')) return 'stream';
    if (path.endsWith('/mentions')) return 'mentions';
    if (path.endsWith('/tweets') && path.startsWith('/2/users/')) return 'tweets';
    return 'lookup';
  }
  /** A JSON answer with the endpoint's rate-limit headers; a spent window answers 429, as X does. */
  function answer(c: Context, endpoint: Endpoint, body: unknown, status = 200): Response {
    const w = window(endpoint);
    if (w.remaining <= 0) return c.json(problem('Too Many Requests', 429), 429, rateHeaders(w));
    w.remaining--;
    return c.json(body, status as 200, rateHeaders(w));
  }

  const faults: NetworkFaults = {
    rateLimited: (c) => {
      const w = window(endpointOf(new URL(c.req.url).pathname));
      return c.json(problem('Too Many Requests', 429), 429, { ...rateHeaders(w), 'x-rate-limit-remaining': '0' });
    },
    expiredToken: (c) => c.json(problem('Unauthorized', 401), 401),
    serverError: (c) => c.json(problem('Service Unavailable', 503), 503),
  };
  const app = createEmulatorApp(switches, requests, faults);

  // App-only auth: the Bearer token must be the app's.
  app.use('/2/*', async (c, next) => {
    if (c.req.header('authorization') !== `Bearer ${token}`) return c.json(problem('Unauthorized', 401), 401);
    await next();
  });

  function includesFor(tweets: EmuTweet[]) {
    const users = [...new Set(tweets.map((t) => t.author_id))].flatMap((id) => {
      const u = dataset.users.get(id);
      return u ? [u] : [];
    });
    const media = tweets
      .flatMap((t) => t.attachments?.media_keys ?? [])
      .flatMap((k) => {
        const m = dataset.media.get(k);
        return m ? [m] : [];
      });
    return { ...(users.length ? { users } : {}), ...(media.length ? { media } : {}) };
  }

  /** A page of `pool` (newest first) after since_id and before the pagination token. */
  function timeline(
    c: Context,
    endpoint: Endpoint,
    pool: EmuTweet[],
    tokenParam: 'next_token' | 'pagination_token',
    minResults: number,
  ): Response {
    const max = Number(c.req.query('max_results') ?? '10');
    if (!Number.isInteger(max) || max < minResults || max > 100) {
      return answer(
        c,
        endpoint,
        {
          errors: [
            {
              parameters: { max_results: [String(max)] },
              message: `The \`max_results\` query parameter value [${max}] is not between ${minResults} and 100`,
            },
          ],
          title: 'Invalid Request',
          detail: 'One or more parameters to your request was invalid.',
          type: 'https://api.twitter.com/2/problems/invalid-request',
        },
        400,
      );
    }
    const sinceId = c.req.query('since_id');
    const before = decodeToken(c.req.query(tokenParam));
    const weekAgo = now() - 7 * 24 * 3_600_000;
    const eligible = pool
      .filter((t) => Date.parse(t.created_at) >= weekAgo)
      .filter((t) => !sinceId || cmp(t.id, sinceId) > 0)
      .filter((t) => !before || cmp(t.id, before) < 0)
      .sort((a, b) => cmp(b.id, a.id));
    const page = eligible.slice(0, max);
    const data: unknown[] = page.map((t) => ({ ...t }));
    if (switches.malformedItems && data.length > 0)
      data.splice(1, 0, { id: '1899999999999999999', text: 'no author, no date' });
    const last = page.at(-1);
    const meta = page.length
      ? {
          newest_id: page[0]?.id,
          oldest_id: last?.id,
          result_count: page.length,
          ...(eligible.length > max && last ? { next_token: encodeToken(last.id) } : {}),
        }
      : { result_count: 0 };
    return answer(c, endpoint, { ...(page.length ? { data, includes: includesFor(page) } : {}), meta });
  }

  app.get('/2/tweets/search/recent', (c) => {
    const query = c.req.query('query');
    if (!query)
      return answer(c, 'search', problem('Invalid Request', 400, 'The `query` query parameter can not be empty'), 400);
    const match = compileXQuery(query);
    return timeline(c, 'search', dataset.live().filter(match), 'next_token', 10);
  });
  app.get('/2/users/:id/mentions', (c) => {
    const user = dataset.users.get(c.req.param('id'));
    if (!user)
      return answer(c, 'mentions', {
        errors: [
          {
            value: c.req.param('id'),
            detail: `Could not find user with id: [${c.req.param('id')}].`,
            title: 'Not Found Error',
            resource_type: 'user',
            parameter: 'id',
            resource_id: c.req.param('id'),
            type: 'https://api.twitter.com/2/problems/resource-not-found',
          },
        ],
      });
    const pool = dataset
      .live()
      .filter((t) =>
        (t.entities?.mentions ?? []).some((m) => m.username.toLowerCase() === user.username.toLowerCase()),
      );
    return timeline(c, 'mentions', pool, 'pagination_token', 5);
  });
  app.get('/2/users/:id/tweets', (c) => {
    const id = c.req.param('id');
    const noRetweets = (c.req.query('exclude') ?? '').includes('retweets');
    const pool = dataset
      .live()
      .filter((t) => t.author_id === id && !(noRetweets && t.referenced_tweets?.some((r) => r.type === 'retweeted')));
    return timeline(c, 'tweets', pool, 'pagination_token', 5);
  });
  app.get('/2/tweets', (c) => {
    const ids = (c.req.query('ids') ?? '').split(',').filter(Boolean);
    if (ids.length === 0 || ids.length > 100)
      return answer(c, 'lookup', problem('Invalid Request', 400, 'ids must hold 1 to 100 ids'), 400);
    const found = ids.flatMap((id) => {
      const t = dataset.tweets.get(id);
      return t && !dataset.deleted.has(id) ? [t] : [];
    });
    const errors = ids
      .filter((id) => !found.some((t) => t.id === id))
      .map((id) => ({
        value: id,
        detail: `Could not find tweet with ids: [${id}].`,
        title: 'Not Found Error',
        resource_type: 'tweet',
        parameter: 'ids',
        resource_id: id,
        type: 'https://api.twitter.com/2/problems/resource-not-found',
      }));
    return answer(c, 'lookup', {
      ...(found.length ? { data: found, includes: includesFor(found) } : {}),
      ...(errors.length ? { errors } : {}),
    });
  });

  app.get('/2/tweets/search/stream/rules', (c) =>
    answer(c, 'rules', {
      ...(rules.length ? { data: rules } : {}),
      meta: { sent: new Date(now()).toISOString(), result_count: rules.length },
    }),
  );
  app.post('/2/tweets/search/stream/rules', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as {
      add?: { value: string; tag?: string }[];
      delete?: { ids?: string[] };
    };
    const sent = new Date(now()).toISOString();
    if (body.delete?.ids) {
      const before = rules.length;
      for (const id of body.delete.ids) {
        const i = rules.findIndex((r) => r.id === id);
        if (i >= 0) rules.splice(i, 1);
      }
      return answer(c, 'rules', {
        meta: {
          sent,
          summary: { deleted: before - rules.length, not_deleted: body.delete.ids.length - (before - rules.length) },
        },
      });
    }
    const created = (body.add ?? []).map((r) => {
      ruleSeq += 1n;
      const rule = { id: ruleSeq.toString(), value: r.value, ...(r.tag ? { tag: r.tag } : {}) };
      rules.push(rule);
      return rule;
    });
    return answer(
      c,
      'rules',
      {
        data: created,
        meta: { sent, summary: { created: created.length, not_created: 0, valid: created.length, invalid: 0 } },
      },
      201,
    );
  });

  app.get('/2/tweets/search/stream', (c) => {
    const w = window('stream');
    if (stream.open >= 1) {
      return c.json(
        {
          title: 'ConnectionException',
          detail: 'This stream is currently at the maximum allowed connection limit.',
          connection_issue: 'TooManyConnections',
          type: 'https://api.twitter.com/2/problems/streaming-connection',
        },
        429,
        rateHeaders(w),
      );
    }
    w.remaining--;
    stream.connections++;
    stream.open++;
    const encoder = new TextEncoder();
    let stop = () => {};
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        const send = (text: string) => {
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            stop();
          }
        };
        const keepAlive = setInterval(() => {
          if (!stream.stalled) send('\r\n');
        }, stream.keepAliveMs);
        const unsubscribe = dataset.onPost((tweet) => {
          if (stream.stalled) return;
          const matching = rules
            .filter((r) => compileXQuery(r.value)(tweet))
            .map((r) => ({ id: r.id, tag: r.tag ?? '' }));
          if (matching.length)
            send(`${JSON.stringify({ data: tweet, includes: includesFor([tweet]), matching_rules: matching })}\r\n`);
        });
        let stopped = false;
        stop = () => {
          if (stopped) return;
          stopped = true;
          clearInterval(keepAlive);
          unsubscribe();
          stream.open--;
        };
      },
      cancel() {
        stop();
      },
    });
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json', ...rateHeaders(w) } });
  });

  const running = await serveEmulator(app, switches, requests, options.port ?? 0);
  return {
    ...running,
    dataset,
    windows,
    stream,
    rules,
    count: (prefix) => requests.filter((r) => r.path.startsWith(prefix)).length,
  };
}
