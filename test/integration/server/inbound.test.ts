// The company site's webhook through the real wall: its own token, not the display token, guards it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PanelsResponse, PostsResponse } from '../../../src/shared/api-contract.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { startWall, type RunningWall } from '../../../src/main/wall.ts';
import { request } from '../../support/http-client.ts';

const WEBHOOK_TOKEN = 'site-webhook-token-0123456789abcdef';
let dir: string;
let wall: RunningWall;
let port: number;
let display: Record<string, string>;

function post(path: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'inbound-'));
  const configFile = join(dir, 'config.json');
  writeFileSync(
    configFile,
    JSON.stringify({
      sources: [{ id: 'site', type: 'site-reviews', options: { webhookToken: WEBHOOK_TOKEN } }],
      panels: [{ id: 'reviews', title: 'Avis', type: 'feed', networks: ['site'] }],
    }),
  );
  wall = await startWall({ configFile, dataDir: dir, logger: memoryLogger(), port: 0 });
  const url = new URL(wall.panels[0]!.url);
  port = Number(url.port);
  display = { authorization: `Bearer ${url.searchParams.get('token')}` };
});
afterAll(async () => {
  await wall.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('POST /api/inbound/:sourceId', () => {
  const review = {
    id: 'r-1',
    author: { name: 'Chloé' },
    text: 'Devis clair, travail soigné.',
    rating: 5,
    createdAt: '2026-11-25T09:00:00Z',
    reply: { text: 'Merci Chloé !', createdAt: '2026-11-25T10:00:00Z' },
  };

  it("takes a review with the source's webhook token and shows it, the reply threaded under it", async () => {
    const answer = await post('/api/inbound/site', JSON.stringify(review), {
      authorization: `Bearer ${WEBHOOK_TOKEN}`,
    });
    expect(answer.status).toBe(202);
    const posts = (
      JSON.parse((await request(port, '/api/panels/reviews/posts', { headers: display })).body) as PostsResponse
    ).posts;
    const stored = posts.find((p) => p.kind === 'review');
    expect(stored).toMatchObject({ network: 'site', rating: 5, text: 'Devis clair, travail soigné.' });
    expect(posts.find((p) => p.author.isBrand)?.parentKey).toBe(stored?.key);
  });

  it('refuses the display token, a wrong token, a bad payload and an unknown source (told apart from a wrong token by nothing)', async () => {
    expect((await post('/api/inbound/site', JSON.stringify(review), display)).status).toBe(401);
    expect((await post('/api/inbound/site', JSON.stringify(review), { authorization: 'Bearer nope' })).status).toBe(
      401,
    );
    const bad = await post('/api/inbound/site', JSON.stringify({ ...review, rating: 9 }), {
      authorization: `Bearer ${WEBHOOK_TOKEN}`,
    });
    expect(bad.status).toBe(422);
    expect(bad.body).toContain('rating');
    // An unknown source answers as a wrong token does: a caller without the token learns no source id.
    const unknown = await post('/api/inbound/nope', JSON.stringify(review), {
      authorization: `Bearer ${WEBHOOK_TOKEN}`,
    });
    const wrongToken = await post('/api/inbound/site', JSON.stringify(review), { authorization: 'Bearer nope' });
    expect(unknown).toEqual(wrongToken);
    expect(unknown.status).toBe(401);
    expect(
      (
        await post('/api/inbound/site', JSON.stringify(review), {
          authorization: `Bearer ${WEBHOOK_TOKEN}`,
          host: `evil.example:${port}`,
        })
      ).status,
    ).toBe(403);
  });

  it('leaves the rest of the API behind the display token', async () => {
    expect((await request(port, '/api/panels')).status).toBe(401);
    expect(
      (JSON.parse((await request(port, '/api/panels', { headers: display })).body) as PanelsResponse).panels[0]?.id,
    ).toBe('reviews');
  });
});
