// The IT PIN of the Electron settings window: set or changed by an admin, traded for the admin cookie by
// /api/settings/unlock, with a growing delay after wrong tries (unlock-delay.ts). One check at a time, so
// parallel guesses cannot slip past the delay.
import { z } from 'zod';
import { readPinHash, writePinHash } from './pin-file.ts';
import { hashPin, verifyPin } from './pin-hash.ts';
import { retryAfterMs, type UnlockAttempts } from './unlock-delay.ts';

export const PinSchema = z.string().regex(/^\d{4,12}$/, 'the PIN is 4 to 12 digits');

export type UnlockResult =
  { kind: 'unlocked' } | { kind: 'wrong' } | { kind: 'locked'; retryAfterSeconds: number } | { kind: 'no-pin' };

export class PinLock {
  private hash: string | undefined;
  private attempts: UnlockAttempts = { consecutiveFailures: 0, lastFailureAtMs: 0 };
  private checking: Promise<unknown> = Promise.resolve();

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
    this.attempts = { consecutiveFailures: 0, lastFailureAtMs: 0 };
  }

  unlock(pin: string): Promise<UnlockResult> {
    const run = this.checking.then(() => this.check(pin));
    this.checking = run.catch(() => undefined);
    return run;
  }

  private async check(pin: string): Promise<UnlockResult> {
    if (this.hash === undefined) return { kind: 'no-pin' };
    const wait = retryAfterMs(this.attempts, this.now());
    if (wait > 0) return { kind: 'locked', retryAfterSeconds: Math.ceil(wait / 1000) };
    if (await verifyPin(pin, this.hash)) {
      this.attempts = { consecutiveFailures: 0, lastFailureAtMs: 0 };
      return { kind: 'unlocked' };
    }
    this.attempts = { consecutiveFailures: this.attempts.consecutiveFailures + 1, lastFailureAtMs: this.now() };
    const next = retryAfterMs(this.attempts, this.now());
    return next > 0 ? { kind: 'locked', retryAfterSeconds: Math.ceil(next / 1000) } : { kind: 'wrong' };
  }
}
