import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorError } from '../../../../src/connectors/connector.ts';
import { HttpClient, MAX_ANSWER_BYTES } from '../../../../src/connectors/shared/http-client.ts';

let server: ServerType;
let base: string;
const seenAuth: string[] = [];

beforeAll(async () => {
  const app = new Hono();
  app.use('*', async (c, next) => {
    seenAuth.push(c.req.header('authorization') ?? '');
    await next();
  });
  app.get('/ok', (c) =>
    c.json({ data: [1, 2] }, 200, {
      'x-rate-limit-remaining': '5',
      'x-rate-limit-limit': '10',
      'x-rate-limit-reset': '2000000000',
    }),
  );
  app.get('/broken', (c) => c.body('{"data": [', 200, { 'content-type': 'application/json' }));
  app.get('/throttled', (c) => c.json({ title: 'Too Many Requests', status: 429 }, 429, { 'retry-after': '42' }));
  app.get('/expired', (c) =>
    c.json({ error: { message: 'Error validating access token', type: 'OAuthException', code: 190 } }, 400),
  );
  app.get('/unauthorized', (c) => c.json({ title: 'Unauthorized' }, 401));
  app.get('/missing', (c) => c.json({ error: 'nope' }, 404));
  app.get('/down', (c) => c.text('<html>Bad gateway</html>', 502));
  app.get('/slow', async (c) => {
    await new Promise((r) => setTimeout(r, 300));
    return c.json({});
  });
  // A third-party feed gone wrong: 6 MB, over the 5 MB cap (sent in one go, and streamed without a length).
  app.get('/huge', (c) => c.text('<rss>' + 'x'.repeat(6 * 1024 * 1024) + '</rss>'));
  app.get('/huge-stream', () => {
    const chunk = new TextEncoder().encode('y'.repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 6 * 1024 * 1024) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    return new Response(body, { headers: { 'content-type': 'application/json' } });
  });
  app.get('/feed', (c) =>
    c.req.header('if-none-match') === '"v1"' ? c.body(null, 304) : c.text('<rss/>', 200, { etag: '"v1"' }),
  );
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
      base = `http://127.0.0.1:${info.port}`;
      resolve();
    });
  });
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

function client(extra: Partial<ConstructorParameters<typeof HttpClient>[0]> = {}) {
  return new HttpClient({
    baseUrl: base,
    networkLabel: 'TestNet',
    headers: { authorization: 'Bearer s3cret-token' },
    now: () => 1_000,
    ...extra,
  });
}

async function failure(promise: Promise<unknown>): Promise<ConnectorError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ConnectorError) return err;
    throw err;
  }
  throw new Error('expected a ConnectorError');
}

describe('HttpClient', () => {
  it('returns parsed JSON with the rate-limit state, and sends the token', async () => {
    const answer = await client().getJson<{ data: number[] }>('/ok');
    expect(answer.data.data).toEqual([1, 2]);
    expect(answer.rateLimit).toMatchObject({ remaining: 5, limit: 10, resetAt: 2_000_000_000_000 });
    expect(seenAuth.at(-1)).toBe('Bearer s3cret-token');
  });

  it('maps each failure to a kind and a message IT can act on, without the token', async () => {
    const cases: [string, string, RegExp][] = [
      ['/broken', 'invalid-response', /not valid JSON/],
      ['/throttled', 'rate-limit', /slow down/],
      ['/unauthorized', 'auth', /renew it in Settings/],
      ['/missing', 'config', /check the configured ids/],
      ['/down', 'server', /answered 502/],
    ];
    for (const [path, kind, message] of cases) {
      const err = await failure(client().getJson(path));
      expect([path, err.kind]).toEqual([path, kind]);
      expect(err.message).toMatch(message);
      expect(err.message).not.toContain('s3cret');
    }
    expect((await failure(client().getJson('/throttled'))).retryAfterMs).toBe(42_000);
  });

  it('lets the network read its own error bodies first (Meta code 190 in an HTTP 400)', async () => {
    const meta = client({
      classify: (status, body) =>
        status === 400 && (body as { error?: { code?: number } }).error?.code === 190
          ? new ConnectorError('auth', 'TestNet token expired — renew it in Settings')
          : undefined,
    });
    expect(await failure(meta.getJson('/expired'))).toMatchObject({
      kind: 'auth',
      message: 'TestNet token expired — renew it in Settings',
    });
    expect((await failure(client().getJson('/expired'))).kind).toBe('invalid-response');
  });

  it('reports an unreachable network and a timeout as network failures', async () => {
    const dead = new HttpClient({ baseUrl: 'http://127.0.0.1:9', networkLabel: 'TestNet' });
    expect(await failure(dead.getJson('/x'))).toMatchObject({
      kind: 'network',
      message: expect.stringContaining('unreachable'),
    });
    expect(await failure(client({ timeoutMs: 50 }).getJson('/slow'))).toMatchObject({
      kind: 'network',
      message: 'TestNet did not answer in time.',
    });
  });

  it('refuses an answer over 5 MB with a clear invalid-response naming the host, whether its length is announced or not', async () => {
    expect(MAX_ANSWER_BYTES).toBe(5 * 1024 * 1024);
    const host = new URL(base).host;
    const text = await failure(client().getText('/huge'));
    expect(text).toMatchObject({ kind: 'invalid-response', message: `the answer from ${host} is larger than 5 MB` });
    expect(text.message).not.toContain('maxContentLength');
    const json = await failure(client().getJson('/huge-stream'));
    expect(json).toMatchObject({ kind: 'invalid-response', message: `the answer from ${host} is larger than 5 MB` });
    // An absolute URL (an RSS feed on another host than the base) is named by its own host.
    const other = await failure(
      new HttpClient({ baseUrl: 'http://feeds.example.invalid', networkLabel: 'RSS' }).getText(`${base}/huge`),
    );
    expect(other.message).toBe(`the answer from ${host} is larger than 5 MB`);
  });

  it('reads text feeds and answers a 304 with an empty body', async () => {
    const first = await client().getText('/feed');
    expect(first).toMatchObject({ status: 200, data: '<rss/>' });
    expect(await client().getText('/feed', { headers: { 'if-none-match': '"v1"' } })).toMatchObject({
      status: 304,
      data: '',
    });
  });
});
