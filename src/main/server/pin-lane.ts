// Which lane a PIN try comes from (settings/pin-lock.ts). The kiosk's settings window is the one place IT types
// the PIN: the shell vouches for its top-level GET of /settings with the admin token, and the page served to
// that request gets a per-launch lane cookie (HttpOnly, SameSite=Strict, sent only to /api/settings/unlock).
// A local page or process never sees the admin token, so it cannot hold the cookie: its tries land in the
// other lane, whose delays never touch the window's.
import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { PinLane } from '../settings/pin-lock.ts';
import { UNLOCK_PATH } from './admin-gate.ts';
import { sameToken } from './credentials.ts';

export const PIN_LANE_COOKIE = 'sw_pin_lane';

export interface PinLanes {
  /** Gives the settings page (served to an admin) the window's lane. */
  admit(c: Context): void;
  of(c: Context): PinLane;
}

export function pinLanes(token: string = randomBytes(24).toString('base64url')): PinLanes {
  return {
    admit: (c) => setCookie(c, PIN_LANE_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: UNLOCK_PATH }),
    of: (c) => (sameToken(getCookie(c, PIN_LANE_COOKIE), token) ? 'settings-window' : 'other'),
  };
}
