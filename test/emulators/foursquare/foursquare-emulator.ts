// Foursquare Places API (version 2025-06-17) on loopback: /places/{fsq_place_id}/tips newest first with a
// `Link: <…&cursor=…>; rel="next"` header, /places/{id}?fields=rating,stats, the Bearer service key and
// the X-Places-Api-Version header checked, {"message":…} error bodies, 429 with Retry-After.
import type { Context } from 'hono';
import {
  createEmulatorApp,
  defaultSwitches,
  serveEmulator,
  type NetworkFaults,
  type RecordedRequest,
  type RunningEmulator,
} from '../kit/emulator.ts';

export interface TipRecord {
  fsq_tip_id: string;
  created_at: string;
  text: string;
  lang: string;
  agree_count: number;
  photo?: boolean;
}

export class FoursquareDataset {
  serviceKey = 'emulator-fsq-service-key';
  places = new Map<string, { rating: number; tips: TipRecord[] }>();
  /** Calls left in the window the X-RateLimit-* headers announce. */
  remaining = 5000;
  /** The clock the rate-limit window is dated by (the test's, so that the connector reads the same time). */
  now: () => number = Date.now;
  private seq = 0;

  constructor(placeIds: string[] = ['4b058803f964a520a9a422e3']) {
    for (const id of placeIds) this.places.set(id, { rating: 8.4, tips: [] });
  }

  get firstPlace(): string {
    return [...this.places.keys()][0] ?? '';
  }

  add(at: Date, text = `tip ${this.seq + 1}`, placeId = this.firstPlace, photo = false): TipRecord {
    this.seq++;
    const tip: TipRecord = {
      fsq_tip_id: `5f1a${String(this.seq).padStart(20, '0')}`,
      created_at: at.toISOString(),
      text,
      lang: 'fr',
      agree_count: this.seq % 7,
      photo,
    };
    this.places.get(placeId)?.tips.push(tip);
    return tip;
  }

  remove(tipId: string): void {
    for (const place of this.places.values()) place.tips = place.tips.filter((t) => t.fsq_tip_id !== tipId);
  }

  toJson(t: TipRecord): Record<string, unknown> {
    return {
      fsq_tip_id: t.fsq_tip_id,
      created_at: t.created_at,
      text: t.text,
      lang: t.lang,
      url: `https://foursquare.com/item/${t.fsq_tip_id}`,
      agree_count: t.agree_count,
      disagree_count: 0,
      ...(t.photo
        ? {
            photo: {
              fsq_photo_id: `p${t.fsq_tip_id}`,
              created_at: t.created_at,
              prefix: 'https://fastly.4sqi.net/img/general/',
              suffix: `/${t.fsq_tip_id}.jpg`,
              width: 1440,
              height: 1920,
            },
          }
        : {}),
    };
  }
}

export const foursquareFaults: NetworkFaults = {
  rateLimited: (c) => c.json({ message: 'Rate limit exceeded' }, 429, { 'retry-after': '90' }),
  expiredToken: (c) => c.json({ message: 'Invalid request token.' }, 401),
  serverError: (c) => c.json({ message: 'Internal server error' }, 500),
};

export interface FoursquareEmulator extends RunningEmulator {
  data: FoursquareDataset;
}

function withLimits(c: Context, data: FoursquareDataset): void {
  c.header('X-RateLimit-Limit', '5000');
  c.header('X-RateLimit-Remaining', String(data.remaining));
  c.header('X-RateLimit-Reset', String(Math.floor(data.now() / 1000) + 3600));
}

export async function startFoursquareEmulator(data = new FoursquareDataset()): Promise<FoursquareEmulator> {
  const switches = defaultSwitches();
  const requests: RecordedRequest[] = [];
  const app = createEmulatorApp(switches, requests, foursquareFaults);
  app.use('/places/*', async (c, next) => {
    if (c.req.header('authorization') !== `Bearer ${data.serviceKey}`) return foursquareFaults.expiredToken(c);
    if (c.req.header('x-places-api-version') !== '2025-06-17')
      return c.json({ message: 'X-Places-Api-Version header is required' }, 400);
    data.remaining = Math.max(0, data.remaining - 1);
    await next();
    withLimits(c, data);
  });
  app.get('/places/:id/tips', (c) => {
    const place = data.places.get(c.req.param('id'));
    if (!place) return c.json({ message: 'Place not found' }, 404);
    const limit = Math.min(50, Number(c.req.query('limit') ?? 10));
    const offset = Number(c.req.query('cursor') ?? 0);
    const sorted = [...place.tips].sort((a, b) => b.created_at.localeCompare(a.created_at));
    const page: unknown[] = sorted.slice(offset, offset + limit).map((t) => data.toJson(t));
    if (switches.malformedItems && offset === 0) page.splice(1, 0, { fsq_tip_id: 'x y', text: 42 });
    if (offset + limit < sorted.length) {
      const next = new URL(c.req.url);
      next.searchParams.set('cursor', String(offset + limit));
      c.header('Link', `<${next.toString()}>; rel="next"`);
    }
    return c.json(page);
  });
  app.get('/places/:id', (c) => {
    const place = data.places.get(c.req.param('id'));
    if (!place) return c.json({ message: 'Place not found' }, 404);
    return c.json({
      rating: place.rating,
      stats: { total_photos: 12, total_ratings: 240, total_tips: place.tips.length },
    });
  });
  const running = await serveEmulator(app, switches, requests);
  return { ...running, data };
}
