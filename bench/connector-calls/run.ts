// API calls per hour each connector makes at its default settings, each against its emulator for a
// simulated hour, beside the network's published limit. Written to bench/results/connector-calls.json.
import { blueskyCallsPerHour } from './bluesky.ts';
import { facebookCallsPerHour } from './facebook.ts';
import { foursquareCallsPerHour } from './foursquare.ts';
import { instagramCallsPerHour } from './instagram.ts';
import { mastodonCallsPerHour } from './mastodon.ts';
import { reviewsCallsPerHour } from './reviews.ts';
import { rssCallsPerHour } from './rss.ts';
import { xCallsPerHour } from './x.ts';

export async function connectorCallsPerHour(): Promise<Record<string, unknown>> {
  return {
    facebook: await facebookCallsPerHour(),
    instagram: await instagramCallsPerHour(),
    x: await xCallsPerHour(),
    mastodon: await mastodonCallsPerHour(),
    bluesky: await blueskyCallsPerHour(),
    foursquare: await foursquareCallsPerHour(),
    reviews: await reviewsCallsPerHour(),
    rss: await rssCallsPerHour(),
  };
}
