// Slow and abusive local clients against the running wall: HEAD and many server-sent-event connections, slow
// headers, oversized and nested bodies. Memory before, during (peak) and after, and whether the wall still
// answers and stops cleanly.
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { startWallProcess, type WallProcess } from '../wall-process.ts';

export interface HostileFigures {
  rssBeforeMb: number;
  rssPeakMb: number;
  rssAfterMb: number;
  headRequests: number;
  sseOpened: number;
  sseRefused503: number;
  slowHeaderConnections: number;
  slowHeadersCutWithinS: number | 'not cut';
  /** Each 200 MB upload's answer, and how much of it was sent when the wall answered. */
  oversized413: string;
  nested400: string;
  stillAnswers: boolean;
  cleanStopExitCode: number | null;
}

function status(
  wall: WallProcess,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: Buffer | string,
) {
  return new Promise<number>((resolve) => {
    const req = request({ host: '127.0.0.1', port: wall.port, method, path, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

/**
 * Sends a large body over a raw socket, a megabyte at a time, and reads the status the wall answered even
 * when it closed the connection before the upload ended (an HTTP client drops that answer with EPIPE).
 */
function uploadStatus(wall: WallProcess, method: string, path: string, headers: Record<string, string>, size: number) {
  return new Promise<string>((resolve) => {
    const socket = connect(wall.port, '127.0.0.1');
    let received = '';
    const head = Object.entries({ ...headers, host: `127.0.0.1:${wall.port}`, 'content-length': String(size) })
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    socket.write(`${method} ${path} HTTP/1.1\r\n${head}\r\n`);
    const chunk = Buffer.alloc(2 ** 20, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < size && !socket.destroyed && !received) {
        sent += chunk.length;
        if (!socket.write(chunk)) return void socket.once('drain', pump);
      }
    };
    socket.on('data', (d: Buffer) => {
      received += d.toString();
      socket.destroy();
    });
    socket.on('error', () => undefined);
    socket.on('close', () =>
      resolve(
        `${/^HTTP\/1\.1 (\d+)/.exec(received)?.[1] ?? 'cut'} after ${Math.round(sent / 2 ** 20)} of ${size / 2 ** 20} MB`,
      ),
    );
    pump();
  });
}

export async function hostileClients(dir: string): Promise<HostileFigures> {
  const wall = await startWallProcess(join(dir, 'hostile'), ['--log-level', 'warn']);
  await new Promise((r) => setTimeout(r, 3_000));
  const rssBeforeMb = wall.rssMb();
  let rssPeakMb = rssBeforeMb;
  const sample = setInterval(() => (rssPeakMb = Math.max(rssPeakMb, wall.rssMb())), 200);

  const headRequests = 2_000;
  for (let i = 0; i < headRequests; i += 50)
    await Promise.all(Array.from({ length: 50 }, () => status(wall, 'HEAD', '/api/events', wall.display)));

  const streams: Socket[] = [];
  const statuses: number[] = [];
  for (let i = 0; i < 100; i++) {
    const socket = connect(wall.port, '127.0.0.1');
    socket.write(
      `GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:${wall.port}\r\nAuthorization: ${wall.display['authorization']}\r\n\r\n`,
    );
    statuses.push(
      await new Promise<number>((resolve) => {
        socket.once('data', (d) => resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(d.toString())?.[1] ?? 0)));
        socket.once('error', () => resolve(0));
      }),
    );
    streams.push(socket);
  }

  const slow: Socket[] = [];
  const startedSlow = Date.now();
  let lastClosedAt = 0;
  for (let i = 0; i < 200; i++) {
    const socket = connect(wall.port, '127.0.0.1');
    socket.on('error', () => undefined);
    socket.on('close', () => (lastClosedAt = Date.now()));
    socket.write(`GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:${wall.port}\r\n`);
    slow.push(socket);
  }
  const drip = setInterval(() => slow.forEach((s) => s.writable && s.write('X-Slow: 1\r\n')), 1_000);
  await new Promise((r) => setTimeout(r, 15_000));
  clearInterval(drip);
  const stillOpen = slow.filter((s) => !s.destroyed && !s.readableEnded).length;

  const big = 200 * 2 ** 20;
  const oversized = await Promise.all([
    uploadStatus(
      wall,
      'POST',
      '/api/settings/unlock',
      { 'x-social-wall': '1', 'content-type': 'application/json' },
      big,
    ),
    uploadStatus(wall, 'PUT', '/api/settings', { ...wall.admin, 'content-type': 'application/json' }, big),
  ]);
  const deep = '['.repeat(100_000) + ']'.repeat(100_000);
  const nested = await Promise.all([
    status(wall, 'PUT', '/api/settings', { ...wall.admin, 'content-type': 'application/json' }, deep),
  ]);

  streams.forEach((s) => s.destroy());
  slow.forEach((s) => s.destroy());
  await new Promise((r) => setTimeout(r, 5_000));
  clearInterval(sample);
  const rssAfterMb = wall.rssMb();
  const stillAnswers = (await status(wall, 'GET', '/api/health', wall.display)) === 200;
  const cleanStopExitCode = await wall.stop();
  return {
    rssBeforeMb,
    rssPeakMb,
    rssAfterMb,
    headRequests,
    sseOpened: statuses.filter((s) => s === 200).length,
    sseRefused503: statuses.filter((s) => s === 503).length,
    slowHeaderConnections: slow.length,
    slowHeadersCutWithinS: stillOpen === 0 ? Math.round((lastClosedAt - startedSlow) / 1000) : 'not cut',
    oversized413: oversized.join(', '),
    nested400: nested.join(', '),
    stillAnswers,
    cleanStopExitCode,
  };
}
