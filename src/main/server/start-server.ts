// Listens on loopback (127.0.0.1) and a free port unless told otherwise.
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

export function startServer(app: Hono, host: string, port: number): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
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
    });
    server.once('error', reject);
  });
}
