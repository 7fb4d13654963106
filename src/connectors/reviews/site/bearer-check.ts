// The webhook's shared secret, compared in constant time: both sides are hashed first, so neither the
// content nor the length of the expected token leaks through timing.
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

export function bearerMatches(authorization: string | undefined, expected: string): boolean {
  const given = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1] ?? '';
  const same = timingSafeEqual(digest(given), digest(expected));
  return same && given !== '';
}
