// Which bundled picture a photo post shows. Drawn independently, two neighbouring cards would often show
// the same "photo", which no real feed does: instead, within each 10-minute window, photo posts take the
// pictures in a seeded shuffled order, so the first ten photos of a window are all different.
import { DEMO_IMAGES } from './corpus/images.ts';
import { SeededRandom } from './seeded-random.ts';

export const PHOTO_WINDOW_MS = 10 * 60_000;
const STREAM_PHOTOS = 4;

export function photoWindowOf(slot: number, slotMs: number): number {
  return Math.floor((slot * slotMs) / PHOTO_WINDOW_MS);
}

export function firstSlotOfWindow(window: number, slotMs: number): number {
  return Math.ceil((window * PHOTO_WINDOW_MS) / slotMs);
}

/** Index in DEMO_IMAGES of the `ordinal`-th photo post (0-based) of `window`. */
export function photoImageIndex(seed: number, window: number, ordinal: number): number {
  const rng = SeededRandom.for(seed, window, STREAM_PHOTOS);
  const order = DEMO_IMAGES.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order[ordinal % order.length] as number;
}
