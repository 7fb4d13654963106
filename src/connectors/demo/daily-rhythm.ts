// When people post about a garage, and when its social-media desk answers: a pure function of the time.
// The demo brand lives in France; a fixed UTC+1 offset keeps the curve identical on every machine
// (the wall's own time zone, or daylight saving, must not change what the demo shows).

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
export const DEMO_UTC_OFFSET_MS = HOUR_MS;

/**
 * Chance that a slot holds a post, at each local hour (0–23). Busy at lunch and after work, a trickle at
 * night; linear in between so the rate never jumps on the hour.
 */
const DENSITY_BY_HOUR: readonly number[] = [
  0.1,
  0.06,
  0.04,
  0.03,
  0.03,
  0.05,
  0.1,
  0.22, // 00–07
  0.35,
  0.4,
  0.42,
  0.5,
  0.82,
  0.85,
  0.55,
  0.42, // 08–15
  0.42,
  0.5,
  0.72,
  0.8,
  0.78,
  0.62,
  0.38,
  0.2, // 16–23
];

/** Milliseconds since local midnight. */
export function localTimeOfDay(ms: number): number {
  const local = ms + DEMO_UTC_OFFSET_MS;
  return ((local % DAY_MS) + DAY_MS) % DAY_MS;
}

/** Probability in [0, 1] that a slot starting at `ms` holds a customer post. */
export function postDensity(ms: number): number {
  const hours = localTimeOfDay(ms) / HOUR_MS;
  const h = Math.floor(hours);
  const a = DENSITY_BY_HOUR[h] ?? 0;
  const b = DENSITY_BY_HOUR[(h + 1) % 24] ?? 0;
  return a + (b - a) * (hours - h);
}

/** The brand's social-media desk answers from 08:00 to 21:00 local time. */
const DESK_OPENS_MS = 8 * HOUR_MS;
const DESK_CLOSES_MS = 21 * HOUR_MS;

export function isDeskOpen(ms: number): boolean {
  const t = localTimeOfDay(ms);
  return t >= DESK_OPENS_MS && t < DESK_CLOSES_MS;
}

/** The next moment the desk opens, strictly after `ms` when it is closed (undefined when it is open). */
export function nextDeskOpening(ms: number): number | undefined {
  if (isDeskOpen(ms)) return undefined;
  const t = localTimeOfDay(ms);
  const untilOpen = t < DESK_OPENS_MS ? DESK_OPENS_MS - t : DAY_MS - t + DESK_OPENS_MS;
  return ms + untilOpen;
}

/** When the desk closes today, if it is open at `ms`. */
export function deskClosingTime(ms: number): number | undefined {
  return isDeskOpen(ms) ? ms + (DESK_CLOSES_MS - localTimeOfDay(ms)) : undefined;
}
