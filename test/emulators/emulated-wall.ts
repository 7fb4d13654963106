// `npm run serve -- --emulate`: every network emulator started with a living dataset, and the sources
// that point the real connectors at them. Each network adds one entry to EMULATED_NETWORKS.
import type { SourceConfig } from '../../src/shared/config.ts';
import type { RunningEmulator } from './kit/emulator.ts';
import { xEmulated } from './x/x-emulated.ts';
import { mastodonEmulated } from './mastodon/mastodon-emulated.ts';
import { blueskyEmulated } from './bluesky/bluesky-emulated.ts';
import { metaEmulated } from './meta/meta-emulated.ts';
import { foursquareEmulated } from './foursquare/foursquare-emulated.ts';
import { googleReviewsEmulated, siteReviewsEmulated, trustpilotEmulated } from './reviews/reviews-emulated.ts';
import { rssEmulated } from './rss/rss-emulated.ts';

export interface EmulatedNetwork {
  /** Starts the emulator with a dataset that keeps producing posts, and says which sources read it. */
  start(): Promise<{ emulator: RunningEmulator; sources: SourceConfig[] }>;
}

export const EMULATED_NETWORKS: EmulatedNetwork[] = [
  // One line per network, e.g. facebookEmulated, xEmulated, … (see each network's folder).
  xEmulated,
  mastodonEmulated,
  blueskyEmulated,
  metaEmulated,
  foursquareEmulated,
  googleReviewsEmulated,
  trustpilotEmulated,
  siteReviewsEmulated,
  rssEmulated,
];

export interface EmulatedWall {
  sources: SourceConfig[];
  close(): Promise<void>;
}

export async function startEmulatedNetworks(): Promise<EmulatedWall> {
  const started = await Promise.all(EMULATED_NETWORKS.map((n) => n.start()));
  return {
    sources: started.flatMap((s) => s.sources),
    close: async () => {
      await Promise.all(started.map((s) => s.emulator.close()));
    },
  };
}
