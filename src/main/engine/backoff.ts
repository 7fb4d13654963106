// When to try a source again. Pure functions of the failure count, the source's poll interval, the
// network's own hint and a random draw, so the schedule is tested without a clock.
import type { ConnectorErrorKind } from '../../connectors/connector.ts';

export interface BackoffPolicy {
  /** First retry of a stream (which has no poll interval), and the fastest a Retry-After can bring a poll back. */
  baseMs: number;
  /** Longest wait after transient failures (a longer poll interval is its own cap). */
  capMs: number;
  /** Token refused or configuration wrong: IT may fix it any minute, so retry in minutes, growing to `authCapMs`. */
  authBaseMs: number;
  authCapMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = {
  baseMs: 2_000,
  capMs: 10 * 60_000,
  authBaseMs: 60_000,
  authCapMs: 15 * 60_000,
};

export interface RetryInput {
  /** Failures in a row, this one included (≥ 1). */
  failures: number;
  kind: ConnectorErrorKind;
  /** The network's own word on when to come back (Retry-After, a rate-limit reset, Meta's regain time). */
  retryAfterMs?: number | undefined;
  /** The source's healthy poll interval (0 for a live stream, which has none). */
  intervalMs: number;
}

/** Spread walls restarting together: a random point in [delay, 1.2 × delay]. */
const jitter = (delayMs: number, random: () => number) => delayMs * (1 + 0.2 * random());

/**
 * A failing source never calls more often than a healthy one: the retries start at the poll interval and
 * double up to the cap (or the interval, when longer); a network that cannot be reached at all is tried
 * again at the poll interval (never shorter than a healthy poll, never longer than the interval). Only the network may bring a retry forward: a
 * Retry-After shorter than the interval is honoured, with the retries still doubling from `baseMs`.
 * An auth or configuration failure retries after a minute, then 2, 4, 8, 15 (IT may fix it any moment,
 * and a save or a successful Test connection retries at once: SourceRunner.retryNow).
 */
export function retryDelayMs(
  input: RetryInput,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const { failures, kind, retryAfterMs, intervalMs } = input;
  const doubling = 2 ** Math.max(0, failures - 1);
  if (kind === 'auth' || kind === 'config') {
    const wait = Math.max(intervalMs, Math.min(policy.authCapMs, policy.authBaseMs * doubling));
    return Math.round(Math.max(jitter(wait, random), retryAfterMs ?? 0));
  }
  if (kind === 'network' && intervalMs > 0) {
    // Nothing answered (no route, DNS, refused, timed out): a lobby PC's network is down, often for hours.
    // Trying at the healthy pace asks no more of the network than a healthy source, and brings the source back
    // within one poll interval of the network's return, not after a doubled wait of up to the cap.
    return Math.round(Math.max(intervalMs * (0.9 + 0.1 * random()), retryAfterMs ?? 0));
  }
  const floor = Math.max(policy.baseMs, intervalMs);
  const scheduled = jitter(Math.min(Math.max(policy.capMs, intervalMs), floor * doubling), random);
  if (retryAfterMs === undefined) return Math.round(scheduled);
  // The network said when it may be called again: never earlier, and not later than our own schedule needs.
  const allowed = Math.min(scheduled, policy.baseMs * doubling);
  return Math.round(Math.max(retryAfterMs, allowed));
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
