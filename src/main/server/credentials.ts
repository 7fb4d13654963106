// The two credentials of the local server, never confused: the display token (a screen's, read-only wall
// data) and the admin token (the settings'). Each travels in its own HttpOnly cookie or as a Bearer header.
import { timingSafeEqual } from 'node:crypto';

export const DISPLAY_COOKIE = 'sw_display';
export const ADMIN_COOKIE = 'sw_admin';

/** Constant-time comparison (a timing difference must not reveal how much of a guess was right). */
export function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
