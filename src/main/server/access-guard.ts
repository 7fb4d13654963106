// Who may talk to the local server. Three checks, in this order:
//  1. Host: only this server's own names (an IP literal or localhost), which defeats DNS rebinding, and a hub's
//     public names (--public-host, public-hosts.ts);
//  2. Origin: a state-changing request from another site is refused (a hub's public names are its own);
//  3. the settings zone (admin-gate.ts) needs the admin credential; everything else the per-launch display
//     token, as an HttpOnly cookie (traded once from ?token=) or a Bearer header. The built renderer's static
//     files (no data) open with either, since the settings page is built with the panels.
import { isIP } from 'node:net';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { ErrorResponse } from '../../shared/api-contract.ts';
import { REVOKED_MESSAGE, STORE_TOKEN_PREFIX } from '../../shared/fleet-contract.ts';
import { checkAdmin, isSettingsPath } from './admin-gate.ts';
import { ADMIN_COOKIE, DISPLAY_COOKIE, sameToken } from './credentials.ts';
import { isPublicHost, isPublicOrigin } from './public-hosts.ts';

export { DISPLAY_COOKIE, sameToken } from './credentials.ts';

/** A Host header is ours when it names this port on an IP literal or on localhost (no DNS name can point here). */
export function isOwnHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:]+)(?::(\d+))?$/.exec(hostHeader.trim());
  if (!match) return false;
  const name = (match[1] ?? '').replace(/^\[|\]$/g, '').toLowerCase();
  const hostPort = match[2] === undefined ? 80 : Number(match[2]);
  return hostPort === port && (name === 'localhost' || isIP(name) !== 0);
}

function deny(c: Context, status: 401 | 403, error: string): Response {
  return c.json<ErrorResponse>({ error }, status);
}

export interface AccessGuardOptions {
  token: string;
  /** The admin credential for the settings zone; without it the zone stays closed to everyone. */
  adminToken?: string;
  /** The port actually bound (known once listening). */
  port(): number;
  /** A hub: whether a store token (`sws_…`, src/main/fleet/) is a paired store's; it reads like a display. */
  storeToken?: (token: string, c: Context) => Promise<boolean>;
  /** A hub's names behind its reverse proxy (`--public-host`), accepted in Host and Origin. */
  publicHosts?: readonly string[];
}

export function accessGuard(options: AccessGuardOptions): MiddlewareHandler {
  return async (c, next) => {
    const port = options.port();
    const publicHosts = options.publicHosts ?? [];
    if (!isOwnHost(c.req.header('host'), port) && !isPublicHost(c.req.header('host'), publicHosts))
      return deny(c, 403, 'This server only answers to its own address (Host header refused).');

    const origin = c.req.header('origin');
    if (
      c.req.method !== 'GET' &&
      c.req.method !== 'HEAD' &&
      origin !== undefined &&
      new URL(c.req.url).origin !== origin &&
      !isPublicOrigin(origin, publicHosts)
    ) {
      return deny(c, 403, 'Cross-site request refused.');
    }

    if (isSettingsPath(c.req.path)) {
      if (options.adminToken === undefined) return deny(c, 403, 'The settings are not available on this server.');
      const verdict = checkAdmin(c, options.adminToken, options.token, publicHosts);
      if (verdict.kind !== 'admin') return verdict.response;
      return next();
    }

    // Trade a token in the URL for a cookie once, then send the screen to the clean URL, so the token
    // does not stay in the address bar, the history or a screenshot.
    const queryToken = c.req.query('token');
    if (queryToken !== undefined && c.req.method === 'GET') {
      if (!sameToken(queryToken, options.token))
        return deny(c, 401, 'Wrong token: open the URL printed when the wall started.');
      setCookie(c, DISPLAY_COOKIE, options.token, { httpOnly: true, sameSite: 'Strict', path: '/' });
      const clean = new URL(c.req.url);
      clean.searchParams.delete('token');
      return c.redirect(clean.pathname + clean.search, 303);
    }

    const bearer = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (bearer?.startsWith(STORE_TOKEN_PREFIX) && options.storeToken) {
      if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return deny(c, 403, 'A store token only reads the wall.');
      if (!(await options.storeToken(bearer, c))) return deny(c, 401, REVOKED_MESSAGE);
      return next();
    }
    // The admin may also read what the screens read (the settings page shows the sources' live health);
    // the reverse never holds: a display credential never reaches the settings.
    const isRead = c.req.method === 'GET' && (/^\/(assets|bundled)\//.test(c.req.path) || c.req.path === '/api/health');
    if (
      isRead &&
      options.adminToken !== undefined &&
      sameToken(bearer ?? getCookie(c, ADMIN_COOKIE), options.adminToken)
    )
      return next();
    if (!sameToken(bearer ?? getCookie(c, DISPLAY_COOKIE), options.token)) {
      return deny(c, 401, 'Missing or wrong token: open the URL printed when the wall started.');
    }
    await next();
  };
}
