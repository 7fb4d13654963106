// Pushes the statistics to the screens: at most once per interval when something changed, and once per
// heartbeat regardless (time alone moves "today", the hourly buckets and the answer window). One computation
// at a time: the next tick is scheduled once the current one is done.
import type { WallStats } from '../../shared/stats.ts';
import type { Logger } from '../logger.ts';
import type { Timers } from './source-runner.ts';

/** On a quiet wall the stats still go out this often, so that "today", the hours and the answer window roll over. */
export const STATS_HEARTBEAT_MS = 60_000;

export interface StatsTickerOptions {
  timers: Timers;
  /** Computes the statistics (from rollups: it must not hold the event loop long). */
  compute: () => Promise<WallStats>;
  publish: (stats: WallStats) => void;
  logger: Logger;
  intervalMs?: number;
  heartbeatMs?: number;
}

export class StatsTicker {
  private timer: unknown;
  private dirty = false;
  private publishedAt = Number.NEGATIVE_INFINITY;
  private stopped = false;

  constructor(private readonly options: StatsTickerOptions) {}

  /** Something changed: the next tick pushes the statistics again. */
  markDirty(): void {
    this.dirty = true;
  }

  start(): void {
    // The screens fetch the stats when they open: the first heartbeat is due one heartbeat from now.
    this.publishedAt = this.options.timers.now();
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.options.timers.clearTimeout(this.timer);
  }

  private schedule(): void {
    if (this.stopped) return;
    const { timers, intervalMs = 1_000, heartbeatMs = STATS_HEARTBEAT_MS } = this.options;
    this.timer = timers.setTimeout(() => {
      const now = timers.now();
      if (!this.dirty && now - this.publishedAt < heartbeatMs) return this.schedule();
      this.dirty = false;
      this.publishedAt = now;
      this.options
        .compute()
        .then((stats) => {
          if (!this.stopped) this.options.publish(stats);
        })
        .catch((err: unknown) => {
          // A stop closes the database under a computation in flight: that is not a failure worth a line.
          if (!this.stopped) this.options.logger.error('statistics failed', { error: err });
        })
        .finally(() => this.schedule());
    }, intervalMs);
  }
}
