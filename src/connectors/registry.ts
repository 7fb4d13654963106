// Every connector the wall knows, by type. Adding a network = one folder under src/connectors and one
// line here.
import type { ConnectorDefinition } from './connector.ts';
import { demoConnector } from './demo/demo-connector.ts';
import { facebookConnector } from './facebook/facebook-connector.ts';
import { instagramConnector } from './instagram/instagram-connector.ts';
import { replayConnector } from './replay/replay-connector.ts';
import { xConnector } from './x/x-connector.ts';
import { mastodonConnector } from './mastodon/mastodon-connector.ts';
import { blueskyConnector } from './bluesky/bluesky-connector.ts';
import { foursquareConnector } from './foursquare/foursquare-connector.ts';
import { googleReviewsConnector } from './reviews/google/google-reviews-connector.ts';
import { trustpilotConnector } from './reviews/trustpilot/trustpilot-connector.ts';
import { siteReviewsConnector } from './reviews/site/site-reviews-connector.ts';
import { rssConnector } from './rss/rss-connector.ts';

const definitions: ConnectorDefinition[] = [
  xConnector,
  facebookConnector,
  instagramConnector,
  foursquareConnector,
  googleReviewsConnector,
  trustpilotConnector,
  siteReviewsConnector,
  demoConnector,
  replayConnector,
  mastodonConnector,
  blueskyConnector,
  rssConnector,
];

export const connectorRegistry: ReadonlyMap<string, ConnectorDefinition> = new Map(definitions.map((d) => [d.type, d]));
