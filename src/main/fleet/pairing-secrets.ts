// The secrets of pairing: one-time codes a person types (8 characters without look-alikes, about 40 bits, good
// for 10 minutes behind a rate limit) and store tokens (256 random bits). Only their sha-256 is ever stored.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { STORE_TOKEN_PREFIX } from '../../shared/fleet-contract.ts';

/** No 0/O, no 1/I: read aloud or from a screen without doubt. */
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A new code, shown as `XXXX-XXXX`. */
export function newPairingCode(): string {
  const chars = Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)] ?? 'A');
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

/** The code as typed (any case, spaces, dashes), in its stored form; undefined when it cannot be one. */
export function normalisePairingCode(typed: string): string | undefined {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  return code.length === 8 && [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : undefined;
}

export function newStoreToken(): string {
  return `${STORE_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** sha-256, hex: enough for random secrets of 40 bits behind a rate limit and of 256 bits. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
