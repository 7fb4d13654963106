// At most `max` tries per client address in a window (pairing codes are short: guessing must stay slow).
export class AttemptLimiter {
  private readonly windows = new Map<string, { startMs: number; count: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** Counts a try; the seconds to wait when over the limit, else undefined. */
  attempt(key: string): number | undefined {
    const nowMs = this.now();
    if (this.windows.size > 10_000) this.forgetOld(nowMs);
    const window = this.windows.get(key);
    if (!window || nowMs - window.startMs >= this.windowMs) {
      this.windows.set(key, { startMs: nowMs, count: 1 });
      return undefined;
    }
    window.count += 1;
    if (window.count <= this.max) return undefined;
    return Math.max(1, Math.ceil((window.startMs + this.windowMs - nowMs) / 1000));
  }

  private forgetOld(nowMs: number): void {
    for (const [key, window] of this.windows) if (nowMs - window.startMs >= this.windowMs) this.windows.delete(key);
  }
}
