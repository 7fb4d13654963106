// Google Business Profile (v4 reviews) and Google's OAuth token endpoint, on loopback: reviews listed by
// updateTime desc with pageSize/pageToken, starRating "ONE"…"FIVE", reviewReply, Google's error bodies
// ({"error":{"code","message","status"}}), access tokens that expire and are renewed with a refresh token.
import type { Context } from 'hono';
import {
  createEmulatorApp,
  defaultSwitches,
  serveEmulator,
  type NetworkFaults,
  type RecordedRequest,
  type RunningEmulator,
} from '../kit/emulator.ts';

const STARS = ['ONE', 'TWO', 'THREE', 'FOUR', 'FIVE'] as const;

export interface GoogleReviewRecord {
  reviewId: string;
  displayName: string;
  stars: 1 | 2 | 3 | 4 | 5;
  comment?: string;
  createTime: string;
  updateTime: string;
  reply?: { comment: string; updateTime: string };
}

/** The location's reviews and the OAuth state, changed by the tests. */
export class GoogleDataset {
  reviews: GoogleReviewRecord[] = [];
  /** Access tokens the API accepts. */
  validTokens = new Set<string>(['emulator-google-token']);
  refreshToken = 'emulator-refresh-token';
  clientId = 'emulator-client.apps.googleusercontent.com';
  issued = 0;
  private seq = 0;

  constructor(
    readonly accountId = '1111',
    readonly locationId = '2222',
  ) {}

  add(at: Date, stars: GoogleReviewRecord['stars'] = 5, comment = `review ${this.seq + 1}`): GoogleReviewRecord {
    this.seq++;
    const review: GoogleReviewRecord = {
      reviewId: `AbFvOq${this.seq}`,
      displayName: `Client ${this.seq}`,
      stars,
      comment,
      createTime: at.toISOString(),
      updateTime: at.toISOString(),
    };
    this.reviews.push(review);
    return review;
  }

  edit(reviewId: string, comment: string, at: Date): void {
    const r = this.find(reviewId);
    r.comment = comment;
    r.updateTime = at.toISOString();
  }

  reply(reviewId: string, comment: string, at: Date): void {
    const r = this.find(reviewId);
    r.reply = { comment, updateTime: at.toISOString() };
    // Google moves a review whose reply changed up the updateTime order, like an edit.
    r.updateTime = at.toISOString();
  }

  remove(reviewId: string): void {
    this.reviews = this.reviews.filter((r) => r.reviewId !== reviewId);
  }

  find(reviewId: string): GoogleReviewRecord {
    const r = this.reviews.find((x) => x.reviewId === reviewId);
    if (!r) throw new Error(`no review ${reviewId}`);
    return r;
  }

  /** Expire every access token issued so far (the hourly expiry). */
  expireTokens(): void {
    this.validTokens.clear();
  }

  issueToken(): string {
    this.issued++;
    const token = `emulator-google-token-${this.issued}`;
    this.validTokens.add(token);
    return token;
  }

  toJson(r: GoogleReviewRecord): Record<string, unknown> {
    return {
      name: `accounts/${this.accountId}/locations/${this.locationId}/reviews/${r.reviewId}`,
      reviewId: r.reviewId,
      reviewer: {
        displayName: r.displayName,
        profilePhotoUrl: `https://lh3.googleusercontent.com/a/${r.reviewId}=s120`,
        isAnonymous: false,
      },
      starRating: STARS[r.stars - 1],
      ...(r.comment !== undefined ? { comment: r.comment } : {}),
      createTime: r.createTime,
      updateTime: r.updateTime,
      ...(r.reply ? { reviewReply: r.reply } : {}),
    };
  }
}

const googleError = (
  c: Context,
  code: number,
  status: string,
  message: string,
  headers: Record<string, string> = {},
): Response => c.json({ error: { code, message, status } }, code as 401, headers);

export const googleFaults: NetworkFaults = {
  rateLimited: (c) =>
    googleError(
      c,
      429,
      'RESOURCE_EXHAUSTED',
      "Quota exceeded for quota metric 'Requests' and limit 'Requests per minute'.",
    ),
  expiredToken: (c) =>
    c.req.path === '/token'
      ? c.json({ error: 'invalid_grant', error_description: 'Token has been expired or revoked.' }, 400)
      : googleError(
          c,
          401,
          'UNAUTHENTICATED',
          'Request had invalid authentication credentials. Expected OAuth 2 access token.',
        ),
  serverError: (c) => googleError(c, 503, 'UNAVAILABLE', 'The service is currently unavailable.'),
};

export interface GoogleEmulator extends RunningEmulator {
  data: GoogleDataset;
}

export async function startGoogleEmulator(data = new GoogleDataset()): Promise<GoogleEmulator> {
  const switches = defaultSwitches();
  const requests: RecordedRequest[] = [];
  const app = createEmulatorApp(switches, requests, googleFaults);

  app.post('/token', async (c) => {
    const form = new URLSearchParams(await c.req.text());
    if (
      form.get('grant_type') !== 'refresh_token' ||
      form.get('refresh_token') !== data.refreshToken ||
      form.get('client_id') !== data.clientId
    ) {
      return c.json({ error: 'invalid_grant', error_description: 'Token has been expired or revoked.' }, 400);
    }
    return c.json({
      access_token: data.issueToken(),
      expires_in: 3599,
      scope: 'https://www.googleapis.com/auth/business.manage',
      token_type: 'Bearer',
    });
  });

  app.get('/v4/accounts/:account/locations/:location/reviews', (c) => {
    const token = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1];
    if (!token || !data.validTokens.has(token)) return googleFaults.expiredToken(c);
    if (c.req.param('account') !== data.accountId || c.req.param('location') !== data.locationId)
      return googleError(c, 404, 'NOT_FOUND', 'Requested entity was not found.');
    if (c.req.query('orderBy') !== 'updateTime desc')
      return googleError(c, 400, 'INVALID_ARGUMENT', 'orderBy must be "updateTime desc" here.');
    const pageSize = Math.min(50, Number(c.req.query('pageSize') ?? 50));
    const offset = Number(c.req.query('pageToken') ?? 0);
    const sorted = [...data.reviews].sort((a, b) => b.updateTime.localeCompare(a.updateTime));
    const slice: unknown[] = sorted.slice(offset, offset + pageSize).map((r) => data.toJson(r));
    if (switches.malformedItems && offset === 0)
      slice.splice(1, 0, { reviewId: 'broken-1', starRating: 'FIVE', comment: 'no dates' });
    const total = data.reviews.length;
    const average = total ? data.reviews.reduce((s, r) => s + r.stars, 0) / total : 0;
    return c.json({
      reviews: slice,
      averageRating: Math.round(average * 10) / 10,
      totalReviewCount: total,
      ...(offset + pageSize < sorted.length ? { nextPageToken: String(offset + pageSize) } : {}),
    });
  });

  const running = await serveEmulator(app, switches, requests);
  return { ...running, data };
}
