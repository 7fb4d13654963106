// Hostile and broken local clients against the real wall on loopback (issue 14, findings 1, 2, 5 and 7):
// HEAD on the live stream ends at once and holds nothing; every route refuses an oversized body while it is
// still arriving (the request is never finished here, so a server that buffered first would never answer);
// nested bodies get a 400 with a reason; slow headers are cut; streams are bounded in number and backlog; a
// refused upload's connection closes with the answer.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { memoryLogger } from '../../../src/main/logger.ts';
import { startWall, type RunningWall } from '../../../src/main/wall.ts';
import { request, SseClient } from '../../support/http-client.ts';

const WEBHOOK_TOKEN = 'site-webhook-token-0123456789abcdef';
let dir: string;
let wall: RunningWall;
let port: number;
let display: Record<string, string>;
let admin: Record<string, string>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
  wall = await startWall({
    dataDir: join(dir, 'data'),
    config: {
      sources: [
        { id: 'demo', type: 'demo', options: {} },
        { id: 'site', type: 'site-reviews', options: { webhookToken: WEBHOOK_TOKEN } },
      ],
    },
    logger: memoryLogger(),
    rendererDir,
    port: 0,
    serverLimits: {
      // Far above what a request takes even on a loaded machine, far below the defaults.
      timeouts: { headersTimeoutMs: 2_000, requestTimeoutMs: 3_000, checkIntervalMs: 200, keepAliveTimeoutMs: 1_000 },
      events: { maxStreams: 3, maxBacklogBytes: 2 * 2 ** 20 },
    },
  });
  port = Number(new URL(wall.origin).port);
  display = { authorization: `Bearer ${new URL(wall.panels[0]!.url).searchParams.get('token')}` };
  admin = { authorization: `Bearer ${new URL(wall.settingsUrl).searchParams.get('admin')}`, 'x-social-wall': '1' };
});

afterAll(async () => {
  await wall.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Starts a chunked upload, sends `bytes`, and never ends it: only a server that counts while reading answers. */
function unfinishedUpload(
  method: string,
  path: string,
  headers: Record<string, string>,
  bytes: number,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method, headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, body });
          req.destroy();
        });
      },
    );
    req.on('error', () => undefined);
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    let sent = 0;
    const push = (): void => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', push);
      }
    };
    req.flushHeaders();
    push();
    setTimeout(() => reject(new Error('no answer while the body was still arriving')), 20_000).unref();
  });
}

function postText(
  path: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (res: IncomingMessage) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('HEAD on the live stream', () => {
  it('answers the headers and holds no stream: nothing follows the feed afterwards, streams still open', async () => {
    for (let i = 0; i < 20; i++) {
      const head = await request(port, '/api/events', { method: 'HEAD', headers: display });
      expect(head.status).toBe(200);
      expect(head.headers['content-type']).toMatch(/text\/event-stream/);
    }
    expect(wall.engine.feed.observed).toBe(false);
    // The cap (3 here) counts real streams only.
    const stream = await SseClient.open(port, '/api/events', display);
    expect(stream.status).toBe(200);
    stream.end();
  });
});

describe('live streams are bounded', () => {
  it('answers 503 with Retry-After past the cap, and a closed stream frees its place', async () => {
    const streams = await Promise.all([1, 2, 3].map(() => SseClient.open(port, '/api/events', display)));
    expect(streams.map((s) => s.status)).toEqual([200, 200, 200]);
    const refused = await request(port, '/api/events', { headers: display });
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBeDefined();
    streams.forEach((s) => s.end());
    await expect
      .poll(async () => {
        const again = await SseClient.open(port, '/api/events', display);
        again.end();
        return again.status;
      })
      .toBe(200);
  });

  it('cuts a client that stops reading once its backlog passes the bound', async () => {
    await expect.poll(() => wall.engine.feed.observed).toBe(false);
    let response: IncomingMessage | undefined;
    const ended = new Promise<void>((resolve) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/api/events', headers: display }, (res) => {
        response = res;
        res.pause(); // stops reading
        res.on('close', () => resolve());
        res.on('error', () => resolve());
      });
      req.on('error', () => resolve());
      req.end();
    });
    await expect.poll(() => wall.engine.feed.observed).toBe(true);
    const big = JSON.stringify({ reason: 'x'.repeat(256 * 1024) });
    for (let i = 0; i < 200 && wall.engine.feed.observed; i++) {
      wall.engine.feed.publish({ type: 'panels', data: { reason: 'settings' } }, big);
      await new Promise((r) => setImmediate(r));
    }
    // The server let go of it (it was never going to read 50 MB) …
    await expect.poll(() => wall.engine.feed.observed).toBe(false);
    // … and the client, once it reads again, finds its connection ended.
    response?.resume();
    await ended;
  });
});

describe('oversized bodies are refused while they arrive', () => {
  const routes: [string, string, () => Record<string, string>, number][] = [
    ['POST', '/api/settings/unlock', () => ({ 'x-social-wall': '1' }), 4 * 1024],
    ['POST', '/api/settings/pin', () => admin, 4 * 1024],
    ['PUT', '/api/settings', () => admin, 1024 * 1024],
    ['POST', '/api/settings/import', () => admin, 1024 * 1024],
    ['POST', '/api/settings/export', () => admin, 1024 * 1024],
    ['POST', '/api/settings/sources/demo/test', () => admin, 1024 * 1024],
    ['POST', '/api/settings/posts/x/hide', () => admin, 1024 * 1024],
    ['POST', '/api/settings/logo', () => ({ ...admin, 'content-type': 'image/png' }), 1024 * 1024],
    ['POST', '/api/inbound/site', () => ({ authorization: `Bearer ${WEBHOOK_TOKEN}` }), 1024 * 1024],
    ['POST', '/api/panels', () => display, 1024 * 1024],
  ];
  it.each(routes)('%s %s: 413 before the body ends', async (method, path, headers, bytes) => {
    const answer = await unfinishedUpload(method, path, headers(), bytes);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toHaveProperty('error');
  });

  it('a declared Content-Length over the limit is refused before a byte is read', async () => {
    const answer = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path: '/api/settings/unlock',
          method: 'POST',
          headers: {
            'x-social-wall': '1',
            'content-type': 'application/json',
            'content-length': String(600 * 2 ** 20),
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          req.destroy();
        },
      );
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(answer).toBe(413);
  });

  it('a request without a credential is refused before its body is read', async () => {
    const answer = await unfinishedUpload('PUT', '/api/settings', { 'x-social-wall': '1' }, 64 * 1024);
    expect(answer.status).toBe(401);
  });
});

/**
 * Sends the head of an upload and a part of its body over a raw socket, and never the rest: the answer's head,
 * once the server has closed its side of the connection.
 */
function refusedUpload(head: string, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (d) => (received += d.toString()));
    socket.on('error', reject);
    socket.on('end', () => {
      resolve(received.split('\r\n\r\n')[0] ?? '');
      socket.destroy();
    });
    socket.write(`${head}Host: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n\r\n${body}`);
  });
}

describe('a refused upload closes its connection with the answer', () => {
  const webhook = `Authorization: Bearer ${WEBHOOK_TOKEN}\r\n`;
  const cases: [string, string, string][] = [
    [
      'the webhook’s own cap (413)',
      `POST /api/inbound/site HTTP/1.1\r\n${webhook}Content-Length: ${600 * 2 ** 20}\r\n`,
      '{"a":',
    ],
    [
      'the webhook’s cap on a chunked body (413)',
      `POST /api/inbound/site HTTP/1.1\r\n${webhook}Transfer-Encoding: chunked\r\n`,
      `48000\r\n${' '.repeat(0x48000)}\r\n`,
    ],
    [
      'a body limit (413)',
      `POST /api/settings/unlock HTTP/1.1\r\nX-Social-Wall: 1\r\nContent-Length: ${600 * 2 ** 20}\r\n`,
      '{"pin":',
    ],
    [
      'no credential (401)',
      `PUT /api/settings HTTP/1.1\r\nX-Social-Wall: 1\r\nContent-Length: ${600 * 2 ** 20}\r\n`,
      '{',
    ],
  ];
  it.each(cases)('%s', async (_, head, body) => {
    // The HTTP adapter's drain of an unread body ends on a timer: held here, so that only a connection closed
    // with the answer can end (kept alive, it lingered half a second reading what it had refused).
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval'] });
    try {
      const answer = await refusedUpload(head, body);
      expect(answer).toMatch(/^HTTP\/1\.1 (413|401) /);
      expect(answer).toMatch(/\r\nconnection: close\r\n/i);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('nested bodies', () => {
  const deep = '['.repeat(100_000) + ']'.repeat(100_000);
  it('the webhook answers 400 with the reason', async () => {
    const answer = await postText('/api/inbound/site', deep, { authorization: `Bearer ${WEBHOOK_TOKEN}` });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({ error: 'The body nests deeper than 64 levels.' });
    const objects = '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000);
    expect((await postText('/api/inbound/site', objects, { authorization: `Bearer ${WEBHOOK_TOKEN}` })).status).toBe(
      400,
    );
  });

  it('the settings answer 400 with the reason', async () => {
    const answer = await postText('/api/settings/import', deep, admin);
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('nests deeper');
  });
});

describe('slow clients are cut', () => {
  it('a client that never finishes its headers gets its connection closed', async () => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (d) => (received += d.toString()));
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.write(`GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`);
    const drip = setInterval(() => socket.write('X-Slow: 1\r\n'), 100);
    await closed;
    clearInterval(drip);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });

  it('a live stream outlives the request time limit', async () => {
    const stream = await SseClient.open(port, '/api/events', display);
    await new Promise((r) => setTimeout(r, 3_500));
    wall.engine.feed.publish({ type: 'panels', data: { reason: 'settings' } });
    await stream.waitFor((m) => m.some((e) => e.event === 'panels'));
    stream.end();
  });
});
