// A hub speaks plain HTTP only to its own machine: store PCs reach it through a reverse proxy that holds the
// certificate (docs/fleet.md, "TLS"), which connects from loopback. A request from any other address came over
// the network unencrypted, store tokens in clear: refused, unless IT chose it (--allow-plain-http).
import type { HttpBindings } from '@hono/node-server';
import type { MiddlewareHandler } from 'hono';
import type { ErrorResponse } from '../../shared/api-contract.ts';

export const PLAIN_HTTP_MESSAGE =
  'This hub takes encrypted connections only: reach it through its HTTPS address (a reverse proxy, docs/fleet.md), or start it with --allow-plain-http.';

/** 127.0.0.0/8, ::1 and IPv4-mapped loopback. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4.startsWith('127.') || address === '::1';
}

export function plainHttpGuard(): MiddlewareHandler {
  return async (c, next) => {
    const remote = (c.env as Partial<HttpBindings> | undefined)?.incoming?.socket.remoteAddress;
    if (!isLoopbackAddress(remote))
      return c.json<ErrorResponse>({ error: PLAIN_HTTP_MESSAGE }, 403, { Connection: 'close' });
    await next();
  };
}
