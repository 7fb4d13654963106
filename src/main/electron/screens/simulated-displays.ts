// `--simulate-displays 1920x1080,1920x1080,3840x2160`: the kiosk lays its windows out as if these displays
// stood side by side, left to right. For the Electron end-to-end test and for previewing a lobby's layout
// on a laptop; the real displays' events are then ignored.
import type { DisplaySnapshot } from './display-fingerprint.ts';

/** @returns the displays, or a message naming what is wrong. */
export function parseSimulatedDisplays(text: string): DisplaySnapshot[] | string {
  const sizes = text.split(',').map((s) => s.trim());
  const displays: DisplaySnapshot[] = [];
  let x = 0;
  for (const [i, size] of sizes.entries()) {
    const m = /^(\d{3,5})x(\d{3,5})$/.exec(size);
    if (!m) return `--simulate-displays: "${size}" is not a size like 1920x1080 (displays are separated by commas)`;
    const width = Number(m[1]);
    const height = Number(m[2]);
    displays.push({ id: i + 1, label: `Simulated ${i + 1}`, bounds: { x, y: 0, width, height }, scaleFactor: 1 });
    x += width;
  }
  return displays;
}
