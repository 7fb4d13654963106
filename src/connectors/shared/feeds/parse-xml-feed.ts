// RSS 2.0, RSS 1.0 (RDF) and Atom feeds, read with a real XML parser (fast-xml-parser), never with
// patterns. Namespace prefixes are dropped (dc:creator → creator, content:encoded → encoded,
// media:content → content), so a rating may ride along in any namespace (<review:rating>4</review:rating>)
// and Atom's own <content> is told from media:content by its url attribute.
import { XMLParser } from 'fast-xml-parser';
import type { FeedEntry, FeedMedia, ParsedFeed } from './feed-entry.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
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
    const code =
      e[2] === 'x' || e[2] === 'X' ? Number.parseInt(e.slice(3, -1), 16) : Number.parseInt(e.slice(2, -1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : e;
  });

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An element that may come once or several times, as a list. */
function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The text of an element that may be a string or { '#text': …, '@_attr': … }. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : decode(value);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (isNode(value)) return text(value['#text']);
  return undefined;
}

function attr(node: unknown, name: string): string | undefined {
  if (!isNode(node)) return undefined;
  const v = node[`@_${name}`];
  return typeof v === 'string' && v !== '' ? decode(v) : undefined;
}

function rating(value: unknown): number | undefined {
  const n = Number(text(value));
  return Number.isFinite(n) && n >= 1 && n <= 5 ? n : undefined;
}

function dimension(value: string | undefined): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif)$/i;

/** One attached file: an image when its type, medium or file name says so, or when it is a thumbnail. */
function media(node: unknown, url: string | undefined, thumbnail: boolean): FeedMedia | undefined {
  if (!url) return undefined;
  const type = attr(node, 'type');
  const medium = attr(node, 'medium');
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const isImage =
    thumbnail ||
    medium === 'image' ||
    (type?.toLowerCase().startsWith('image/') ?? false) ||
    (!type && !medium && IMAGE_FILE.test(path));
  const width = dimension(attr(node, 'width'));
  const height = dimension(attr(node, 'height'));
  const alt = isNode(node) ? (text(node['title']) ?? text(node['description'])) : undefined;
  return { url, isImage, ...(width ? { width } : {}), ...(height ? { height } : {}), ...(alt ? { alt } : {}) };
}

/** The media of an item: enclosures, media:content and media:thumbnail, also inside media:group (YouTube). */
function mediaOf(item: Node, atomLinks: Node[] = []): FeedMedia[] {
  const groups = [item, ...list(item['group']).filter(isNode)];
  const found = [
    ...list(item['enclosure']).map((e) => media(e, attr(e, 'url'), false)),
    ...atomLinks.filter((l) => l['@_rel'] === 'enclosure').map((l) => media(l, attr(l, 'href'), false)),
    ...groups.flatMap((g) => list(g['content']).map((c) => media(c, attr(c, 'url'), false))),
    ...groups.flatMap((g) => list(g['thumbnail']).map((t) => media(t, attr(t, 'url'), true))),
  ].filter((m): m is FeedMedia => m !== undefined);
  // The same file named twice (an enclosure and its media:content): one, with what each says about it.
  const byUrl = new Map<string, FeedMedia>();
  for (const m of found) {
    const known = byUrl.get(m.url);
    byUrl.set(m.url, known ? { ...m, ...known, isImage: known.isImage || m.isImage } : m);
  }
  return [...byUrl.values()];
}

/** Atom's <content> (text, html) without the media:content that share its name once prefixes are dropped. */
function atomContent(entry: Node): string | undefined {
  return text(list(entry['content']).find((c) => !isNode(c) || c['@_url'] === undefined));
}

function entry(fields: Partial<FeedEntry> & { id: string | undefined }): FeedEntry | undefined {
  if (!fields.id) return undefined;
  const out: FeedEntry = { id: fields.id };
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    (out as unknown as Record<string, unknown>)[k] = v;
  }
  return out;
}

export class FeedFormatError extends Error {}

function parse(xml: string): Node {
  let tree: unknown;
  try {
    tree = parser.parse(xml);
  } catch (err) {
    throw new FeedFormatError(
      `not well-formed XML (${err instanceof Error ? err.message.slice(0, 120) : 'parse error'})`,
    );
  }
  return isNode(tree) ? tree : {};
}

function rssItem(item: Node): FeedEntry | undefined {
  const link = text(item['link']);
  const description = text(item['description']);
  return entry({
    id: text(item['guid']) ?? attr(item, 'about') ?? link,
    title: text(item['title']),
    body: text(item['encoded']) ?? description,
    summary: description,
    author: text(item['creator']) ?? text(item['author']),
    link,
    published: text(item['pubDate']) ?? text(item['date']),
    rating: rating(item['rating']),
    media: mediaOf(item),
  });
}

function atomEntry(e: Node): FeedEntry | undefined {
  const links = list(e['link']).filter(isNode);
  const alternate = links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
  const href = attr(alternate, 'href');
  const author = list(e['author'])[0];
  const content = atomContent(e);
  const group = list(e['group']).find(isNode);
  const summary = text(e['summary']) ?? (group ? text(group['description']) : undefined);
  return entry({
    id: text(e['id']) ?? href,
    title: text(e['title']),
    body: content ?? summary,
    summary,
    author: isNode(author) ? text(author['name']) : undefined,
    link: href,
    published: text(e['published']) ?? text(e['updated']),
    updated: text(e['updated']),
    rating: rating(e['rating']),
    media: mediaOf(e, links),
  });
}

function items(value: unknown, read: (n: Node) => FeedEntry | undefined): (FeedEntry | undefined)[] {
  return list(value).map((n) => (isNode(n) ? read(n) : undefined));
}

/** RSS 2.0: rss > channel > item. Items without guid nor link come back undefined (counted as invalid). */
export function parseRss(xml: string): (FeedEntry | undefined)[] {
  const channel = (parse(xml)['rss'] as Node | undefined)?.['channel'];
  if (!isNode(channel)) throw new FeedFormatError('no <rss><channel> element: is the format really RSS?');
  return items(channel['item'], rssItem);
}

/** Atom: feed > entry. */
export function parseAtom(xml: string): (FeedEntry | undefined)[] {
  const feed = parse(xml)['feed'];
  if (!isNode(feed)) throw new FeedFormatError('no <feed> element: is the format really Atom?');
  return items(feed['entry'], atomEntry);
}

/** Whichever of RSS 2.0, RSS 1.0 (rdf:RDF) and Atom the document is, with the feed's title and language. */
export function parseFeed(xml: string): ParsedFeed {
  const tree = parse(xml);
  const rss = tree['rss'];
  if (isNode(rss) && isNode(rss['channel'])) {
    const channel = rss['channel'];
    return feed('rss', text(channel['title']), text(channel['language']), items(channel['item'], rssItem));
  }
  const atom = tree['feed'];
  if (isNode(atom)) return feed('atom', text(atom['title']), attr(atom, 'lang'), items(atom['entry'], atomEntry));
  const rdf = tree['RDF'];
  if (isNode(rdf)) {
    const channel = list(rdf['channel']).find(isNode);
    return feed(
      'rdf',
      channel ? text(channel['title']) : undefined,
      channel ? text(channel['language']) : undefined,
      items(rdf['item'], rssItem),
    );
  }
  throw new FeedFormatError('neither <rss>, <feed> (Atom) nor <rdf:RDF> at its root');
}

function feed(
  format: ParsedFeed['format'],
  title: string | undefined,
  language: string | undefined,
  entries: (FeedEntry | undefined)[],
): ParsedFeed {
  return { format, ...(title ? { title } : {}), ...(language ? { language } : {}), entries };
}
