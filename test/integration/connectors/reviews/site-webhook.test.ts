import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectorRegistry } from '../../../../src/connectors/registry.ts';
import { validateConfig } from '../../../../src/main/config/validate-config.ts';
import { Engine } from '../../../../src/main/engine/engine.ts';
import { memoryLogger } from '../../../../src/main/logger.ts';
import { inboundHostCheck, inboundRoute } from '../../../../src/main/server/inbound-route.ts';
import { openSqliteStore } from '../../../../src/main/store/open-sqlite-store.ts';
import type { Store } from '../../../../src/main/store/store-api.ts';

const TOKEN = 'site-webhook-token-0123456789abcdef';

describe('site reviews webhook through POST /api/inbound/:sourceId', () => {
  let dir: string;
  let store: Store;
  let engine: Engine;
  let server: ServerType;
  let base: string;
  let port = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'inbound-'));
    const resolved = validateConfig(
      {
        sources: [
          { id: 'site', type: 'site-reviews', options: { webhookToken: TOKEN } },
          { id: 'demo', type: 'demo', enabled: false },
        ],
      },
      connectorRegistry,
    );
    if (!resolved.ok) throw new Error(JSON.stringify(resolved.errors));
    store = openSqliteStore({ path: join(dir, 'wall.db'), logger: memoryLogger() });
    engine = new Engine({ resolved: resolved.value, store, logger: memoryLogger(), assetBaseUrl: '/bundled' });
    await engine.start();
    const app = new Hono();
    app.post(
      '/api/inbound/:sourceId',
      inboundHostCheck(() => port),
      inboundRoute((id, request) => engine.receive(id, request)),
    );
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
        port = info.port;
        base = `http://127.0.0.1:${info.port}`;
        resolve();
      });
    });
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    await engine.stop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const review = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    author: { name: 'Camille D.' },
    text: 'Chantier tenu dans les délais, équipe au top.',
    rating: 5,
    createdAt: '2026-03-10T09:00:00+01:00',
    project: 'Rénovation cuisine',
    ...extra,
  });

  async function post(
    body: unknown,
    { token = TOKEN, source = 'site', raw }: { token?: string | null; source?: string; raw?: string } = {},
  ) {
    const response = await fetch(`${base}/api/inbound/${source}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token !== null ? { authorization: `Bearer ${token}` } : {}) },
      body: raw ?? JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it('accepts one review: a site review post with its rating, the project as a tag, UTC date', async () => {
    const answer = await post(review('r-1'));
    expect(answer).toEqual({ status: 202, body: { accepted: 1, invalid: 0 } });
    expect(await store.reader.getPost('site:r-1')).toMatchObject({
      network: 'site',
      kind: 'review',
      sourceId: 'site',
      rating: 5,
      hashtags: ['Rénovation_cuisine'],
      createdAt: '2026-03-10T08:00:00.000Z',
      author: { name: 'Camille D.', isBrand: false },
    });
  });

  it("accepts an array, with the company's reply threaded under its review", async () => {
    const answer = await post([
      review('r-2'),
      review('r-3', { rating: 2, reply: { text: 'Nous vous rappelons.', createdAt: '2026-03-10T10:00:00Z' } }),
    ]);
    expect(answer.body).toEqual({ accepted: 3, invalid: 0 });
    expect(await store.reader.getPost('site:r-3-reply')).toMatchObject({
      kind: 'reply',
      parentKey: 'site:r-3',
      author: { isBrand: true },
      text: 'Nous vous rappelons.',
    });
  });

  it('an edit keeps the key; { id, deleted: true } withdraws a review and its reply', async () => {
    await post(review('r-4', { reply: { text: 'Merci', createdAt: '2026-03-10T10:00:00Z' } }));
    await post(
      review('r-4', {
        text: 'Corrigé',
        updatedAt: '2026-03-11T09:00:00Z',
        reply: { text: 'Merci', createdAt: '2026-03-10T10:00:00Z' },
      }),
    );
    expect(await store.reader.getPost('site:r-4')).toMatchObject({
      text: 'Corrigé',
      editedAt: '2026-03-11T09:00:00.000Z',
    });
    expect((await post({ id: 'r-4', deleted: true })).status).toBe(202);
    expect(await store.reader.getPost('site:r-4')).toBeUndefined();
    expect(await store.reader.getPost('site:r-4-reply')).toBeUndefined();
  });

  it('refuses a missing or wrong token with 401, and stores nothing', async () => {
    expect((await post(review('r-x'), { token: null })).status).toBe(401);
    const wrong = await post(review('r-x'), { token: `${TOKEN}x` });
    expect(wrong.status).toBe(401);
    expect(JSON.stringify(wrong.body)).not.toContain(TOKEN);
    expect(await store.reader.getPost('site:r-x')).toBeUndefined();
  });

  it('refuses an invalid review with 422 naming the field, all or nothing', async () => {
    const one = await post(review('r-y', { rating: 7 }));
    expect(one.status).toBe(422);
    expect(one.body['error']).toMatch(/^rating: /);
    const many = await post([review('r-z'), review('r-w', { createdAt: 'yesterday' })]);
    expect(many.status).toBe(422);
    expect(many.body['error']).toMatch(/^\[1\]\.createdAt: /);
    expect(await store.reader.getPost('site:r-z')).toBeUndefined();
    const noAuthor = await post(review('r-v', { author: {} }));
    expect(noAuthor.body['error']).toMatch(/^author\.name: /);
  });

  it('answers 413 to an oversized body, 400 to broken JSON, 401 to an unknown source (as to a wrong token), 403 to a foreign Host', async () => {
    expect((await post(review('r-big', { text: 'x'.repeat(300 * 1024) }))).status).toBe(413);
    expect((await post(null, { raw: '{"id":' })).status).toBe(400);
    expect((await post(review('r-n'), { source: 'nope' })).status).toBe(401);
    // fetch will not send a foreign Host: a raw request does (DNS rebinding looks like this).
    const foreign = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/inbound/site',
          method: 'POST',
          headers: { host: 'evil.example', 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify(review('r-h')));
    });
    expect(foreign).toBe(403);
    expect(await store.reader.getPost('site:r-h')).toBeUndefined();
  });
});
