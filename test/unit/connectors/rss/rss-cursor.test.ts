// The web feeds' cursor (per feed, the ETag and Last-Modified of its last answer) through the one cursor
// helper: the stored format is unchanged, and a bad value costs only itself, not the other feeds' 304s.
import { describe, expect, it } from 'vitest';
import { formatRssCursor, parseRssCursor } from '../../../../src/connectors/rss/rss-cursor.ts';

const A = 'https://news.example.com/feed.rss';
const B = 'https://blog.example.com/atom.xml';

describe('rss cursor', () => {
  it('keeps each configured feed’s validators, in the format stored before the helper', () => {
    const text = formatRssCursor({ [A]: { etag: '"v1"', lastModified: 'Mon, 07 Dec 2026 10:00:00 GMT' }, [B]: {} }, [
      A,
      B,
    ]);
    expect(JSON.parse(text)).toEqual({
      feeds: { [A]: { etag: '"v1"', lastModified: 'Mon, 07 Dec 2026 10:00:00 GMT' }, [B]: {} },
    });
    expect(parseRssCursor(text)).toEqual({
      [A]: { etag: '"v1"', lastModified: 'Mon, 07 Dec 2026 10:00:00 GMT' },
      [B]: {},
    });
  });

  it('a feed removed from the options leaves the cursor', () => {
    expect(parseRssCursor(formatRssCursor({ [A]: { etag: '"a"' }, [B]: { etag: '"b"' } }, [B]))).toEqual({
      [B]: { etag: '"b"' },
    });
  });

  it('a value that cannot be a validator is dropped, the rest kept; an unreadable cursor starts over', () => {
    const stored = JSON.stringify({
      feeds: { [A]: { etag: '', lastModified: 'Mon, 07 Dec 2026 10:00:00 GMT' }, [B]: 'not an object' },
    });
    expect(parseRssCursor(stored)).toEqual({ [A]: { lastModified: 'Mon, 07 Dec 2026 10:00:00 GMT' }, [B]: {} });
    expect(parseRssCursor(JSON.stringify({ feeds: { [A]: { etag: 'x'.repeat(501) } } }))).toEqual({ [A]: {} });
    expect(parseRssCursor('{not json')).toEqual({});
    expect(parseRssCursor(undefined)).toEqual({});
  });
});
