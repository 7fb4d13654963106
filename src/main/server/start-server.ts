// Listens on loopback (127.0.0.1) and a free port unless told otherwise. Slow clients are cut: a request
// whose headers take longer than `headersTimeoutMs`, or whose whole body longer than `requestTimeoutMs`, gets
// a 408 and its connection closed (checked every `checkIntervalMs`); an idle keep-alive connection closes
// after a few seconds. A live stream is a response, not a request: these limits never cut a screen.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

export interface RunningServer {
  host: string;
  port: number;
  /** Base URL, e.g. http://127.0.0.1:43123 */
  origin: string;
  close(): Promise<void>;
}

export interface ServerTimeouts {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** How often Node looks for connections past those limits. */
  checkIntervalMs: number;
  keepAliveTimeoutMs: number;
}

/** A real client on loopback sends its headers in microseconds and a 512 kB body in milliseconds. */
export const DEFAULT_TIMEOUTS: ServerTimeouts = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  checkIntervalMs: 1_000,
  keepAliveTimeoutMs: 5_000,
};

export function startServer(
  app: Hono,
  host: string,
  port: number,
  timeouts: ServerTimeouts = DEFAULT_TIMEOUTS,
): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve(
      {
        fetch: app.fetch,
        hostname: host,
        port,
        serverOptions: {
          headersTimeout: timeouts.headersTimeoutMs,
          requestTimeout: timeouts.requestTimeoutMs,
          connectionsCheckingInterval: timeouts.checkIntervalMs,
          keepAliveTimeout: timeouts.keepAliveTimeoutMs,
        },
      },
      (info: AddressInfo) => {
        const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          host: info.address,
          port: info.port,
          origin: `http://${shownHost}:${info.port}`,
          close: () =>
            new Promise<void>((done) => {
              // Open event streams would keep close() waiting forever.
              if ('closeAllConnections' in server) server.closeAllConnections();
              server.close(() => done());
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
