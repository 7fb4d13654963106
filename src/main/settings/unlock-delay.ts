// How long the PIN prompt waits after wrong PINs: a pure function of the consecutive failures and the clock,
// per lane (pin-lock.ts). The settings window's lane — the kiosk's own window, the one place IT types the PIN —
// gives three free tries (a typo happens), then 2 s, 4 s, 8 s… capped at 5 minutes: about 12 guesses an hour.
// Any other client (a local page or process: IT never types the PIN there) gets one free try, then 1 min,
// 2 min… capped at 30 minutes: about 2 an hour. Together the bound stays near 14 guesses an hour — weeks for
// 10,000 four-digit PINs — and nothing outside the window can make IT wait.
export interface UnlockDelayPolicy {
  freeTries: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

export const SETTINGS_WINDOW_DELAYS: UnlockDelayPolicy = { freeTries: 3, firstDelayMs: 2_000, maxDelayMs: 5 * 60_000 };
export const OTHER_CLIENT_DELAYS: UnlockDelayPolicy = { freeTries: 1, firstDelayMs: 60_000, maxDelayMs: 30 * 60_000 };
export const MAX_UNLOCK_DELAY_MS = SETTINGS_WINDOW_DELAYS.maxDelayMs;

export interface UnlockAttempts {
  consecutiveFailures: number;
  lastFailureAtMs: number;
}

export function unlockDelayMs(consecutiveFailures: number, policy: UnlockDelayPolicy = SETTINGS_WINDOW_DELAYS): number {
  if (consecutiveFailures < policy.freeTries) return 0;
  return Math.min(policy.firstDelayMs * 2 ** (consecutiveFailures - policy.freeTries), policy.maxDelayMs);
}

/** Milliseconds before the next try is allowed (0: now). */
export function retryAfterMs(
  attempts: UnlockAttempts,
  nowMs: number,
  policy: UnlockDelayPolicy = SETTINGS_WINDOW_DELAYS,
): number {
  return Math.max(0, attempts.lastFailureAtMs + unlockDelayMs(attempts.consecutiveFailures, policy) - nowMs);
}
