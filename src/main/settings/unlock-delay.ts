// How long the PIN prompt waits after wrong PINs: a pure function of the consecutive failures and the clock.
// Three free tries (a typo happens), then 2 s, 4 s, 8 s… capped at 5 minutes: guessing 10,000 four-digit PINs
// takes weeks, while IT who mistyped waits seconds.
const FREE_TRIES = 3;
const FIRST_DELAY_MS = 2_000;
export const MAX_UNLOCK_DELAY_MS = 5 * 60_000;

export interface UnlockAttempts {
  consecutiveFailures: number;
  lastFailureAtMs: number;
}

export function unlockDelayMs(consecutiveFailures: number): number {
  if (consecutiveFailures < FREE_TRIES) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (consecutiveFailures - FREE_TRIES), MAX_UNLOCK_DELAY_MS);
}

/** Milliseconds before the next try is allowed (0: now). */
export function retryAfterMs(attempts: UnlockAttempts, nowMs: number): number {
  return Math.max(0, attempts.lastFailureAtMs + unlockDelayMs(attempts.consecutiveFailures) - nowMs);
}
