// How long to wait before the n-th retry (0-based): quick at first, then every 30 s for as long as it
// takes — a screen is never given up on.
const DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

export function retryDelay(failures: number): number {
  return DELAYS_MS[Math.min(failures, DELAYS_MS.length - 1)] ?? 30_000;
}
