// The IT PIN, kept as a slow salted hash: a short PIN is guessable offline from a fast hash, so scrypt with
// costly parameters (about 0.1 s and 32 MB per try). The string is versioned so the parameters can grow.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const VERSION = 'scrypt1';
const DEFAULT_PARAMS = { N: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;

function derive(pin: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  return new Promise((resolve, reject) =>
    scrypt(pin.normalize('NFKC'), salt, KEY_BYTES, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** "scrypt1$N$r$p$salt$hash" (base64url), with a fresh random salt. */
export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(pin, salt, DEFAULT_PARAMS);
  const { N, r, p } = DEFAULT_PARAMS;
  return [VERSION, N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Constant-time check; a stored string it cannot read is a mismatch, never an exception. */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const [version, n, r, p, salt, hash] = stored.split('$');
  if (version !== VERSION || !salt || !hash) return false;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (![params.N, params.r, params.p].every((v) => Number.isSafeInteger(v) && v > 0)) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(pin, Buffer.from(salt, 'base64url'), params);
  return key.length === expected.length && timingSafeEqual(key, expected);
}
