// An emulated Bluesky (PDS + AppView behind one URL, as bsky.social proxies it): app-password sessions
// with rotating refresh tokens, searchPosts / getAuthorFeed / getPostThread / getPosts in the lexicon's
// shapes, ratelimit-* headers (reset in epoch seconds), and Bluesky's error bodies
// ({"error":"ExpiredToken","message":"…"} in an HTTP 400).
import type { Context } from 'hono';
import {
  createEmulatorApp,
  defaultSwitches,
  serveEmulator,
  type NetworkFaults,
  type RecordedRequest,
  type RunningEmulator,
} from '../kit/emulator.ts';

export interface BskyAccount {
  did: string;
  handle: string;
  displayName: string;
  /** App password, when this account can log in. */
  appPassword?: string;
}

export interface BskyPost {
  uri: string;
  author: BskyAccount;
  text: string;
  createdAt: string;
  reply?: { parent: string; root: string };
  images?: { alt: string }[];
  labels?: string[];
  deleted: boolean;
}

export interface BlueskyEmulator extends RunningEmulator {
  accounts: BskyAccount[];
  posts: BskyPost[];
  account(handle: string, appPassword?: string): BskyAccount;
  post(
    author: BskyAccount,
    text: string,
    extra?: { replyTo?: BskyPost; images?: { alt: string }[]; labels?: string[]; createdAt?: string },
  ): BskyPost;
  delete(post: BskyPost): void;
  /** Every access token issued so far stops working (they "expire"): calls answer 400 ExpiredToken. */
  expireAccessTokens(): void;
  /** Every refresh token is revoked (the user revoked the app password's sessions). */
  revokeRefreshTokens(): void;
  counts: { createSession: number; refreshSession: number };
  rate: { limit: number; remaining: number; resetAt: number };
  /** Delay refreshSession answers (to see concurrent callers overlap). */
  refreshDelayMs: number;
}

const WINDOW_MS = 5 * 60_000;
let rkeySeq = 0;

function rkey(): string {
  rkeySeq += 1;
  return `3l${(Date.now() * 1000 + rkeySeq).toString(36)}`;
}

export async function startBlueskyEmulator(): Promise<BlueskyEmulator> {
  const switches = defaultSwitches();
  const requests: RecordedRequest[] = [];
  const accounts: BskyAccount[] = [];
  const posts: BskyPost[] = [];
  const issuedAccess = new Set<string>();
  const validAccess = new Set<string>();
  const validRefresh = new Set<string>();
  const counts = { createSession: 0, refreshSession: 0 };
  const rate = { limit: 3000, remaining: 3000, resetAt: Date.now() + WINDOW_MS };
  let tokenSeq = 0;

  const rateHeaders = (c: Context) => {
    c.header('ratelimit-limit', String(rate.limit));
    c.header('ratelimit-remaining', String(Math.max(0, rate.remaining)));
    c.header('ratelimit-reset', String(Math.ceil(rate.resetAt / 1000)));
    c.header('ratelimit-policy', `${rate.limit};w=300`);
  };
  const faults: NetworkFaults = {
    rateLimited: (c) => {
      rateHeaders(c);
      c.header('ratelimit-remaining', '0');
      return c.json({ error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' }, 429);
    },
    expiredToken: (c) => c.json({ error: 'ExpiredToken', message: 'Token has expired' }, 400),
    serverError: (c) => c.json({ error: 'InternalServerError', message: 'Internal Server Error' }, 503),
  };
  const app = createEmulatorApp(switches, requests, faults);
  app.use('/xrpc/*', async (c, next) => {
    if (Date.now() >= rate.resetAt) Object.assign(rate, { remaining: rate.limit, resetAt: Date.now() + WINDOW_MS });
    rate.remaining -= 1;
    rateHeaders(c);
    if (rate.remaining < 0) return faults.rateLimited(c);
    await next();
  });

  const issue = (account: BskyAccount) => {
    tokenSeq += 1;
    const accessJwt = `eyJ.access-${tokenSeq}`;
    const refreshJwt = `eyJ.refresh-${tokenSeq}`;
    issuedAccess.add(accessJwt);
    validAccess.add(accessJwt);
    validRefresh.add(refreshJwt);
    return { did: account.did, handle: account.handle, accessJwt, refreshJwt, active: true };
  };
  const bearer = (c: Context) => c.req.header('authorization')?.replace(/^Bearer\s+/i, '');
  /** Data routes: a valid access token, else Bluesky's answers for an expired one or none. */
  const refused = (c: Context): Response | undefined => {
    const token = bearer(c);
    if (token && validAccess.has(token)) return undefined;
    if (token && issuedAccess.has(token)) return c.json({ error: 'ExpiredToken', message: 'Token has expired' }, 400);
    if (token) return c.json({ error: 'InvalidToken', message: 'Malformed token' }, 400);
    return c.json({ error: 'AuthenticationRequired', message: 'Authentication Required' }, 401);
  };

  const view = (p: BskyPost) => ({
    uri: p.uri,
    cid: `bafy${p.uri.length}`,
    author: {
      did: p.author.did,
      handle: p.author.handle,
      displayName: p.author.displayName,
      avatar: `https://cdn.bsky.app/img/avatar/plain/${p.author.did}/a@jpeg`,
      labels: [],
    },
    record: {
      $type: 'app.bsky.feed.post',
      text: p.text,
      createdAt: p.createdAt,
      langs: ['fr'],
      ...(p.reply
        ? { reply: { parent: { uri: p.reply.parent, cid: 'bafyp' }, root: { uri: p.reply.root, cid: 'bafyr' } } }
        : {}),
      facets: [...p.text.matchAll(/#(\w+)/g)].map((m) => ({
        index: { byteStart: m.index, byteEnd: m.index + m[0].length },
        features: [{ $type: 'app.bsky.richtext.facet#tag', tag: m[1] }],
      })),
    },
    ...(p.images?.length
      ? {
          embed: {
            $type: 'app.bsky.embed.images#view',
            images: p.images.map((img, i) => ({
              thumb: `https://cdn.bsky.app/img/feed_thumbnail/plain/${p.author.did}/${i}@jpeg`,
              fullsize: `https://cdn.bsky.app/img/feed_fullsize/plain/${p.author.did}/${i}@jpeg`,
              alt: img.alt,
              aspectRatio: { width: 1600, height: 1200 },
            })),
          },
        }
      : {}),
    replyCount: posts.filter((r) => !r.deleted && r.reply?.parent === p.uri).length,
    repostCount: 1,
    likeCount: 4,
    quoteCount: 0,
    indexedAt: p.createdAt,
    labels: (p.labels ?? []).map((val) => ({
      src: 'did:plc:ar7c4by46qjdydhdevvrndac',
      uri: p.uri,
      val,
      cts: p.createdAt,
    })),
  });

  /** Offset cursors, newest first. */
  const paged = (c: Context, list: BskyPost[], field: 'posts' | 'feed', max: number) => {
    const limit = Math.min(max, Math.max(1, Number(c.req.query('limit') ?? 25)));
    const offset = Number(c.req.query('cursor') ?? 0);
    const sorted = list.filter((p) => !p.deleted).sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
    const slice = sorted.slice(offset, offset + limit);
    const items: unknown[] = slice.map((p) => (field === 'feed' ? { post: view(p) } : view(p)));
    if (switches.malformedItems)
      items.unshift(
        field === 'feed'
          ? { post: { uri: 'at://broken' } }
          : { uri: 'at://did:plc:broken/app.bsky.feed.post/x', record: { text: 'no author' } },
      );
    return c.json({ [field]: items, ...(offset + limit < sorted.length ? { cursor: String(offset + limit) } : {}) });
  };

  app.post('/xrpc/com.atproto.server.createSession', async (c) => {
    counts.createSession += 1;
    const body = (await c.req.json().catch(() => ({}))) as { identifier?: string; password?: string };
    const account = accounts.find(
      (a) => a.handle === body.identifier && a.appPassword !== undefined && a.appPassword === body.password,
    );
    if (!account) return c.json({ error: 'AuthenticationRequired', message: 'Invalid identifier or password' }, 401);
    return c.json(issue(account));
  });

  app.post('/xrpc/com.atproto.server.refreshSession', async (c) => {
    counts.refreshSession += 1;
    if (emulator.refreshDelayMs > 0) await new Promise((r) => setTimeout(r, emulator.refreshDelayMs));
    const token = bearer(c);
    if (!token || !validRefresh.has(token))
      return c.json({ error: 'ExpiredToken', message: 'Token has been revoked' }, 400);
    // Rotation: the refresh token just used is dead from now on.
    validRefresh.delete(token);
    const account = accounts.find((a) => a.appPassword !== undefined) ?? accounts[0];
    if (!account) return c.json({ error: 'AccountNotFound', message: 'Account not found' }, 400);
    return c.json(issue(account));
  });

  app.get('/xrpc/app.bsky.feed.searchPosts', (c) => {
    const no = refused(c);
    if (no) return no;
    const words = (c.req.query('q') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const since = c.req.query('since');
    const found = posts.filter(
      (p) =>
        words.every((w) => p.text.toLowerCase().includes(w)) &&
        (!since || Date.parse(p.createdAt) >= Date.parse(since)),
    );
    return paged(c, found, 'posts', 100);
  });

  app.get('/xrpc/app.bsky.feed.getAuthorFeed', (c) => {
    const no = refused(c);
    if (no) return no;
    const actor = c.req.query('actor');
    const account = accounts.find((a) => a.handle === actor || a.did === actor);
    if (!account) return c.json({ error: 'InvalidRequest', message: 'Profile not found' }, 400);
    return paged(
      c,
      posts.filter((p) => p.author === account),
      'feed',
      100,
    );
  });

  app.get('/xrpc/app.bsky.feed.getPostThread', (c) => {
    const no = refused(c);
    if (no) return no;
    const post = posts.find((p) => p.uri === c.req.query('uri') && !p.deleted);
    if (!post) return c.json({ error: 'NotFound', message: `Post not found: ${c.req.query('uri')}` }, 400);
    const replies = posts.filter((r) => !r.deleted && r.reply?.parent === post.uri);
    return c.json({
      thread: {
        $type: 'app.bsky.feed.defs#threadViewPost',
        post: view(post),
        replies: replies.map((r) => ({ $type: 'app.bsky.feed.defs#threadViewPost', post: view(r), replies: [] })),
      },
    });
  });

  app.get('/xrpc/app.bsky.feed.getPosts', (c) => {
    const no = refused(c);
    if (no) return no;
    const uris = c.req.queries('uris') ?? [];
    if (uris.length > 25)
      return c.json({ error: 'InvalidRequest', message: 'uris must not have more than 25 elements' }, 400);
    return c.json({ posts: posts.filter((p) => uris.includes(p.uri) && !p.deleted).map(view) });
  });

  const running = await serveEmulator(app, switches, requests);
  const emulator: BlueskyEmulator = {
    ...running,
    accounts,
    posts,
    counts,
    rate,
    refreshDelayMs: 0,
    account(handle, appPassword) {
      const found = accounts.find((a) => a.handle === handle);
      if (found) return found;
      const account: BskyAccount = {
        did: `did:plc:${handle.replace(/[^a-z0-9]/g, '').slice(0, 24)}`,
        handle,
        displayName: handle.split('.')[0] ?? handle,
        ...(appPassword ? { appPassword } : {}),
      };
      accounts.push(account);
      return account;
    },
    post(author, text, extra = {}) {
      const post: BskyPost = {
        uri: `at://${author.did}/app.bsky.feed.post/${rkey()}`,
        author,
        text,
        createdAt: extra.createdAt ?? new Date().toISOString(),
        ...(extra.replyTo
          ? { reply: { parent: extra.replyTo.uri, root: extra.replyTo.reply?.root ?? extra.replyTo.uri } }
          : {}),
        ...(extra.images ? { images: extra.images } : {}),
        ...(extra.labels ? { labels: extra.labels } : {}),
        deleted: false,
      };
      posts.push(post);
      return post;
    },
    delete(post) {
      post.deleted = true;
    },
    expireAccessTokens() {
      validAccess.clear();
    },
    revokeRefreshTokens() {
      validRefresh.clear();
    },
  };
  return emulator;
}
