// Calls per hour of the review connectors at their default settings, each run against its emulator for a
// simulated hour (fake clock, a review every 10 minutes), beside the network's published limit:
//   Google Business Profile: poll every 120 s, one page of 50 per poll; limit 300 requests/min = 18 000/h.
//   Trustpilot: poll every 120 s, one page of 100 per poll, the business unit looked up once; limit 833
//   calls / 5 min ≈ 9 996/h.
//   Site feed: poll every 60 s, one conditional GET (a 304 when nothing changed); the company's own server.
import type { ConnectorDefinition } from '../../src/connectors/connector.ts';
import { googleReviewsConnector } from '../../src/connectors/reviews/google/google-reviews-connector.ts';
import { siteReviewsConnector } from '../../src/connectors/reviews/site/site-reviews-connector.ts';
import { trustpilotConnector } from '../../src/connectors/reviews/trustpilot/trustpilot-connector.ts';
import { GoogleDataset, startGoogleEmulator } from '../../test/emulators/reviews/google-emulator.ts';
import { SiteDataset, startSiteFeedEmulator } from '../../test/emulators/reviews/site-feed-emulator.ts';
import { TrustpilotDataset, startTrustpilotEmulator } from '../../test/emulators/reviews/trustpilot-emulator.ts';

const HOUR = 3_600_000;

async function simulateHour<O>(
  definition: ConnectorDefinition<O>,
  rawOptions: unknown,
  addReview: (at: Date) => void,
  reviewsPerHour: number,
): Promise<number> {
  let now = Date.now();
  const driver = definition.create(definition.optionsSchema.parse(rawOptions), {
    sourceId: definition.type,
    now: () => now,
    assetBaseUrl: '/bundled',
  });
  const start = now;
  let nextReview = start;
  let cursor: string | undefined;
  let polls = 0;
  while (now < start + HOUR) {
    while (nextReview <= now) {
      addReview(new Date(nextReview));
      nextReview += HOUR / reviewsPerHour;
    }
    const result = await driver.poll({ cursor, signal: new AbortController().signal });
    cursor = result.cursor ?? cursor;
    polls++;
    now += Math.max(definition.defaultPollSeconds * 1000, result.minDelayMs ?? 0);
  }
  return polls;
}

export async function reviewsCallsPerHour(reviewsPerHour = 6) {
  const google = await startGoogleEmulator(new GoogleDataset());
  const trustpilot = await startTrustpilotEmulator(new TrustpilotDataset());
  const site = await startSiteFeedEmulator(new SiteDataset());
  try {
    await simulateHour(
      googleReviewsConnector,
      {
        baseUrl: google.url,
        tokenUrl: `${google.url}/token`,
        accountId: google.data.accountId,
        locationId: google.data.locationId,
        accessToken: 'emulator-google-token',
        refreshToken: google.data.refreshToken,
        clientId: google.data.clientId,
      },
      (at) => google.data.add(at),
      reviewsPerHour,
    );
    await simulateHour(
      trustpilotConnector,
      { baseUrl: trustpilot.url, apiKey: trustpilot.data.apiKey, businessName: trustpilot.data.name },
      (at) => {
        trustpilot.data.add(at);
        trustpilot.data.remaining = 833;
      },
      reviewsPerHour,
    );
    await simulateHour(
      siteReviewsConnector,
      { feedUrl: `${site.url}/reviews.rss`, format: 'rss' },
      (at) => site.data.add(at),
      reviewsPerHour,
    );
    return [
      {
        network: 'google',
        pollSeconds: googleReviewsConnector.defaultPollSeconds,
        callsPerHour: google.requests.length,
        limitPerHour: 18_000,
        share: google.requests.length / 18_000,
      },
      {
        network: 'trustpilot',
        pollSeconds: trustpilotConnector.defaultPollSeconds,
        callsPerHour: trustpilot.requests.length,
        limitPerHour: 9_996,
        share: trustpilot.requests.length / 9_996,
      },
      {
        network: 'site',
        pollSeconds: siteReviewsConnector.defaultPollSeconds,
        callsPerHour: site.requests.length,
        notModified: site.requests.length - reviewsPerHour,
        limitPerHour: "the company's own server",
      },
    ];
  } finally {
    await Promise.all([google.close(), trustpilot.close(), site.close()]);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await reviewsCallsPerHour(), null, 2));
