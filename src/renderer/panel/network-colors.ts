// Each network's colour in the statistics' charts and legends: the Okabe–Ito palette (told apart with the three
// common colour-vision deficiencies), lightened where its darkest colours would vanish on the wall's dark
// background, and greys for the rest. Never the only cue: every bar and swatch is named beside it.
import type { Network } from '../../shared/post.ts';

export const NETWORK_COLORS: Record<Network, string> = {
  facebook: '#56b4e9',
  instagram: '#cc79a7',
  x: '#f2f2f2',
  foursquare: '#e69f00',
  mastodon: '#009e73',
  bluesky: '#3d8fdb',
  google: '#d55e00',
  trustpilot: '#f0e442',
  site: '#a8a8a8',
  web: '#d9b8f5',
};
