// The link between store PCs and a hub, as a reverse proxy in front of the hub's processes would be (it passes
// the hub's own address as Host, as docs/fleet.md's Caddy and nginx examples do): each request goes to the first
// process that accepts its connection, so when one dies the next requests reach the following one. The test can
// cut the link: open connections are reset at once and new ones refused, until it is restored.
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface HttpLink {
  url: string;
  cut(on: boolean): void;
  close(): Promise<void>;
}

export async function startHttpLink(targetPorts: readonly number[]): Promise<HttpLink> {
  let cut = false;
  const open = new Set<Socket>();
  const track = (socket: Socket): void => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
  };

  const server = createServer((req, res) => void pass(req, res));
  async function pass(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const forward = (index: number): void => {
      const port = targetPorts[index];
      if (port === undefined || cut) {
        res.socket?.resetAndDestroy();
        return;
      }
      const upstream = request(
        {
          host: '127.0.0.1',
          port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: `127.0.0.1:${port}` },
        },
        (answer: IncomingMessage) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          res.flushHeaders();
          answer.pipe(res);
          answer.once('error', () => res.socket?.destroy());
          res.once('close', () => answer.destroy());
        },
      );
      upstream.once('socket', track);
      upstream.once('error', (err: NodeJS.ErrnoException) =>
        err.code === 'ECONNREFUSED' && !res.headersSent ? forward(index + 1) : res.socket?.destroy(),
      );
      upstream.end(body);
    };
    forward(0);
  }
  server.on('connection', (socket: Socket) => {
    if (cut) return void socket.resetAndDestroy();
    track(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    cut(on) {
      cut = on;
      if (on) for (const socket of open) socket.resetAndDestroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
