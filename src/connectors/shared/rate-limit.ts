// Reads each network's own rate-limit signals from response headers, and turns them into a delay that
// spreads the remaining calls until the window resets — slowing down before the network throttles us.
//   X:        x-rate-limit-limit / -remaining / -reset (epoch seconds)
//   Mastodon: X-RateLimit-Limit / -Remaining / -Reset (ISO timestamp)
//   Bluesky:  ratelimit-limit / -remaining / -reset (epoch seconds)
//   Meta:     X-App-Usage / X-Business-Use-Case-Usage (JSON percentages, estimated_time_to_regain_access in minutes)
//   any:      Retry-After (seconds or an HTTP date)

export interface RateLimitState {
  limit?: number;
  remaining?: number;
  /** Epoch ms when the window resets. */
  resetAt?: number;
  /** Highest usage percentage reported (Meta), 0–100+. */
  usagePercent?: number;
  /** Epoch ms before which the network asked us not to call again (Retry-After, Meta regain time). */
  retryAt?: number;
}

export type HeaderBag = Record<string, string | string[] | number | undefined | null>;

function header(headers: HeaderBag, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== wanted || value === undefined || value === null) continue;
    return Array.isArray(value) ? value[0] : String(value);
  }
  return undefined;
}

function num(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** A reset value as epoch ms: epoch seconds, an ISO timestamp, or (small numbers) seconds from now. */
function resetToMs(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const n = num(value);
  if (n === undefined) {
    const t = Date.parse(value);
    return Number.isNaN(t) ? undefined : t;
  }
  // Epoch seconds are > 1e9; a smaller number is a delta in seconds (some proxies send that).
  return n > 1e9 ? n * 1000 : nowMs + n * 1000;
}

function retryAfterMs(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const seconds = num(value);
  if (seconds !== undefined) return nowMs + seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : date;
}

interface MetaUsage {
  call_count?: number;
  total_cputime?: number;
  total_time?: number;
  estimated_time_to_regain_access?: number;
}

/** X-App-Usage is one object; X-Business-Use-Case-Usage maps an id to a list of objects. */
function metaUsages(raw: string | undefined): MetaUsage[] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed === null || typeof parsed !== 'object') return [];
    if ('call_count' in parsed || 'total_time' in parsed || 'total_cputime' in parsed) return [parsed as MetaUsage];
    return Object.values(parsed as Record<string, unknown>).flatMap((v) =>
      Array.isArray(v) ? (v as MetaUsage[]) : [],
    );
  } catch {
    return [];
  }
}

export function readRateLimit(headers: HeaderBag, nowMs: number): RateLimitState {
  const state: RateLimitState = {};
  for (const prefix of ['x-rate-limit-', 'x-ratelimit-', 'ratelimit-']) {
    const remaining = num(header(headers, `${prefix}remaining`));
    if (remaining === undefined) continue;
    state.remaining = remaining;
    const limit = num(header(headers, `${prefix}limit`));
    if (limit !== undefined) state.limit = limit;
    const resetAt = resetToMs(header(headers, `${prefix}reset`), nowMs);
    if (resetAt !== undefined) state.resetAt = resetAt;
    break;
  }
  const usages = [
    ...metaUsages(header(headers, 'x-app-usage')),
    ...metaUsages(header(headers, 'x-business-use-case-usage')),
  ];
  if (usages.length) {
    state.usagePercent = Math.max(
      ...usages.flatMap((u) => [u.call_count ?? 0, u.total_cputime ?? 0, u.total_time ?? 0]),
    );
    const regainMinutes = Math.max(...usages.map((u) => u.estimated_time_to_regain_access ?? 0));
    if (regainMinutes > 0) state.retryAt = nowMs + regainMinutes * 60_000;
  }
  const retryAt = retryAfterMs(header(headers, 'retry-after'), nowMs);
  if (retryAt !== undefined) state.retryAt = Math.max(state.retryAt ?? 0, retryAt);
  return state;
}

/** Meta's usage (percent of the app's quota) from which the wall spaces its polls out. */
export const SLOW_DOWN_FROM_PERCENT = 75;

/**
 * How long to wait before the next call so that the remaining budget lasts until the window resets.
 * Keeps a reserve (10 % of the limit) for manual checks and other clients of the same app; Meta usage
 * above 75 % slows down progressively.
 */
export function slowDownDelayMs(state: RateLimitState, nowMs: number): number {
  let delay = 0;
  if (state.retryAt !== undefined) delay = Math.max(delay, state.retryAt - nowMs);
  if (state.remaining !== undefined && state.resetAt !== undefined && state.resetAt > nowMs) {
    const reserve = Math.ceil((state.limit ?? 0) * 0.1);
    const usable = state.remaining - reserve;
    const window = state.resetAt - nowMs;
    delay = Math.max(delay, usable <= 0 ? window : window / usable);
  }
  if (state.usagePercent !== undefined && state.usagePercent >= SLOW_DOWN_FROM_PERCENT) {
    // 75 % → 1 min between calls, 95 % and more → 15 min.
    const pressure = Math.min(1, (state.usagePercent - 75) / 20);
    delay = Math.max(delay, 60_000 + pressure * 14 * 60_000);
  }
  return Math.round(Math.max(0, delay));
}

/** Figures for the source's health (shown in the settings window). */
export function rateLimitBudget(state: RateLimitState): Record<string, number | string> {
  const budget: Record<string, number | string> = {};
  if (state.remaining !== undefined) budget['rateLimitRemaining'] = state.remaining;
  if (state.limit !== undefined) budget['rateLimitLimit'] = state.limit;
  if (state.resetAt !== undefined) budget['rateLimitResetAt'] = new Date(state.resetAt).toISOString();
  if (state.usagePercent !== undefined) budget['usagePercent'] = state.usagePercent;
  return budget;
}
