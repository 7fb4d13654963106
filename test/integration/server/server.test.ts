import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PanelsResponse, PostsResponse } from '../../../src/shared/api-contract.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { startWall, type RunningWall } from '../../../src/main/wall.ts';
import { request, SseClient, type SseMessage } from '../../support/http-client.ts';

let dir: string;
let replayFile: string;
let wall: RunningWall;
let port: number;
let token: string;
let bearer: Record<string, string>;

function post(id: string, network: 'facebook' | 'x', text: string) {
  return JSON.stringify({
    key: `${network}:${id}`,
    network,
    kind: 'post',
    sourceId: 'replay',
    author: { id: 'a', name: 'Ana', isBrand: false },
    text,
    createdAt: new Date().toISOString(),
    fetchedAt: new Date().toISOString(),
  });
}

async function waitForPost(panel: string, key: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const res = await request(port, `/api/panels/${panel}/posts?limit=50`, { headers: bearer });
    if ((JSON.parse(res.body) as PostsResponse).posts.some((p) => p.key === key)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`post ${key} never reached panel ${panel}`);
}

const postKeys = (messages: SseMessage[]) =>
  messages.filter((m) => m.event === 'post').map((m) => (JSON.parse(m.data) as { post: { key: string } }).post.key);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'server-'));
  replayFile = join(dir, 'posts.jsonl');
  writeFileSync(replayFile, '');
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>wall</title>');
  const configFile = join(dir, 'config.json');
  writeFileSync(
    configFile,
    JSON.stringify({
      sources: [
        {
          id: 'replay',
          type: 'replay',
          pollSeconds: 0.05,
          options: { file: replayFile, speed: 'max', rebaseTime: false },
        },
      ],
    }),
  );
  wall = await startWall({ configFile, dataDir: join(dir, 'data'), logger: memoryLogger(), rendererDir, port: 0 });
  const url = new URL(wall.panels[0]!.url);
  port = Number(url.port);
  token = url.searchParams.get('token') ?? '';
  bearer = { authorization: `Bearer ${token}` };
});

afterAll(async () => {
  await wall.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the local server', () => {
  it('listens on loopback and prints one URL per default panel, carrying the token once', () => {
    expect(wall.origin).toBe(`http://127.0.0.1:${port}`);
    expect(wall.panels.map((p) => p.id)).toEqual(['1', '2', '3']);
    expect(token.length).toBeGreaterThanOrEqual(24);
    expect(wall.panels[2]!.url).toBe(`http://127.0.0.1:${port}/panel/3?token=${token}`);
  });

  it('refuses a request without the token, or with a wrong one, with a JSON 401', async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer nope' }, { cookie: 'sw_display=nope' }];
    for (const headers of attempts) {
      const res = await request(port, '/api/panels', { headers });
      expect(res.status).toBe(401);
      expect(JSON.parse(res.body)).toHaveProperty('error');
    }
    expect((await request(port, '/panel/1')).status).toBe(401);
    expect((await request(port, '/panel/1?token=wrong')).status).toBe(401);
  });

  it('answers the API with the Bearer token', async () => {
    const res = await request(port, '/api/panels', { headers: bearer });
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body) as PanelsResponse;
    expect(body.panels.map((p) => [p.id, p.type, p.networks])).toEqual([
      ['1', 'feed', ['facebook', 'instagram']],
      ['2', 'feed', ['x', 'foursquare']],
      ['3', 'stats', []],
    ]);
    expect(body.language).toBe('fr');
    expect((await request(port, '/api/health', { headers: bearer })).status).toBe(200);
    expect((await request(port, '/api/stats', { headers: bearer })).status).toBe(200);
    expect((await request(port, '/api/panels/9/posts', { headers: bearer })).status).toBe(404);
  });

  it('trades the URL token for an HttpOnly SameSite=Strict cookie and redirects to the clean URL', async () => {
    const res = await request(port, `/panel/2?token=${token}`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/panel/2');
    const cookie = res.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await request(port, '/panel/2', { headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body).toContain('<title>wall</title>');
  });

  it('refuses a foreign Host (DNS rebinding) with 403, even with the token', async () => {
    const evil = await request(port, '/api/panels', { headers: { ...bearer, host: `evil.example:${port}` } });
    expect(evil.status).toBe(403);
    const otherPort = await request(port, '/api/panels', { headers: { ...bearer, host: `127.0.0.1:${port + 1}` } });
    expect(otherPort.status).toBe(403);
    const local = await request(port, '/api/panels', { headers: { ...bearer, host: `localhost:${port}` } });
    expect(local.status).toBe(200);
  });

  it('refuses a state-changing request from another site with 403', async () => {
    const res = await request(port, '/api/panels', {
      method: 'POST',
      headers: { ...bearer, origin: 'http://evil.example' },
    });
    expect(res.status).toBe(403);
    const same = await request(port, '/api/panels', {
      method: 'POST',
      headers: { ...bearer, origin: `http://127.0.0.1:${port}` },
    });
    expect(same.status).toBe(404);
  });

  it('streams changes filtered to a panel and resumes with Last-Event-ID', async () => {
    const stream = await SseClient.open(port, '/api/events?panel=1', bearer);
    expect(stream.status).toBe(200);
    appendFileSync(
      replayFile,
      `${post('s1', 'facebook', 'first')}\n${post('s2', 'x', 'on panel 2 only')}\n${post('s3', 'facebook', 'third')}\n`,
    );
    await stream.waitFor((m) => postKeys(m).includes('facebook:s3'));
    expect(postKeys(stream.messages)).toEqual(['facebook:s1', 'facebook:s3']);
    const firstId = stream.messages.find((m) => m.event === 'post')?.id;
    expect(firstId).toMatch(/^[0-9a-f]+-\d+$/);
    stream.end();

    // While the screen is away, another post arrives.
    appendFileSync(replayFile, `${post('s4', 'facebook', 'missed while away')}\n`);
    await waitForPost('1', 'facebook:s4');

    const resumed = await SseClient.open(port, '/api/events?panel=1', { ...bearer, 'last-event-id': firstId! });
    await resumed.waitFor((m) => postKeys(m).includes('facebook:s4'));
    expect(postKeys(resumed.messages)).toEqual(['facebook:s3', 'facebook:s4']);
    resumed.end();
  });

  it('tells a screen that saw a previous launch to reload (reset)', async () => {
    const stream = await SseClient.open(port, '/api/events', { ...bearer, 'last-event-id': '0badb00d-12' });
    const messages = await stream.waitFor((m) => m.some((e) => e.event === 'reset'));
    expect(JSON.parse(messages.find((m) => m.event === 'reset')!.data)).toEqual({ reason: 'the wall restarted' });
    stream.end();
  });
});
