// The company site's review feeds on loopback: the same reviews as JSON (/reviews.json, the webhook's
// schema), RSS 2.0 (/reviews.rss, with a review:rating element) and Atom (/reviews.atom), each with an ETag
// honoured by If-None-Match (304, empty body).
import { createHash } from 'node:crypto';
import {
  createEmulatorApp,
  defaultSwitches,
  serveEmulator,
  type NetworkFaults,
  type RecordedRequest,
  type RunningEmulator,
} from '../kit/emulator.ts';

export interface SiteReviewRecord {
  id: string;
  author: { name: string };
  text: string;
  rating: number;
  createdAt: string;
  reply?: { text: string; createdAt: string };
  project?: string;
}

const xmlEscape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export class SiteDataset {
  reviews: SiteReviewRecord[] = [];
  private seq = 0;

  add(at: Date, rating = 5, text = `Avis ${this.seq + 1}`): SiteReviewRecord {
    this.seq++;
    const review: SiteReviewRecord = {
      id: `rev-${this.seq}`,
      author: { name: `Client ${this.seq}` },
      text,
      rating,
      createdAt: at.toISOString(),
      project: 'Rénovation cuisine',
    };
    this.reviews.push(review);
    return review;
  }

  newestFirst(): SiteReviewRecord[] {
    return [...this.reviews].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, 50);
  }

  json(malformed: boolean): string {
    const list: unknown[] = this.newestFirst();
    if (malformed) list.splice(1, 0, { id: 'bad', author: { name: 'X' }, text: 'no rating', createdAt: 'yesterday' });
    return JSON.stringify({ reviews: list });
  }

  rss(base: string, malformed: boolean): string {
    const items = this.newestFirst().map(
      (r) =>
        `<item><guid isPermaLink="false">${xmlEscape(r.id)}</guid><title>${xmlEscape(r.project ?? 'Avis')}</title><link>${base}/avis/${r.id}</link>` +
        `<description>${xmlEscape(`<p>${r.text}</p>`)}</description><dc:creator>${xmlEscape(r.author.name)}</dc:creator>` +
        `<pubDate>${new Date(r.createdAt).toUTCString()}</pubDate><review:rating>${r.rating}</review:rating></item>`,
    );
    if (malformed) items.splice(1, 0, '<item><title>no guid, no link</title></item>');
    return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:review="https://example.com/ns/review"><channel><title>Avis clients</title><link>${base}</link>${items.join('')}</channel></rss>`;
  }

  atom(base: string, malformed: boolean): string {
    const entries = this.newestFirst().map(
      (r) =>
        `<entry><id>urn:review:${xmlEscape(r.id)}</id><title>${xmlEscape(r.project ?? 'Avis')}</title><link rel="alternate" href="${base}/avis/${r.id}"/>` +
        `<author><name>${xmlEscape(r.author.name)}</name></author><published>${r.createdAt}</published><updated>${r.createdAt}</updated>` +
        `<content type="html">${xmlEscape(`<p>${r.text}</p>`)}</content><r:rating>${r.rating}</r:rating></entry>`,
    );
    if (malformed) entries.splice(1, 0, '<entry><id>urn:review:undated</id><title>x</title></entry>');
    return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:r="https://example.com/ns/review"><title>Avis clients</title><id>${base}/</id><updated>${this.newestFirst()[0]?.createdAt ?? '2026-01-01T00:00:00Z'}</updated>${entries.join('')}</feed>`;
  }
}

export const siteFaults: NetworkFaults = {
  rateLimited: (c) => c.text('Too Many Requests', 429, { 'retry-after': '30' }),
  expiredToken: (c) => c.text('Unauthorized', 401),
  serverError: (c) => c.text('Bad Gateway', 502),
};

export interface SiteFeedEmulator extends RunningEmulator {
  data: SiteDataset;
}

export async function startSiteFeedEmulator(data = new SiteDataset()): Promise<SiteFeedEmulator> {
  const switches = defaultSwitches();
  const requests: RecordedRequest[] = [];
  const app = createEmulatorApp(switches, requests, siteFaults);
  const types = {
    json: 'application/json',
    rss: 'application/rss+xml; charset=utf-8',
    atom: 'application/atom+xml; charset=utf-8',
  } as const;
  app.get('/:file', (c) => {
    const format = /^reviews\.(json|rss|atom)$/.exec(c.req.param('file'))?.[1] as keyof typeof types | undefined;
    const base = new URL(c.req.url).origin;
    if (!format) return c.text('Not Found', 404);
    const body =
      format === 'json'
        ? data.json(switches.malformedItems)
        : format === 'rss'
          ? data.rss(base, switches.malformedItems)
          : data.atom(base, switches.malformedItems);
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, { etag });
    return c.body(body, 200, { 'content-type': types[format], etag });
  });
  const running = await serveEmulator(app, switches, requests);
  return { ...running, data };
}
