// A loopback TCP proxy in front of an emulator, whose network can be cut: while cut, every connection is
// reset as it arrives and those open are dropped (what a connector sees when the lobby PC's network is down).
// It counts the HTTP requests that went through and the connections tried while cut.
import { connect, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface CutProxy {
  url: string;
  cut(on: boolean): void;
  /** Requests passed on to the emulator (request lines seen). */
  readonly requests: number;
  /** Connections reset while the network was cut. */
  readonly refused: number;
  close(): Promise<void>;
}

const REQUEST_LINE = /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \S+ HTTP\/1\.1\r$/gm;

export async function startCutProxy(targetPort: number): Promise<CutProxy> {
  let cut = false;
  let requests = 0;
  let refused = 0;
  const open = new Set<Socket>();
  const server = createServer((client) => {
    if (cut) {
      refused++;
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('error', () => undefined);
      socket.on('close', () => {
        open.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (chunk: Buffer) => (requests += chunk.toString('latin1').match(REQUEST_LINE)?.length ?? 0));
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    cut(on) {
      cut = on;
      if (on) for (const socket of open) socket.resetAndDestroy();
    },
    get requests() {
      return requests;
    },
    get refused() {
      return refused;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** The options with every loopback address replaced by a proxy's; the proxies to cut. */
export async function behindCutProxies(options: unknown): Promise<{ options: unknown; proxies: CutProxy[] }> {
  let json = JSON.stringify(options);
  const ports = [...new Set([...json.matchAll(/http:\/\/127\.0\.0\.1:(\d+)/g)].map((m) => Number(m[1])))];
  const proxies: CutProxy[] = [];
  for (const port of ports) {
    const proxy = await startCutProxy(port);
    proxies.push(proxy);
    json = json.replaceAll(`http://127.0.0.1:${port}`, proxy.url);
  }
  return { options: JSON.parse(json) as unknown, proxies };
}
