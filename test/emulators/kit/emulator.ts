// What every network emulator shares: a real HTTP server on loopback (Hono), a log of the requests it
// received (to count calls and check the token was sent), and switches that make it misbehave the way the
// real network does — throttling, 5xx bursts, an expired token, slow answers — each answered in that
// network's own shapes (status, headers, error body), which the emulator provides.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono, type Context } from 'hono';

export interface EmulatorSwitches {
  /** Answer every request as the network does when it throttles (429 + its headers and body). */
  rateLimited: boolean;
  /** The next N requests answer a 5xx. */
  serverErrors: number;
  /** Answer every request as the network does for an expired or revoked token. */
  expiredToken: boolean;
  /** Put items the connector cannot read into the pages (each emulator decides what "malformed" means). */
  malformedItems: boolean;
  /** Delay every answer by this much. */
  slowMs: number;
  /** When set, the 5xx and 429 answers carry `Retry-After: <seconds>` (a server in maintenance says when to come back). */
  retryAfterSeconds?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  at: number;
}

/** The network's own answers to the generic faults. */
export interface NetworkFaults {
  rateLimited(c: Context): Response;
  expiredToken(c: Context): Response;
  serverError(c: Context): Response;
}

export interface RunningEmulator {
  /** Base URL to give the connector (its base URL override). */
  url: string;
  switches: EmulatorSwitches;
  requests: RecordedRequest[];
  close: () => Promise<void>;
}

export function defaultSwitches(): EmulatorSwitches {
  return { rateLimited: false, serverErrors: 0, expiredToken: false, malformedItems: false, slowMs: 0 };
}

/** A Hono app whose every route first goes through the recorder and the switches. */
export function createEmulatorApp(
  switches: EmulatorSwitches,
  requests: RecordedRequest[],
  faults: NetworkFaults,
): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    const url = new URL(c.req.url);
    requests.push({
      method: c.req.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: Object.fromEntries(Object.entries(c.req.header()).map(([k, v]) => [k.toLowerCase(), v])),
      at: Date.now(),
    });
    if (switches.slowMs > 0) await new Promise((r) => setTimeout(r, switches.slowMs));
    if (switches.expiredToken) return faults.expiredToken(c);
    if (switches.rateLimited) return withRetryAfter(faults.rateLimited(c), switches);
    if (switches.serverErrors > 0) {
      switches.serverErrors--;
      return withRetryAfter(faults.serverError(c), switches);
    }
    await next();
  });
  return app;
}

function withRetryAfter(response: Response, switches: EmulatorSwitches): Response {
  if (switches.retryAfterSeconds !== undefined) response.headers.set('retry-after', String(switches.retryAfterSeconds));
  return response;
}

export function serveEmulator(
  app: Hono,
  switches: EmulatorSwitches,
  requests: RecordedRequest[],
  port = 0,
): Promise<RunningEmulator> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        switches,
        requests,
        close: () =>
          new Promise<void>((done) => {
            if ('closeAllConnections' in server) server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
    server.once('error', reject);
  });
}
