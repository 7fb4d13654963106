// One emulated Mastodon instance over a shared MastodonWorld: its own local ids, the REST routes the
// connector uses (tag timeline, status, account lookup and statuses) with Link paging and
// X-RateLimit-* headers (reset as an ISO timestamp), the hashtag live stream (SSE with ":thump"
// heartbeats), and Mastodon's own error bodies ({"error":"…"}).
import type { Context } from 'hono';
import {
  createEmulatorApp,
  defaultSwitches,
  serveEmulator,
  type NetworkFaults,
  type RecordedRequest,
  type RunningEmulator,
} from '../kit/emulator.ts';
import type { MastodonWorld, WorldAccount, WorldChange, WorldStatus } from './mastodon-world.ts';

export interface MastodonInstanceSetup {
  /** The domain this instance calls itself (accounts of other domains are remote here). */
  domain: string;
  /** Position among the emulated instances: local ids differ per instance, as on the real fediverse. */
  index: number;
  /** Public timelines need a token here (401 without one). */
  requireToken?: boolean;
  /** Tokens this instance accepts. */
  tokens?: string[];
  /** Heartbeat comment period on live streams; 0 = none (a silent stream). */
  heartbeatMs?: number;
  rateLimit?: number;
}

export interface RateWindow {
  limit: number;
  remaining: number;
  resetAt: number;
}

export interface RunningMastodonInstance extends RunningEmulator {
  setup: MastodonInstanceSetup;
  rate: RateWindow;
  /** Streams currently open. */
  openStreams(): number;
  localId(status: WorldStatus): string;
}

const WINDOW_MS = 5 * 60_000;
const ID_BASE = 109_000_000_000_000_000n;

export async function startMastodonInstance(
  world: MastodonWorld,
  setup: MastodonInstanceSetup,
): Promise<RunningMastodonInstance> {
  const switches = defaultSwitches();
  const requests: RecordedRequest[] = [];
  const limit = setup.rateLimit ?? 300;
  const rate: RateWindow = { limit, remaining: limit, resetAt: Date.now() + WINDOW_MS };
  let streams = 0;

  const localId = (s: WorldStatus) => String(ID_BASE + BigInt(s.seq * 10 + setup.index));
  const accountId = (a: WorldAccount) => String(1000 + world.accounts.indexOf(a) * 10 + setup.index);
  const byLocalId = (id: string) => world.statuses.find((s) => localId(s) === id);

  const rateHeaders = (c: Context) => {
    c.header('X-RateLimit-Limit', String(rate.limit));
    c.header('X-RateLimit-Remaining', String(Math.max(0, rate.remaining)));
    c.header('X-RateLimit-Reset', new Date(rate.resetAt).toISOString());
  };

  const accountJson = (a: WorldAccount) => ({
    id: accountId(a),
    username: a.username,
    acct: a.domain === setup.domain ? a.username : `${a.username}@${a.domain}`,
    display_name: a.displayName,
    url: `https://${a.domain}/@${a.username}`,
    avatar: `https://${a.domain}/avatars/${a.username}.png`,
  });

  const statusJson = (s: WorldStatus): Record<string, unknown> => {
    const original = s.reblogOf ? world.find(s.reblogOf) : undefined;
    const parent = s.inReplyTo ? world.find(s.inReplyTo) : undefined;
    return {
      id: localId(s),
      created_at: s.createdAt,
      in_reply_to_id: parent ? localId(parent) : null,
      in_reply_to_account_id: parent ? accountId(parent.account) : null,
      sensitive: s.sensitive,
      spoiler_text: s.spoilerText,
      visibility: 'public',
      language: 'fr',
      uri: s.uri,
      url: s.reblogOf ? null : s.uri.replace(/\/users\/([^/]+)\/statuses\//, '/@$1/'),
      replies_count: s.repliesCount,
      reblogs_count: 0,
      favourites_count: 3,
      edited_at: s.editedAt ?? null,
      content: s.content,
      reblog: original ? statusJson(original) : null,
      account: accountJson(s.account),
      media_attachments: s.media.map((m, i) => ({
        id: `${localId(s)}${i}`,
        type: m.type,
        url: m.url,
        preview_url: m.url.replace(/(\.\w+)$/, '-small$1'),
        description: m.description ?? null,
        meta: { original: { width: 1200, height: 800 } },
      })),
      // A reply names the account it answers (Mastodon adds the mention), as `acct` relative to this instance.
      mentions:
        parent && parent.account !== s.account
          ? [(({ id, username, url, acct }) => ({ id, username, url, acct }))(accountJson(parent.account))]
          : [],
      tags: s.tags.map((name) => ({ name, url: `https://${setup.domain}/tags/${name}` })),
      emojis: [],
      card: null,
      poll: null,
    };
  };

  const faults: NetworkFaults = {
    rateLimited: (c) => {
      rateHeaders(c);
      c.header('X-RateLimit-Remaining', '0');
      return c.json({ error: 'Too many requests' }, 429);
    },
    expiredToken: (c) => c.json({ error: 'The access token is invalid' }, 401),
    serverError: (c) =>
      c.html("<html><body><h1>We're sorry, but something went wrong on our end.</h1></body></html>", 503),
  };
  const app = createEmulatorApp(switches, requests, faults);

  /** Token check: a wrong token is always refused; no token is refused where the instance requires one. */
  const refused = (c: Context): Response | undefined => {
    const auth = c.req.header('authorization');
    const token = auth?.replace(/^Bearer\s+/i, '') ?? c.req.query('access_token');
    if (token !== undefined && !(setup.tokens ?? []).includes(token))
      return c.json({ error: 'The access token is invalid' }, 401);
    if (token === undefined && setup.requireToken)
      return c.json({ error: 'This API requires an authenticated user' }, 401);
    return undefined;
  };

  app.use('/api/v1/*', async (c, next) => {
    if (c.req.path.startsWith('/api/v1/streaming')) return next();
    if (Date.now() >= rate.resetAt) {
      rate.remaining = rate.limit;
      rate.resetAt = Date.now() + WINDOW_MS;
    }
    rate.remaining -= 1;
    rateHeaders(c);
    if (rate.remaining < 0) return faults.rateLimited(c);
    return refused(c) ?? next();
  });

  /** Mastodon's paging: newest first; max_id / since_id / min_id (min_id: the oldest ones just after it). */
  const page = (c: Context, all: WorldStatus[], path: string) => {
    const q = c.req.query();
    const limit = Math.min(40, Math.max(1, Number(q['limit'] ?? 20)));
    const big = (v: string | undefined) => (v ? BigInt(v) : undefined);
    const [maxId, sinceId, minId] = [big(q['max_id']), big(q['since_id']), big(q['min_id'])];
    let list = all
      .filter((s) => !s.deleted)
      .map((s) => ({ s, id: BigInt(localId(s)) }))
      .filter(
        ({ id }) =>
          (maxId === undefined || id < maxId) &&
          (sinceId === undefined || id > sinceId) &&
          (minId === undefined || id > minId),
      )
      .sort((a, b) => (a.id < b.id ? 1 : -1));
    list = minId !== undefined ? list.slice(-limit) : list.slice(0, limit);
    const items: unknown[] = list.map(({ s }) => statusJson(s));
    if (switches.malformedItems && list[0]) {
      // Not a status the connector can read: no account, no uri.
      items.unshift({ id: String(list[0].id + 1n), created_at: 'yesterday', content: '<p>broken</p>' });
    }
    const base = new URL(c.req.url);
    if (list.length) {
      const link = (param: string, value: bigint) => `<${base.origin}${path}?limit=${limit}&${param}=${value}>`;
      c.header(
        'Link',
        `${link('max_id', list[list.length - 1]!.id)}; rel="next", ${link('min_id', list[0]!.id)}; rel="prev"`,
      );
    }
    return c.json(items);
  };

  app.get('/api/v1/timelines/tag/:tag', (c) => {
    const tag = c.req.param('tag').toLowerCase();
    return page(
      c,
      world.statuses.filter((s) => !s.reblogOf && s.tags.includes(tag)),
      `/api/v1/timelines/tag/${tag}`,
    );
  });

  app.get('/api/v1/statuses/:id', (c) => {
    const status = byLocalId(c.req.param('id'));
    if (!status || status.deleted) return c.json({ error: 'Record not found' }, 404);
    return c.json(statusJson(status));
  });

  // What the instance says of itself: its domain, which need not be the address it answers at.
  app.get('/api/v2/instance', (c) => c.json({ domain: setup.domain, title: setup.domain, version: '4.3.0' }));
  app.get('/api/v1/instance', (c) => c.json({ uri: setup.domain, title: setup.domain, version: '4.3.0' }));

  app.get('/api/v1/accounts/lookup', (c) => {
    const acct = (c.req.query('acct') ?? '').replace(/^@/, '').toLowerCase();
    const [user, domain = setup.domain] = acct.split('@');
    const account = world.accounts.find((a) => a.username.toLowerCase() === user && a.domain === domain);
    return account ? c.json(accountJson(account)) : c.json({ error: 'Record not found' }, 404);
  });

  app.get('/api/v1/accounts/:id/statuses', (c) => {
    const account = world.accounts.find((a) => accountId(a) === c.req.param('id'));
    if (!account) return c.json({ error: 'Record not found' }, 404);
    const excludeReblogs = c.req.query('exclude_reblogs') === 'true';
    return page(
      c,
      world.statuses.filter((s) => s.account === account && !(excludeReblogs && s.reblogOf)),
      `/api/v1/accounts/${accountId(account)}/statuses`,
    );
  });

  app.get('/api/v1/streaming/hashtag', (c) => {
    const auth = c.req.header('authorization')?.replace(/^Bearer\s+/i, '') ?? c.req.query('access_token');
    if (!auth || !(setup.tokens ?? []).includes(auth)) return c.json({ error: 'Missing access token' }, 401);
    const tag = (c.req.query('tag') ?? '').toLowerCase();
    const encoder = new TextEncoder();
    let stop = () => {};
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        streams++;
        const send = (text: string) => {
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            stop();
          }
        };
        send(':)\n');
        const unsubscribe = world.subscribe((change: WorldChange) => {
          const s = change.status;
          const subject = s.reblogOf ? world.find(s.reblogOf) : s;
          if (!subject?.tags.includes(tag) || s.reblogOf) return;
          if (change.kind === 'delete') send(`event: delete\ndata: ${localId(s)}\n\n`);
          else send(`event: ${change.kind}\ndata: ${JSON.stringify(statusJson(s))}\n\n`);
        });
        const beat =
          setup.heartbeatMs === 0 ? undefined : setInterval(() => send(':thump\n'), setup.heartbeatMs ?? 10_000);
        stop = () => {
          unsubscribe();
          if (beat) clearInterval(beat);
          streams = Math.max(0, streams - 1);
          stop = () => {};
        };
      },
      cancel() {
        stop();
      },
    });
    return new Response(body, { headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' } });
  });

  const running = await serveEmulator(app, switches, requests);
  return { ...running, setup, rate, openStreams: () => streams, localId };
}
