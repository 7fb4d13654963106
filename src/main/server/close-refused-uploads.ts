// A refused request that came with a body closes its connection with the answer. Kept alive, the connection
// would first have to swallow the unread rest of the body (a refused 600 MB upload): Node and the HTTP
// adapter read it away for half a second or up to 64 MB before they give up, so the refused client lingers
// and the server goes on reading what it refused. `Connection: close` makes Node close the connection as
// soon as the answer is sent, whatever refused it: the access guard (401, 403), a body limit (413), the
// webhook's own cap (413), a bad type (415). The client reconnects for its next request; on loopback that
// costs nothing.
import type { MiddlewareHandler } from 'hono';

function hasBody(headers: Headers): boolean {
  const length = headers.get('content-length');
  return headers.has('transfer-encoding') || (length !== null && length !== '0');
}

export function closeRefusedUploads(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.status >= 400 && hasBody(c.req.raw.headers)) c.res.headers.set('Connection', 'close');
  };
}
