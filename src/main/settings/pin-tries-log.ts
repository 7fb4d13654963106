// What the log says about refused PIN tries: a summary, not a line per try (a local client trying in a loop
// once wrote 2,463 lines a minute). The first refusal in a lane is written at once; the next ones are counted
// and written as one line when a try comes after the summary period, and when the PIN is finally right.
import type { Logger } from '../logger.ts';
import type { PinLane } from './pin-lock.ts';

/** At most one summary line per lane in this period. */
export const PIN_LOG_PERIOD_MS = 10 * 60_000;

interface LaneCount {
  refused: number;
  delayed: number;
  since: number;
  loggedAt: number;
}

export class PinTriesLog {
  private readonly lanes = new Map<PinLane, LaneCount>();

  constructor(
    private readonly logger: Logger,
    private readonly now: () => number,
  ) {}

  /** A wrong PIN (`delayed`: the try came while the lane waited, and was not even checked). */
  refused(lane: PinLane, kind: 'wrong' | 'delayed', retryAfterSeconds?: number): void {
    const now = this.now();
    const count = this.lanes.get(lane);
    if (!count) {
      this.lanes.set(lane, { refused: 0, delayed: 0, since: now, loggedAt: now });
      this.logger.warn('settings: wrong IT PIN', { lane, ...(retryAfterSeconds ? { retryAfterSeconds } : {}) });
      return;
    }
    if (kind === 'wrong') count.refused++;
    else count.delayed++;
    if (now - count.loggedAt >= PIN_LOG_PERIOD_MS) this.summarise(lane, count, now, retryAfterSeconds);
  }

  unlocked(lane: PinLane): void {
    const count = this.lanes.get(lane);
    this.lanes.delete(lane);
    if (count && count.refused + count.delayed > 0) this.summarise(lane, count, this.now());
    this.logger.info('settings: unlocked with the IT PIN', { lane });
  }

  private summarise(lane: PinLane, count: LaneCount, now: number, retryAfterSeconds?: number): void {
    this.logger.warn('settings: IT PIN tries refused', {
      lane,
      wrong: count.refused,
      delayed: count.delayed,
      minutes: Math.round((now - count.since) / 60_000),
      ...(retryAfterSeconds ? { retryAfterSeconds } : {}),
    });
    count.refused = 0;
    count.delayed = 0;
    count.since = now;
    count.loggedAt = now;
  }
}
