// A feed's validators from its last answer (ETag, Last-Modified), kept in the source's cursor and sent back
// as If-None-Match / If-Modified-Since so that an unchanged feed answers 304 and nothing is parsed. Used by
// the web feeds (rss) and the company site's feed; a value that cannot be one (empty, over 500 characters,
// not a string) is dropped, not the whole cursor.
import { z } from 'zod';

const validator = z.string().min(1).max(500).optional().catch(undefined);

export const FeedValidatorsSchema = z.object({ etag: validator, lastModified: validator });
export type FeedValidators = z.output<typeof FeedValidatorsSchema>;
