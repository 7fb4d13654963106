// Retention and cache TTLs: at start, then every interval, the store purges in small bites with a yield to
// the event loop between them (a big purge must not freeze the screens). Posts whose TTL ran out leave the
// screens; the statistics follow.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { Logger } from '../logger.ts';
import type { PostWriter } from '../store/store-api.ts';
import type { Timers } from './source-runner.ts';

export interface RetentionLoopOptions {
  writer: PostWriter;
  timers: Timers;
  /** The retention in force (it changes with the settings). */
  retentionDays: () => number;
  /** Posts that left the wall because their cache TTL ran out. */
  onExpired: (keys: readonly string[]) => unknown;
  /** Something was removed: the statistics must be pushed again. */
  onChange: () => void;
  logger: Logger;
  intervalMs?: number;
}

export class RetentionLoop {
  private timer: unknown;
  private stopped = false;

  constructor(private readonly options: RetentionLoopOptions) {}

  /** Starts (or starts again after stop(): a hub process that takes the connectors over). */
  start(): void {
    this.options.timers.clearTimeout(this.timer);
    this.stopped = false;
    void this.runLogged();
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.options.timers.clearTimeout(this.timer);
  }

  /** One full pass, chunk after chunk (exposed for tests and tools). */
  async runOnce(): Promise<void> {
    const { writer, timers } = this.options;
    for (;;) {
      if (this.stopped) return;
      const result = await writer.purge(timers.now(), this.options.retentionDays());
      if (result.expiredKeys.length) await this.options.onExpired(result.expiredKeys);
      if (result.removed || result.expiredKeys.length) this.options.onChange();
      if (!result.more) return;
      await yieldToLoop();
    }
  }

  private runLogged(): Promise<void> {
    return this.runOnce().catch((err: unknown) => {
      if (!this.stopped) this.options.logger.error('retention failed', { error: err });
    });
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = this.options.timers.setTimeout(
      () => void this.runLogged().finally(() => this.schedule()),
      this.options.intervalMs ?? 10 * 60_000,
    );
  }
}
