// One configured feed: a conditional GET (If-None-Match / If-Modified-Since: an unchanged feed answers
// 304 and nothing is parsed), the answer read as RSS or Atom, and failures worded with the feed's name —
// its label and its address without the query string, which may hold a private feed's key.
import { ConnectorError } from '../connector.ts';
import { FeedFormatError, parseFeed } from '../shared/feeds/parse-xml-feed.ts';
import type { ParsedFeed } from '../shared/feeds/feed-entry.ts';
import { HttpClient } from '../shared/http-client.ts';
import type { FeedValidators } from './rss-cursor.ts';
import type { RssFeedOptions } from './rss-options.ts';

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

export type FeedRead = { changed: false } | { changed: true; feed: ParsedFeed; validators: FeedValidators };

/** "Label (host/path)" or "host/path": how messages and the health name a feed. */
export function feedName(options: RssFeedOptions): string {
  const url = new URL(options.url);
  const address = `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  return options.label ? `${options.label} (${address})` : address;
}

function header(headers: Record<string, unknown>, name: string): string | undefined {
  const v = headers[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export class WebFeed {
  readonly url: string;
  readonly name: string;
  readonly label: string | undefined;
  readonly client: HttpClient;
  private readonly path: string;

  constructor(options: RssFeedOptions, now: () => number) {
    const url = new URL(options.url);
    this.url = options.url;
    this.label = options.label;
    this.name = feedName(options);
    this.path = url.pathname + url.search;
    const name = this.name;
    this.client = new HttpClient({
      baseUrl: url.origin,
      networkLabel: `The feed ${name}`,
      headers: { accept: ACCEPT },
      now,
      classify: (status) => {
        if (status === 404 || status === 410)
          return new ConnectorError(
            'config',
            `The feed ${name} was not found (HTTP ${status}): check its address in Settings.`,
          );
        if (status === 401 || status === 403)
          return new ConnectorError(
            'config',
            `The feed ${name} refused the wall (HTTP ${status}): it may need a login or block automated readers; check its address in Settings.`,
          );
        return undefined;
      },
    });
  }

  async read(validators: FeedValidators, signal: AbortSignal): Promise<FeedRead> {
    const answer = await this.client.getText(this.path, {
      signal,
      headers: {
        ...(validators.etag ? { 'if-none-match': validators.etag } : {}),
        ...(validators.lastModified ? { 'if-modified-since': validators.lastModified } : {}),
      },
    });
    if (answer.status === 304) return { changed: false };
    if (answer.status < 200 || answer.status >= 300)
      throw new ConnectorError(
        'invalid-response',
        `The feed ${this.name} answered HTTP ${answer.status} instead of a feed.`,
      );
    let feed: ParsedFeed;
    try {
      feed = parseFeed(answer.data);
    } catch (err) {
      if (err instanceof FeedFormatError)
        throw new ConnectorError(
          'invalid-response',
          `The feed ${this.name} is not an RSS or Atom feed (${err.message}): check its address in Settings.`,
        );
      throw err;
    }
    const etag = header(answer.headers, 'etag');
    const lastModified = header(answer.headers, 'last-modified');
    return {
      changed: true,
      feed,
      validators: { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) },
    };
  }
}
