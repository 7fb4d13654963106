// The `rss` source's persisted state: per feed URL, the validators of its last answer (ETag, Last-Modified),
// sent back so that an unchanged feed answers 304. Read and written through the one cursor helper.
import { z } from 'zod';
import { FeedValidatorsSchema, type FeedValidators } from '../shared/feeds/feed-validators.ts';
import { jsonCursor } from '../shared/json-cursor.ts';

export type { FeedValidators };
export type RssCursor = Record<string, FeedValidators>;

/** A feed whose entry is not an object starts without validators; the other feeds keep theirs. */
const codec = jsonCursor(z.object({ feeds: z.record(z.string(), FeedValidatorsSchema.catch({})) }));

export function parseRssCursor(cursor: string | undefined): RssCursor {
  return codec.parse(cursor)?.feeds ?? {};
}

/** Only the configured feeds are kept: a feed removed from the options leaves the cursor. */
export function formatRssCursor(cursor: RssCursor, feedUrls: readonly string[]): string {
  return codec.format({ feeds: Object.fromEntries(feedUrls.filter((u) => cursor[u]).map((u) => [u, cursor[u]!])) });
}
