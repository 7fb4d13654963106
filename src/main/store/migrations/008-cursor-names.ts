// Stored cursors (source_state.cursor) in the format whose field names explain themselves (v 2): the Meta
// connectors' `hw/t/u/n/lc/tg/o/k/r/off`, X's recent posts `o/l/c/s`, Mastodon's and Bluesky's
// `tags/brand/since/brandSince/recheckAt`, the review windows' `hwm` and `[id, t, reply]` rows. Each cursor
// is recognised by its shape (the table does not say which connector wrote it); one that is not a v 1 cursor
// of these is left as it is. Frozen here on purpose: later connector changes must not change this step.
import type { WritableDB } from '../sqlite-handles.ts';
import type { Migration } from './migration.ts';

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isRecord) : []);
const has = (o: Json, ...keys: string[]) => keys.every((k) => k in o);

/** Meta's followed comments: `{id, k, t, r}` → `{id, createdAt, postId}` (one without its post is dropped). */
const comments = (v: unknown) =>
  list(v).flatMap((c) => (typeof c['r'] === 'string' ? [{ id: c['id'], createdAt: c['t'], postId: c['r'] }] : []));

function facebook(c: Json): Json {
  return {
    v: 2,
    newestPostAt: c['hw'],
    polls: c['polls'],
    posts: list(c['posts']).map((p) => ({
      id: p['id'],
      createdAt: p['t'],
      updatedAt: p['u'],
      commentCount: p['n'],
      newestCommentAt: p['lc'],
      ...(p['tg'] === true ? { tagged: true } : {}),
    })),
    recentComments: comments(c['recent']),
    recheckOffset: c['off'],
  };
}

function instagram(c: Json): Json {
  return {
    v: 2,
    ...(typeof c['username'] === 'string' ? { username: c['username'] } : {}),
    newestMediaAt: c['hw'],
    polls: c['polls'],
    media: list(c['media']).map((m) => ({
      id: m['id'],
      createdAt: m['t'],
      commentCount: m['n'],
      origin: m['o'] === 'g' ? 'tagged' : 'own',
    })),
    recentComments: comments(c['recent']),
    recheckOffset: c['off'],
    hashtagIds: c['tags'],
    hashtagSearches: c['searches'],
  };
}

function x(c: Json): Json {
  const recent = list(c['recent']).map((r) => ({
    originalId: r['o'],
    latestId: r['l'],
    createdAt: r['c'],
    firstSeenAt: r['s'],
  }));
  return { ...c, v: 2, recent };
}

function mastodon(c: Json): Json {
  return {
    v: 2,
    newestByHashtag: c['tags'],
    newestByBrandAccount: c['brand'],
    recent: list(c['recent']).map((r) => ({ instance: r['i'], id: r['id'], key: r['key'] })),
    polls: c['polls'],
    recheckOffset: c['recheckAt'],
  };
}

function bluesky(c: Json): Json {
  const { since, brandSince, recheckAt, v: _v, ...rest } = c;
  return {
    ...rest,
    v: 2,
    newestByQuery: since,
    ...(brandSince !== undefined ? { brandNewest: brandSince } : {}),
    recheckOffset: recheckAt,
  };
}

function reviewWindow(c: Json): Json {
  const rows = Array.isArray(c['recent']) ? c['recent'] : [];
  const firstPage = rows.flatMap((row: unknown) =>
    Array.isArray(row) && typeof row[0] === 'string' && typeof row[1] === 'number'
      ? [{ id: row[0], at: row[1], ...(row[2] === 1 ? { reply: true } : {}) }]
      : [],
  );
  return {
    v: 2,
    ...(typeof c['hwm'] === 'number' ? { newestAt: c['hwm'] } : {}),
    firstPage,
    ...(typeof c['bu'] === 'string' ? { businessUnitId: c['bu'] } : {}),
    ...(typeof c['buName'] === 'string' ? { businessUnitName: c['buName'] } : {}),
  };
}

const WINDOW_KEYS = new Set(['v', 'hwm', 'recent', 'bu', 'buName']);

/** The cursor in the v 2 format, or undefined when it is not a v 1 cursor this step knows (left untouched). */
export function renameCursorFields(cursor: string): string | undefined {
  let c: unknown;
  try {
    c = JSON.parse(cursor);
  } catch {
    return undefined; // the demo's "<ms>", or damaged: not ours to change
  }
  if (!isRecord(c) || c['v'] !== 1) return undefined;
  let renamed: Json | undefined;
  if (has(c, 'hw', 'posts', 'recent', 'off')) renamed = facebook(c);
  else if (has(c, 'hw', 'media', 'tags', 'searches')) renamed = instagram(c);
  else if (has(c, 'tags', 'brand', 'recent', 'recheckAt')) renamed = mastodon(c);
  else if (has(c, 'since', 'recent', 'recheckAt')) renamed = bluesky(c);
  else if ('query' in c || 'searchSinceId' in c || 'budget' in c) renamed = x(c);
  else if (Array.isArray(c['recent']) && Object.keys(c).every((k) => WINDOW_KEYS.has(k))) renamed = reviewWindow(c);
  return renamed === undefined ? undefined : JSON.stringify(renamed);
}

export const migration008CursorNames: Migration = {
  version: 8,
  name: 'cursor field names',
  up(db: WritableDB) {
    const rows = db.prepare('SELECT source_id, cursor FROM source_state WHERE cursor IS NOT NULL').all() as {
      source_id: string;
      cursor: string;
    }[];
    const update = db.prepare('UPDATE source_state SET cursor = ? WHERE source_id = ?');
    for (const row of rows) {
      const renamed = renameCursorFields(row.cursor);
      if (renamed !== undefined) update.run(renamed, row.source_id);
    }
  },
};
