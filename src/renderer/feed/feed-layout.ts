// The feed's arrangement for the screen's shape and the panel's density. A hall screen (the default) shows
// the spotlight and at most four other posts, set to be read from eight metres; a `near` panel (a screen
// read from a few metres: a store's counter) shows up to eight, smaller. Landscape: the spotlight beside
// the cards; portrait: above them; a narrow window (a split screen): cards only.
import type { FeedDensity } from '../../shared/config.ts';

export type FeedShape = 'landscape' | 'portrait' | 'narrow';

export interface FeedLayout {
  shape: FeedShape;
  spotlight: boolean;
  /** Cards mounted at most: those that do not fit the screen whole are not drawn (feed.css). */
  cards: number;
  density: FeedDensity;
}

export function layoutFor(width: number, height: number, density: FeedDensity): FeedLayout {
  const cards = density === 'near' ? 8 : 4;
  if (width < 720) return { shape: 'narrow', spotlight: false, cards, density };
  if (width < height) return { shape: 'portrait', spotlight: true, cards, density };
  return { shape: 'landscape', spotlight: true, cards, density };
}
