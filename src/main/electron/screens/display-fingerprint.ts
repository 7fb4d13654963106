// What the wall remembers of a display to find it again. Display ids alone are not stable (Windows
// renumbers them after a re-plug or a driver update), so the label, size, scale and left-to-right rank
// are kept too, and matched in a fallback order (match-displays.ts).

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of Electron's `Display` the wall reads (fakes in tests are plain objects). */
export interface DisplaySnapshot {
  id: number;
  label: string;
  bounds: Rect;
  scaleFactor: number;
}

export interface DisplayFingerprint {
  id: number;
  label: string;
  width: number;
  height: number;
  scaleFactor: number;
  /** 0 for the leftmost display (then top to bottom for displays stacked at the same x). */
  rank: number;
}

/** The displays, left to right. */
export function orderLeftToRight<T extends DisplaySnapshot>(displays: readonly T[]): T[] {
  return [...displays].sort((a, b) => a.bounds.x - b.bounds.x || a.bounds.y - b.bounds.y || a.id - b.id);
}

/** One fingerprint per display, in left-to-right order. */
export function fingerprintDisplays(displays: readonly DisplaySnapshot[]): DisplayFingerprint[] {
  return orderLeftToRight(displays).map((d, rank) => ({
    id: d.id,
    label: d.label,
    width: d.bounds.width,
    height: d.bounds.height,
    scaleFactor: d.scaleFactor,
    rank,
  }));
}
