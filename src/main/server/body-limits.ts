// Every request body is bounded while it is read, before it is buffered: a declared Content-Length over the
// route's limit is refused at once, and a chunked body is cut as soon as it passes it (hono's bodyLimit). The
// connection closes with the 413, so a client cannot go on sending the rest. Mounted after the access guard:
// a request without a credential is refused before a byte of its body is read; the PIN's unlock, the one
// route open without one, takes a few bytes only.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ErrorResponse } from '../../shared/api-contract.ts';
import { MAX_LOGO_BYTES, tooLarge } from '../brand/logo-file.ts';

/** A whole configuration or a profile is a few kB; moderation lists of 1,000 words stay far under this. */
export const MAX_JSON_BODY_BYTES = 512 * 1024;
/** `{"pin":"123456789012"}` and some room. */
export const MAX_PIN_BODY_BYTES = 1024;

/** The limit of a path, in bytes. */
export function bodyLimitOf(path: string): number {
  if (path === '/api/settings/unlock' || path === '/api/settings/pin') return MAX_PIN_BODY_BYTES;
  if (path === '/api/settings/logo') return MAX_LOGO_BYTES;
  return MAX_JSON_BODY_BYTES;
}

function describe(bytes: number): string {
  return bytes >= 1024 ? `${bytes / 1024} kB` : `${bytes} bytes`;
}

export function bodyLimits(): MiddlewareHandler {
  const limiters = new Map<number, MiddlewareHandler>();
  const limiterFor = (maxSize: number, logo: boolean): MiddlewareHandler => {
    const key = logo ? -maxSize : maxSize;
    let limiter = limiters.get(key);
    if (!limiter) {
      limiter = bodyLimit({
        maxSize,
        onError: (c) =>
          c.json<ErrorResponse>({ error: logo ? tooLarge() : `Body too large (over ${describe(maxSize)}).` }, 413, {
            Connection: 'close',
          }),
      });
      limiters.set(key, limiter);
    }
    return limiter;
  };
  return (c, next) => limiterFor(bodyLimitOf(c.req.path), c.req.path === '/api/settings/logo')(c, next);
}
