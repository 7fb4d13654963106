// Every network, in the order the settings list them (the record makes the compiler check none is missing).
import type { Network } from '../../shared/post.ts';

const ALL: Record<Network, true> = {
  facebook: true,
  instagram: true,
  x: true,
  foursquare: true,
  mastodon: true,
  bluesky: true,
  google: true,
  trustpilot: true,
  site: true,
  web: true,
};

export const NETWORKS = Object.keys(ALL) as Network[];
