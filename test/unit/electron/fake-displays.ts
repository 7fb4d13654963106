// Fake displays for the screen tests: 1920×1080 monitors side by side unless told otherwise.
import type { DisplaySnapshot } from '../../../src/main/electron/screens/display-fingerprint.ts';

export function monitor(
  id: number,
  slot: number,
  label = `DELL U2419H`,
  width = 1920,
  height = 1080,
  scaleFactor = 1,
): DisplaySnapshot {
  return { id, label, bounds: { x: slot * 1920, y: 0, width, height }, scaleFactor };
}
