// The settings zone (`/settings`, `/api/settings/*`, and `/answer`, the answering page): only the admin credential
// opens it. The display token
// a screen holds is refused with a clear 403 (a display URL never reaches settings or secrets), and every
// state-changing request must prove it comes from our own page (CSRF defence), on top of the Origin check.
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { ErrorResponse } from '../../shared/api-contract.ts';
import { ADMIN_COOKIE, DISPLAY_COOKIE, sameToken } from './credentials.ts';
import { isPublicOrigin } from './public-hosts.ts';

/** Any value will do: a cross-site form cannot set a custom header, and a cross-site fetch with one needs CORS, which we never grant. */
export const SETTINGS_CSRF_HEADER = 'x-social-wall';

/** Paths of the settings zone (the answering page shows customers' posts to the team that answers: admin too). */
export function isSettingsPath(path: string): boolean {
  return path === '/settings' || path === '/answer' || path === '/api/settings' || path.startsWith('/api/settings/');
}

/** The one settings route open without the admin credential: it trades the IT PIN for it (rate limited). */
export const UNLOCK_PATH = '/api/settings/unlock';

function isStateChanging(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
}

/** A state-changing settings request carries our own Origin (a hub's public name is ours) or the custom header. */
export function passesCsrfCheck(c: Context, publicHosts: readonly string[] = []): boolean {
  if (!isStateChanging(c.req.method)) return true;
  const origin = c.req.header('origin');
  if (origin !== undefined && (origin === new URL(c.req.url).origin || isPublicOrigin(origin, publicHosts)))
    return true;
  return (c.req.header(SETTINGS_CSRF_HEADER) ?? '') !== '';
}

export function setAdminCookie(c: Context, adminToken: string): void {
  setCookie(c, ADMIN_COOKIE, adminToken, { httpOnly: true, sameSite: 'Strict', path: '/' });
}

function bearer(c: Context): string | undefined {
  return /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
}

export type AdminVerdict =
  { kind: 'admin' } | { kind: 'refused'; response: Response } | { kind: 'redirected'; response: Response };

/** Decides a request to the settings zone; the caller has already checked Host and Origin. */
export function checkAdmin(
  c: Context,
  adminToken: string,
  displayToken: string,
  publicHosts: readonly string[] = [],
): AdminVerdict {
  const deny = (status: 401 | 403, error: string): AdminVerdict => ({
    kind: 'refused',
    response: c.json<ErrorResponse>({ error }, status),
  });
  if (!passesCsrfCheck(c, publicHosts)) {
    return deny(
      403,
      `Settings changes must come from the settings page (same-origin Origin or the ${SETTINGS_CSRF_HEADER} header).`,
    );
  }
  // The admin URL carries the credential once: traded for its own cookie, then the clean URL.
  const queryAdmin = c.req.query('admin');
  if (queryAdmin !== undefined && c.req.method === 'GET') {
    if (!sameToken(queryAdmin, adminToken))
      return deny(401, 'Wrong admin token: open the settings URL printed when the wall started.');
    setAdminCookie(c, adminToken);
    const clean = new URL(c.req.url);
    clean.searchParams.delete('admin');
    return { kind: 'redirected', response: c.redirect(clean.pathname + clean.search, 303) };
  }
  if (c.req.path === UNLOCK_PATH) return { kind: 'admin' };
  const given = bearer(c) ?? getCookie(c, ADMIN_COOKIE);
  if (sameToken(given, adminToken)) return { kind: 'admin' };
  const display = bearer(c) ?? getCookie(c, DISPLAY_COOKIE) ?? c.req.query('token');
  if (sameToken(display, displayToken)) {
    return deny(
      403,
      'This is a display credential: it shows the wall but cannot open the settings. Use the settings URL or the IT PIN.',
    );
  }
  return deny(
    401,
    'The settings need the admin credential: open the settings URL printed when the wall started, or unlock with the IT PIN.',
  );
}
