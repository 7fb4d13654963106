// The IT PIN of the Electron settings window: set or changed by an admin, traded for the admin cookie by
// /api/settings/unlock, with a growing delay after wrong tries (unlock-delay.ts). Two lanes, each with its own
// delay: the kiosk's settings window (a request carrying the lane cookie the server gave the page it served to
// the shell's vouched request, server/pin-lane.ts) and every other client, so that a local page or process
// trying PINs in a loop delays only itself, never IT at the kiosk. One check at a time, so parallel guesses
// cannot slip past the delay.
import { z } from 'zod';
import { readPinHash, writePinHash } from './pin-file.ts';
import { hashPin, verifyPin } from './pin-hash.ts';
import {
  OTHER_CLIENT_DELAYS,
  retryAfterMs,
  SETTINGS_WINDOW_DELAYS,
  type UnlockAttempts,
  type UnlockDelayPolicy,
} from './unlock-delay.ts';

/** Where a try comes from: the kiosk's settings window, or any other client. */
export type PinLane = 'settings-window' | 'other';

const POLICIES: Record<PinLane, UnlockDelayPolicy> = {
  'settings-window': SETTINGS_WINDOW_DELAYS,
  other: OTHER_CLIENT_DELAYS,
};

const NO_FAILURE: UnlockAttempts = { consecutiveFailures: 0, lastFailureAtMs: 0 };

export const PinSchema = z.string().regex(/^\d{4,12}$/, 'the PIN is 4 to 12 digits');

export type UnlockResult =
  { kind: 'unlocked' } | { kind: 'wrong' } | { kind: 'locked'; retryAfterSeconds: number } | { kind: 'no-pin' };

export class PinLock {
  private hash: string | undefined;
  private readonly attempts = new Map<PinLane, UnlockAttempts>();
  /** One check at a time per lane (another lane's queue never holds the settings window's). */
  private readonly checking = new Map<PinLane, Promise<unknown>>();

  constructor(
    private readonly dataDir: string,
    private readonly now: () => number,
  ) {
    this.hash = readPinHash(dataDir);
  }

  isSet(): boolean {
    return this.hash !== undefined;
  }

  async set(pin: string): Promise<void> {
    const hash = await hashPin(pin);
    writePinHash(this.dataDir, hash);
    this.hash = hash;
    this.attempts.clear();
  }

  unlock(pin: string, lane: PinLane = 'other'): Promise<UnlockResult> {
    const run = (this.checking.get(lane) ?? Promise.resolve()).then(() => this.check(pin, lane));
    this.checking.set(
      lane,
      run.catch(() => undefined),
    );
    return run;
  }

  private async check(pin: string, lane: PinLane): Promise<UnlockResult> {
    if (this.hash === undefined) return { kind: 'no-pin' };
    const policy = POLICIES[lane];
    const attempts = this.attempts.get(lane) ?? NO_FAILURE;
    const wait = retryAfterMs(attempts, this.now(), policy);
    if (wait > 0) return { kind: 'locked', retryAfterSeconds: Math.ceil(wait / 1000) };
    if (await verifyPin(pin, this.hash)) {
      this.attempts.delete(lane);
      return { kind: 'unlocked' };
    }
    const failed = { consecutiveFailures: attempts.consecutiveFailures + 1, lastFailureAtMs: this.now() };
    this.attempts.set(lane, failed);
    const next = retryAfterMs(failed, this.now(), policy);
    return next > 0 ? { kind: 'locked', retryAfterSeconds: Math.ceil(next / 1000) } : { kind: 'wrong' };
  }
}
