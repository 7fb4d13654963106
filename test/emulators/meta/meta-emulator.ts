// An emulator of Meta's Graph API (graph.facebook.com) for the Facebook Page and Instagram connectors:
// the real paths, field names, "+0000" timestamps, `paging.cursors` / `paging.next`, the usage headers
// (X-App-Usage, X-Business-Use-Case-Usage) and the error bodies (190 in a 400, throttle code 4, 100/33
// for an unknown or deleted id), over a dataset the tests change.
import type { Context } from 'hono';
import {
  createEmulatorApp,
  defaultSwitches,
  serveEmulator,
  type EmulatorSwitches,
  type NetworkFaults,
  type RecordedRequest,
  type RunningEmulator,
} from '../kit/emulator.ts';
import { MetaDataset, type FbComment, type FbPost, type IgComment, type IgMedia } from './meta-dataset.ts';

export interface RunningMetaEmulator extends RunningEmulator {
  data: MetaDataset;
}

const HASHTAG_LIMIT = 30;
const WEEK_MS = 7 * 24 * 3600_000;

export function graphTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+0000');
}

function graphError(c: Context, status: 400 | 403 | 404 | 500, error: Record<string, unknown>): Response {
  return c.json({ error: { ...error, fbtrace_id: 'AbCdEfGhIjK' } }, status);
}

function unknownId(c: Context, id: string): Response {
  return graphError(c, 400, {
    message: `Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
    type: 'GraphMethodException',
    code: 100,
    error_subcode: 33,
  });
}

const encodeCursor = (id: string) => Buffer.from(id).toString('base64url');
const decodeCursor = (cursor: string) => Buffer.from(cursor, 'base64url').toString();

/** One page of a newest-first list, with Graph's cursors and `next` URL (on this server). */
function page<T extends { id: string }>(
  c: Context,
  items: T[],
  render: (item: T) => unknown,
  defaultLimit: number,
  maxLimit: number,
  malformed?: unknown,
): Response {
  const url = new URL(c.req.url);
  const limit = Math.min(maxLimit, Math.max(1, Number(url.searchParams.get('limit') ?? defaultLimit) || defaultLimit));
  const after = url.searchParams.get('after');
  let start = 0;
  if (after) {
    // Like Graph, a cursor dies with its item: the list then ends.
    const index = items.findIndex((i) => i.id === decodeCursor(after));
    start = index < 0 ? items.length : index + 1;
  }
  const slice = items.slice(start, start + limit);
  const data: unknown[] = slice.map(render);
  if (malformed !== undefined && !after) data.unshift(malformed);
  const body: { data: unknown[]; paging?: Record<string, unknown> } = { data };
  const first = slice[0];
  const last = slice[slice.length - 1];
  if (first && last) {
    body.paging = { cursors: { before: encodeCursor(first.id), after: encodeCursor(last.id) } };
    if (start + limit < items.length) {
      const next = new URL(url);
      next.searchParams.set('after', encodeCursor(last.id));
      body.paging['next'] = next.toString();
    }
  }
  return c.json(body);
}

function inTimeRange(c: Context, ms: number): boolean {
  const since = Number(c.req.query('since') ?? NaN);
  const until = Number(c.req.query('until') ?? NaN);
  if (Number.isFinite(since) && ms < since * 1000) return false;
  if (Number.isFinite(until) && ms > until * 1000) return false;
  return true;
}

export function startMetaEmulator(data = new MetaDataset(), port = 0): Promise<RunningMetaEmulator> {
  const switches: EmulatorSwitches = defaultSwitches();
  const requests: RecordedRequest[] = [];
  const usageHeaders = (c: Context, regainMinutes = 0, full = false) => {
    const u = full ? { call_count: 100, total_cputime: 40, total_time: 60 } : data.appUsage;
    c.header('x-app-usage', JSON.stringify(u));
    c.header(
      'x-business-use-case-usage',
      JSON.stringify({ [data.page.id]: [{ type: 'pages', ...u, estimated_time_to_regain_access: regainMinutes }] }),
    );
  };
  const faults: NetworkFaults = {
    rateLimited: (c) => {
      usageHeaders(c, 10, true);
      return graphError(c, 400, {
        message: '(#4) Application request limit reached',
        type: 'OAuthException',
        is_transient: true,
        code: 4,
      });
    },
    expiredToken: (c) =>
      graphError(c, 400, {
        message:
          'Error validating access token: Session has expired on Sunday, 01-Mar-26 10:00:00 PST. The current time is Monday, 02-Mar-26 09:00:00 PST.',
        type: 'OAuthException',
        code: 190,
        error_subcode: 463,
      }),
    serverError: (c) =>
      graphError(c, 500, {
        message: 'An unexpected error has occurred. Please retry your request later.',
        type: 'OAuthException',
        is_transient: true,
        code: 2,
      }),
  };
  const app = createEmulatorApp(switches, requests, faults);

  app.use('*', async (c, next) => {
    if (c.req.header('authorization') !== `Bearer ${data.token}`) {
      return graphError(c, 400, {
        message: 'Invalid OAuth access token - Cannot parse access token',
        type: 'OAuthException',
        code: 190,
      });
    }
    usageHeaders(c);
    await next();
  });

  // ——— Facebook ———
  const commentsOf = (postId: string) => data.fbComments.filter((x) => x.postId === postId);
  const renderFbPost = (p: FbPost) => {
    const comments = commentsOf(p.id);
    const updated = Math.max(p.createdMs, p.editedMs ?? 0, ...comments.map((x) => x.createdMs));
    return {
      id: p.id,
      ...(p.message ? { message: p.message } : {}),
      created_time: graphTime(p.createdMs),
      updated_time: graphTime(updated),
      permalink_url: `https://www.facebook.com/${p.id.replace('_', '/posts/')}`,
      ...(p.picture
        ? {
            full_picture: p.picture,
            attachments: {
              data: [
                { media_type: 'photo', type: 'photo', media: { image: { src: p.picture, width: 720, height: 720 } } },
              ],
            },
          }
        : {}),
      from: { id: p.from.id, name: p.from.name },
      shares: { count: p.shares ?? 0 },
      reactions: { data: [], summary: { total_count: p.reactions ?? 0 } },
      comments: { data: [], summary: { total_count: comments.length } },
      ...(p.timeline === 'tagged' || p.tagsPage
        ? { message_tags: [{ id: data.page.id, name: data.page.name, type: 'page', offset: 0, length: 0 }] }
        : {}),
      is_hidden: p.hidden ?? false,
    };
  };
  const renderFbComment = (x: FbComment) => ({
    id: x.id,
    message: x.message,
    created_time: graphTime(x.createdMs),
    from: { id: x.from.id, name: x.from.name },
    ...(x.parentId ? { parent: { id: x.parentId } } : {}),
    permalink_url: `https://www.facebook.com/${x.postId.replace('_', '/posts/')}?comment_id=${x.id}`,
    like_count: x.likes ?? 0,
    comment_count: data.fbComments.filter((r) => r.parentId === x.id).length,
    is_hidden: x.hidden ?? false,
  });
  const newestFirst = <T extends { createdMs: number }>(a: T, b: T) => b.createdMs - a.createdMs;
  const malformedFb = () =>
    switches.malformedItems ? { id: `${data.page.id}_broken`, message: 42, created_time: 'yesterday' } : undefined;

  // ——— Instagram ———
  const renderIgMedia = (m: IgMedia, withUsername = true) => ({
    id: m.id,
    caption: m.caption,
    media_type: m.mediaType,
    media_product_type: 'FEED',
    media_url: m.mediaUrl,
    ...(m.mediaType === 'VIDEO' ? { thumbnail_url: m.mediaUrl.replace('.jpg', '_thumb.jpg') } : {}),
    permalink: `https://www.instagram.com/p/${m.id.slice(-8)}/`,
    timestamp: graphTime(m.timestampMs),
    // Hashtag media never carry the author's username (recent_media refuses the field).
    ...(m.where === 'hashtag' || !withUsername ? {} : { username: m.username }),
    like_count: m.likes,
    comments_count: data.igComments.filter((x) => x.mediaId === m.id).length,
  });
  const renderIgComment = (x: IgComment): Record<string, unknown> => ({
    id: x.id,
    text: x.text,
    timestamp: graphTime(x.timestampMs),
    username: x.username,
    from: { id: x.fromId, username: x.username },
    like_count: 0,
    hidden: x.hidden ?? false,
    ...(x.parentId ? { parent_id: x.parentId } : {}),
  });
  const malformedIg = () =>
    switches.malformedItems ? { id: 'broken', media_type: 'IMAGE', timestamp: 12 } : undefined;

  app.get('/ig_hashtag_search', (c) => {
    const q = (c.req.query('q') ?? '').toLowerCase();
    if (c.req.query('user_id') !== data.ig.id || !q) return unknownId(c, c.req.query('user_id') ?? '');
    const now = data.now();
    const used = new Set(data.hashtagSearches.filter((s) => s.atMs > now - WEEK_MS).map((s) => s.tag));
    if (!used.has(q) && used.size >= HASHTAG_LIMIT) {
      return graphError(c, 400, {
        message: 'The user has reached the maximum number of unique hashtag queries (30 per 7 days).',
        type: 'OAuthException',
        code: 24,
        error_subcode: 2207034,
      });
    }
    data.hashtagSearches.push({ tag: q, atMs: now });
    return c.json({ data: [{ id: data.hashtagId(q) }] });
  });

  app.get('/:id', (c) => {
    const id = c.req.param('id');
    if (id === data.page.id)
      return c.json({
        id,
        name: data.page.name,
        overall_star_rating: data.page.rating,
        rating_count: data.page.ratingCount,
      });
    if (id === data.ig.id) return c.json({ id, username: data.ig.username, name: data.ig.name });
    const post = data.fbPosts.find((p) => p.id === id);
    if (post) return c.json(renderFbPost(post));
    const comment = data.fbComments.find((x) => x.id === id);
    if (comment) return c.json(renderFbComment(comment));
    const media = data.igMedia.find((m) => m.id === id);
    if (media) return c.json(renderIgMedia(media));
    const igComment = data.igComments.find((x) => x.id === id);
    if (igComment) return c.json(renderIgComment(igComment));
    return unknownId(c, id);
  });

  app.get('/:id/:edge', (c) => {
    const id = c.req.param('id');
    const edge = c.req.param('edge');
    if (id === data.page.id && (edge === 'feed' || edge === 'tagged' || edge === 'posts')) {
      // /feed: the page's own posts, visitors' posts and the posts the page is tagged in (as Graph documents);
      // /tagged: the posts tagging the page, wherever they live; /posts: the page's own.
      const items = data.fbPosts
        .filter((p) =>
          edge === 'tagged'
            ? p.timeline === 'tagged' || p.tagsPage === true
            : edge === 'posts'
              ? p.timeline === 'page' && p.from.id === data.page.id
              : true,
        )
        .filter((p) => inTimeRange(c, p.createdMs))
        .sort(newestFirst);
      return page(c, items, renderFbPost, 25, 100, edge === 'feed' ? malformedFb() : undefined);
    }
    if (edge === 'comments' && (data.fbPosts.some((p) => p.id === id) || data.fbComments.some((x) => x.id === id))) {
      const isPost = data.fbPosts.some((p) => p.id === id);
      const stream = c.req.query('filter') === 'stream';
      const items = data.fbComments
        .filter((x) => (isPost ? x.postId === id && (stream || !x.parentId) : x.parentId === id))
        .filter((x) => inTimeRange(c, x.createdMs))
        .sort((a, b) =>
          c.req.query('order') === 'reverse_chronological' ? b.createdMs - a.createdMs : a.createdMs - b.createdMs,
        );
      return page(c, items, renderFbComment, 25, 100);
    }
    if (id === data.ig.id && (edge === 'media' || edge === 'tags')) {
      const items = data.igMedia
        .filter((m) => m.where === (edge === 'media' ? 'own' : 'tagged'))
        .sort((a, b) => b.timestampMs - a.timestampMs);
      return page(c, items, (m) => renderIgMedia(m), 25, 100, edge === 'media' ? malformedIg() : undefined);
    }
    if (edge === 'comments' && data.igMedia.some((m) => m.id === id)) {
      const items = data.igComments
        .filter((x) => x.mediaId === id && !x.parentId)
        .sort((a, b) => b.timestampMs - a.timestampMs);
      return page(
        c,
        items,
        (x) => ({
          ...renderIgComment(x),
          replies: { data: data.igComments.filter((r) => r.parentId === x.id).map(renderIgComment) },
        }),
        50,
        50,
      );
    }
    const tag = [...data.hashtagIds].find(([, tagId]) => tagId === id)?.[0];
    if (tag !== undefined && edge === 'recent_media') {
      if (c.req.query('user_id') !== data.ig.id) return unknownId(c, id);
      if ((c.req.query('fields') ?? '').split(',').includes('username'))
        return graphError(c, 400, {
          message: '(#100) Tried accessing nonexisting field (username) on node type (ShadowIGMediaHashtag)',
          type: 'OAuthException',
          code: 100,
        });
      const now = data.now();
      // The last 24 hours only, whoever posted them (the brand's own media and those tagging it too), never
      // with the author's username, and not in chronological order (Graph ranks them).
      const items = data.igMedia
        .filter((m) => (m.hashtags ?? []).includes(tag) && m.timestampMs > now - 24 * 3600_000)
        .sort((a, b) => a.id.split('').reverse().join('').localeCompare(b.id.split('').reverse().join('')));
      return page(c, items, (m) => renderIgMedia(m, false), 25, 50, malformedIg());
    }
    return unknownId(c, id);
  });

  return serveEmulator(app, switches, requests, port).then((running) => Object.assign(running, { data }));
}
