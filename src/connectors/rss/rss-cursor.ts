// The `rss` source's persisted state: per feed URL, the validators of its last answer (ETag,
// Last-Modified), sent back as If-None-Match / If-Modified-Since so that an unchanged feed answers 304.
export interface FeedValidators {
  etag?: string;
  lastModified?: string;
}

export type RssCursor = Record<string, FeedValidators>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' && v.length <= 500 ? v : undefined);

export function parseRssCursor(cursor: string | undefined): RssCursor {
  if (!cursor) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(cursor);
  } catch {
    return {};
  }
  const feeds = typeof raw === 'object' && raw !== null ? (raw as { feeds?: unknown }).feeds : undefined;
  if (typeof feeds !== 'object' || feeds === null) return {};
  const out: RssCursor = {};
  for (const [url, v] of Object.entries(feeds as Record<string, unknown>)) {
    if (typeof v !== 'object' || v === null) continue;
    const etag = str((v as FeedValidators).etag);
    const lastModified = str((v as FeedValidators).lastModified);
    out[url] = { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
  }
  return out;
}

/** Only the configured feeds are kept: a feed removed from the options leaves the cursor. */
export function formatRssCursor(cursor: RssCursor, feedUrls: readonly string[]): string {
  return JSON.stringify({ feeds: Object.fromEntries(feedUrls.filter((u) => cursor[u]).map((u) => [u, cursor[u]])) });
}
