// When to try a source again. Pure functions of the failure count, the network's own hint and a random
// draw, so the schedule is tested without a clock.
import type { ConnectorErrorKind } from '../../connectors/connector.ts';

export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
  /** Expired or revoked token: retrying will not help soon, so come back rarely (no retry storm). */
  authRetryMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 2_000, capMs: 10 * 60_000, authRetryMs: 60 * 60_000 };

/**
 * Capped exponential backoff with "full jitter" (a random point in [delay/2, delay]) so that many
 * walls restarting together do not hit a network in step. A network's Retry-After / reset hint is a
 * floor: we never come back earlier than it says.
 */
export function retryDelayMs(
  failures: number,
  kind: ConnectorErrorKind,
  retryAfterMs: number | undefined,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  if (kind === 'auth' || kind === 'config') return Math.max(policy.authRetryMs, retryAfterMs ?? 0);
  const exp = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, failures - 1));
  const jittered = exp / 2 + (exp / 2) * random();
  return Math.max(Math.round(jittered), retryAfterMs ?? 0);
}

/** The regular poll interval with ±10 % jitter, never under a delay the network asked for. */
export function pollDelayMs(
  intervalMs: number,
  minDelayMs: number | undefined,
  random: () => number = Math.random,
): number {
  const jittered = intervalMs * (0.9 + 0.2 * random());
  return Math.round(Math.max(jittered, minDelayMs ?? 0));
}
