// Web feeds on loopback, in their real shapes: a press site's RSS 2.0 (/press/feed.rss: channel, item,
// guid, pubDate, dc:creator, description in HTML, enclosure and media:content pictures, content:encoded)
// and a Google Alert in Atom (/alerts/feed.atom: feed, entry, id, updated, published, link rel=alternate
// through google.com/url, content type=html). Each answers ETag / If-None-Match and Last-Modified /
// If-Modified-Since with a bodiless 304. Switches: a 404, a 500, an HTML page instead of a feed, no
// validators at all, and (the kit's malformedItems) a feed with one item the connector cannot read.
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import {
  createEmulatorApp,
  defaultSwitches,
  serveEmulator,
  type NetworkFaults,
  type RecordedRequest,
  type RunningEmulator,
} from '../kit/emulator.ts';

export interface WebItem {
  id: string;
  title: string;
  /** HTML. */
  html: string;
  author?: string;
  link: string;
  published: string;
  updated?: string;
  image?: string;
}

const xmlEscape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The items of one feed, newest first, and when it last changed (its Last-Modified). */
export class WebDataset {
  items: WebItem[] = [];
  modifiedAt = Date.UTC(2026, 0, 1);
  private seq = 0;

  constructor(readonly prefix: string) {}

  add(at: Date, title: string, html = `<p>${title}</p>`, extra: Partial<WebItem> = {}): WebItem {
    this.seq++;
    const item: WebItem = {
      id: `${this.prefix}-${this.seq}`,
      title,
      html,
      link: `https://news.example.com/${this.prefix}/${this.seq}`,
      published: at.toISOString(),
      ...extra,
    };
    this.items.push(item);
    this.touch(at.getTime());
    return item;
  }

  /** Marks the feed changed (after a test edits an item in place). */
  touch(at = this.modifiedAt + 1000): void {
    this.modifiedAt = Math.max(this.modifiedAt + 1000, at);
  }

  newestFirst(): WebItem[] {
    return [...this.items].sort((a, b) => b.published.localeCompare(a.published)).slice(0, 50);
  }

  rss(malformed: boolean): string {
    const items = this.newestFirst().map(
      (i) =>
        `<item><title>${xmlEscape(i.title)}</title><link>${xmlEscape(i.link)}</link><guid isPermaLink="false">${xmlEscape(i.id)}</guid>` +
        `<pubDate>${new Date(i.published).toUTCString()}</pubDate>${i.author ? `<dc:creator>${xmlEscape(i.author)}</dc:creator>` : ''}` +
        `<description>${xmlEscape(i.html)}</description><content:encoded><![CDATA[${i.html}<p>Lire la suite de l'article complet.</p>]]></content:encoded>` +
        (i.image
          ? `<enclosure url="${xmlEscape(i.image)}" length="12345" type="image/jpeg"/><media:content url="${xmlEscape(i.image)}" medium="image" width="1200" height="800"><media:title>${xmlEscape(`Photo : ${i.title}`)}</media:title></media:content>`
          : '') +
        '<enclosure url="https://news.example.com/podcast.mp3" length="999" type="audio/mpeg"/></item>',
    );
    if (malformed)
      items.splice(1, 0, '<item><title>Sans guid ni lien</title><description>illisible</description></item>');
    return (
      '<?xml version="1.0" encoding="UTF-8"?>' +
      '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/">' +
      `<channel><title>Le Journal de l'Auto</title><link>https://news.example.com/</link><description>Actualités</description><language>fr-FR</language>` +
      `<lastBuildDate>${new Date(this.modifiedAt).toUTCString()}</lastBuildDate>${items.join('')}</channel></rss>`
    );
  }

  atom(malformed: boolean): string {
    const entries = this.newestFirst().map((i) => {
      const google = `https://www.google.com/url?rct=j&sa=t&url=${encodeURIComponent(i.link)}&ct=ga&cd=CAIyGg&usg=AOvVaw0`;
      return (
        `<entry><id>tag:google.com,2013:googlealerts/feed:${xmlEscape(i.id)}</id><title type="html">${xmlEscape(i.title.replace(/Atelier Nova/g, '<b>Atelier Nova</b>'))}</title>` +
        `<link href="${xmlEscape(google)}"/><published>${i.published}</published><updated>${i.updated ?? i.published}</updated>` +
        `<content type="html">${xmlEscape(i.html)}</content><author><name>${xmlEscape(i.author ?? '')}</name></author></entry>`
      );
    });
    if (malformed)
      entries.splice(
        1,
        0,
        '<entry><id>tag:google.com,2013:googlealerts/feed:undated</id><title>Sans date</title><updated>hier</updated></entry>',
      );
    return (
      '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:idx="urn:atom-extension:indexing">' +
      '<id>tag:google.com,2005:reader/user/00000000000000000000/state/com.google/alerts/1</id><title>Google Alert - Atelier Nova</title>' +
      '<link href="https://www.google.com/alerts/feeds/00000000000000000000/1" rel="self"/>' +
      `<updated>${new Date(this.modifiedAt).toISOString()}</updated>${entries.join('')}</feed>`
    );
  }
}

export interface RssSwitches {
  /** What the feeds answer: the feed, a 404, a 500, or an HTML page (a feed URL that is really a web page). */
  answer: 'feed' | 'not-found' | 'server-error' | 'html';
  /** Send ETag / Last-Modified (and honour them). */
  etag: boolean;
  lastModified: boolean;
}

export const rssFaults: NetworkFaults = {
  rateLimited: (c) => c.text('Too Many Requests', 429, { 'retry-after': '120' }),
  expiredToken: (c) => c.text('Forbidden', 403),
  serverError: (c) => c.text('Service Unavailable', 503),
};

export interface RssEmulator extends RunningEmulator {
  press: WebDataset;
  alerts: WebDataset;
  feedSwitches: RssSwitches;
  pressUrl: string;
  alertsUrl: string;
}

export async function startRssEmulator(
  press = new WebDataset('press'),
  alerts = new WebDataset('alert'),
): Promise<RssEmulator> {
  const switches = defaultSwitches();
  const feedSwitches: RssSwitches = { answer: 'feed', etag: true, lastModified: true };
  const requests: RecordedRequest[] = [];
  const app = createEmulatorApp(switches, requests, rssFaults);

  function answer(c: Context, data: WebDataset, body: string, type: string): Response {
    if (feedSwitches.answer === 'not-found')
      return c.html('<!doctype html><title>404</title><h1>Page introuvable</h1>', 404);
    if (feedSwitches.answer === 'server-error') return c.text('Internal Server Error', 500);
    if (feedSwitches.answer === 'html')
      return c.html(
        '<!doctype html><html><head><title>Atelier Nova</title></head><body><h1>Bienvenue</h1><p>Ceci est une page, pas un flux.</p></body></html>',
      );
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    const lastModified = new Date(Math.floor(data.modifiedAt / 1000) * 1000).toUTCString();
    const validators = {
      ...(feedSwitches.etag ? { etag } : {}),
      ...(feedSwitches.lastModified ? { 'last-modified': lastModified } : {}),
    };
    // RFC 9110: If-None-Match wins over If-Modified-Since when both are sent.
    const inm = c.req.header('if-none-match');
    const ims = c.req.header('if-modified-since');
    if (feedSwitches.etag && inm !== undefined) {
      if (inm === etag) return c.body(null, 304, validators);
    } else if (
      feedSwitches.lastModified &&
      ims !== undefined &&
      Date.parse(ims) >= Math.floor(data.modifiedAt / 1000) * 1000
    ) {
      return c.body(null, 304, validators);
    }
    return c.body(body, 200, { 'content-type': type, ...validators });
  }

  app.get('/press/feed.rss', (c) =>
    answer(c, press, press.rss(switches.malformedItems), 'application/rss+xml; charset=utf-8'),
  );
  app.get('/alerts/feed.atom', (c) =>
    answer(c, alerts, alerts.atom(switches.malformedItems), 'application/atom+xml; charset=utf-8'),
  );
  const running = await serveEmulator(app, switches, requests);
  return {
    ...running,
    press,
    alerts,
    feedSwitches,
    pressUrl: `${running.url}/press/feed.rss`,
    alertsUrl: `${running.url}/alerts/feed.atom`,
  };
}
