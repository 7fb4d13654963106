// Each network's colour, for charts (the CSS has the same ones for chips: panel.css).
import type { Network } from '../../shared/post.ts';

export const NETWORK_COLORS: Record<Network, string> = {
  facebook: '#1877f2',
  instagram: '#d62976',
  x: '#9aa4b5',
  foursquare: '#f94877',
  mastodon: '#6364ff',
  bluesky: '#1185fe',
  google: '#2f9e4f',
  trustpilot: '#00b67a',
  site: '#ffb000',
  web: '#12a4b4',
};
