// Trustpilot's public API on loopback: /v1/business-units/find and the business unit's reviews newest
// first with page/perPage and "next-page" links, the apikey header, Apigee-style error bodies, and the
// generic X-RateLimit-* headers (833 calls per 5-minute window).
import type { Context } from 'hono';
import {
  createEmulatorApp,
  defaultSwitches,
  serveEmulator,
  type NetworkFaults,
  type RecordedRequest,
  type RunningEmulator,
} from '../kit/emulator.ts';

export interface TrustpilotReviewRecord {
  id: string;
  consumerId: string;
  displayName: string;
  stars: number;
  title: string;
  text: string;
  createdAt: string;
  updatedAt: string | null;
  status: 'active' | 'reported';
  companyReply?: { text: string; createdAt: string; updatedAt: string | null };
}

export class TrustpilotDataset {
  reviews: TrustpilotReviewRecord[] = [];
  apiKey = 'emulator-trustpilot-key';
  readonly businessUnitId = '5c0f9e1d2a3b4c5d6e7f8091';
  readonly name = 'atelier-nova.example';
  /** Calls left in the current window, as the headers say. */
  remaining = 833;
  /** The clock the rate-limit window is dated by (the test's, so that the connector reads the same time). */
  now: () => number = Date.now;
  private seq = 0;

  add(at: Date, stars = 5, text = `avis ${this.seq + 1}`): TrustpilotReviewRecord {
    this.seq++;
    const id = `64a${String(this.seq).padStart(21, '0')}`;
    const review: TrustpilotReviewRecord = {
      id,
      consumerId: `c${this.seq}`,
      displayName: `Consommateur ${this.seq}`,
      stars,
      title: `Titre ${this.seq}`,
      text,
      createdAt: at.toISOString(),
      updatedAt: null,
      status: 'active',
    };
    this.reviews.push(review);
    return review;
  }

  find(id: string): TrustpilotReviewRecord {
    const r = this.reviews.find((x) => x.id === id);
    if (!r) throw new Error(`no review ${id}`);
    return r;
  }

  remove(id: string): void {
    this.reviews = this.reviews.filter((r) => r.id !== id);
  }

  toJson(r: TrustpilotReviewRecord, base: string): Record<string, unknown> {
    return {
      links: [{ href: `${base}/v1/reviews/${r.id}`, method: 'GET', rel: 'reviews' }],
      id: r.id,
      consumer: { links: [], id: r.consumerId, displayName: r.displayName, displayLocation: null, numberOfReviews: 1 },
      businessUnit: { id: this.businessUnitId, identifyingName: this.name, displayName: 'Atelier Nova' },
      stars: r.stars,
      title: r.title,
      text: r.text,
      language: 'fr',
      location: null,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      experiencedAt: r.createdAt,
      companyReply: r.companyReply
        ? { ...r.companyReply, authorBusinessUserId: 'u1', authorBusinessUserName: 'Service client' }
        : null,
      isVerified: true,
      numberOfLikes: 2,
      status: r.status,
      reportData: null,
      complianceLabels: [],
    };
  }
}

const fault = (
  c: Context,
  status: number,
  faultstring: string,
  errorcode: string,
  headers: Record<string, string> = {},
): Response => c.json({ fault: { faultstring, detail: { errorcode } } }, status as 401, headers);

export const trustpilotFaults: NetworkFaults = {
  rateLimited: (c) =>
    fault(c, 429, 'Rate limit quota violation. Quota limit exceeded.', 'policies.ratelimit.QuotaViolation', {
      'retry-after': '120',
    }),
  expiredToken: (c) => fault(c, 401, 'Invalid ApiKey', 'oauth.v2.InvalidApiKey'),
  serverError: (c) => c.json({ message: 'Service Unavailable' }, 503),
};

export interface TrustpilotEmulator extends RunningEmulator {
  data: TrustpilotDataset;
}

export async function startTrustpilotEmulator(data = new TrustpilotDataset()): Promise<TrustpilotEmulator> {
  const switches = defaultSwitches();
  const requests: RecordedRequest[] = [];
  const app = createEmulatorApp(switches, requests, trustpilotFaults);
  app.use('/v1/*', async (c, next) => {
    if (c.req.header('apikey') !== data.apiKey) return trustpilotFaults.expiredToken(c);
    data.remaining = Math.max(0, data.remaining - 1);
    await next();
    c.header('X-RateLimit-Limit', '833');
    c.header('X-RateLimit-Remaining', String(data.remaining));
    c.header('X-RateLimit-Reset', String(Math.floor(data.now() / 1000) + 300));
  });
  app.get('/v1/business-units/find', (c) =>
    c.req.query('name') === data.name
      ? c.json({
          links: [],
          id: data.businessUnitId,
          displayName: 'Atelier Nova',
          name: { identifying: data.name, referring: [] },
          status: 'active',
        })
      : fault(c, 404, 'Not found', 'NotFound'),
  );
  app.get('/v1/business-units/:id/reviews', (c) => {
    if (c.req.param('id') !== data.businessUnitId) return c.json({ message: 'Not found' }, 404);
    const perPage = Math.min(100, Number(c.req.query('perPage') ?? 20));
    const page = Number(c.req.query('page') ?? 1);
    const sorted = [...data.reviews].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const base = new URL(c.req.url).origin;
    const slice: unknown[] = sorted.slice((page - 1) * perPage, page * perPage).map((r) => data.toJson(r, base));
    if (switches.malformedItems && page === 1) slice.splice(2, 0, { id: 'bad review id!', stars: 9 });
    const links = [
      {
        href: `${base}/v1/business-units/${data.businessUnitId}/reviews?page=${page}&perPage=${perPage}`,
        method: 'GET',
        rel: 'self',
      },
    ];
    if (page * perPage < sorted.length)
      links.push({
        href: `${base}/v1/business-units/${data.businessUnitId}/reviews?page=${page + 1}&perPage=${perPage}&orderBy=createdat.desc`,
        method: 'GET',
        rel: 'next-page',
      });
    return c.json({ links, reviews: slice });
  });
  const running = await serveEmulator(app, switches, requests);
  return { ...running, data };
}
