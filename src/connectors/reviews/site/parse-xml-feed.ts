// RSS 2.0 and Atom feeds of the site's reviews, read with a real XML parser (fast-xml-parser), never with
// patterns. A rating may ride along in any namespace (<review:rating>4</review:rating>, <rating>).
import { XMLParser } from 'fast-xml-parser';
import type { FeedEntry } from './feed-item.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => ['item', 'entry', 'link', 'author'].includes(name),
  // No entity expansion from a DOCTYPE (billion laughs); the five XML entities still decode.
  processEntities: false,
  htmlEntities: false,
});

type Node = Record<string, unknown>;

const XML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const decode = (s: string): string =>
  s.replace(/&(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-f]{1,6});/gi, (e) => {
    if (XML_ENTITIES[e]) return XML_ENTITIES[e];
    const code = e[2] === 'x' || e[2] === 'X' ? Number.parseInt(e.slice(3, -1), 16) : Number.parseInt(e.slice(2, -1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : e;
  });

/** The text of an element that may be a string or { '#text': …, '@_attr': … }. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return decode(value);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'object' && value !== null) return text((value as Node)['#text']);
  return undefined;
}

function rating(value: unknown): number | undefined {
  const n = Number(text(value));
  return Number.isFinite(n) && n >= 1 && n <= 5 ? n : undefined;
}

function entry(fields: Partial<FeedEntry> & { id: string | undefined }): FeedEntry | undefined {
  if (!fields.id) return undefined;
  const out: FeedEntry = { id: fields.id };
  for (const [k, v] of Object.entries(fields)) if (v !== undefined && v !== '') (out as unknown as Record<string, unknown>)[k] = v;
  return out;
}

export class FeedFormatError extends Error {}

function parse(xml: string): Node {
  try {
    return parser.parse(xml) as Node;
  } catch (err) {
    throw new FeedFormatError(`not well-formed XML (${err instanceof Error ? err.message.slice(0, 120) : 'parse error'})`);
  }
}

/** RSS 2.0: rss > channel > item. Items without guid nor link come back undefined (counted as invalid). */
export function parseRss(xml: string): (FeedEntry | undefined)[] {
  const channel = (parse(xml)['rss'] as Node | undefined)?.['channel'] as Node | undefined;
  if (!channel) throw new FeedFormatError('no <rss><channel> element: is the format really RSS?');
  const items = (channel['item'] as Node[] | undefined) ?? [];
  return items.map((item) => {
    const link = text(item['link']);
    return entry({
      id: text(item['guid']) ?? link,
      title: text(item['title']),
      body: text(item['encoded']) ?? text(item['description']),
      author: text(item['creator']) ?? text(item['author']),
      link,
      published: text(item['pubDate']) ?? text(item['date']),
      rating: rating(item['rating']),
    });
  });
}

/** Atom: feed > entry. */
export function parseAtom(xml: string): (FeedEntry | undefined)[] {
  const feed = parse(xml)['feed'] as Node | undefined;
  if (!feed) throw new FeedFormatError('no <feed> element: is the format really Atom?');
  const entries = (feed['entry'] as Node[] | undefined) ?? [];
  return entries.map((e) => {
    const links = (e['link'] as Node[] | undefined) ?? [];
    const alternate = links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
    const href = typeof alternate?.['@_href'] === 'string' ? alternate['@_href'] : undefined;
    const author = ((e['author'] as Node[] | undefined) ?? [])[0];
    return entry({
      id: text(e['id']) ?? href,
      title: text(e['title']),
      body: text(e['content']) ?? text(e['summary']),
      author: author ? text(author['name']) : undefined,
      link: href,
      published: text(e['published']) ?? text(e['updated']),
      updated: text(e['updated']),
      rating: rating(e['rating']),
    });
  });
}
