// Moderation over real loopback HTTP on a real wall (replay source, real SQLite file): a rule-hidden post never
// reaches /api/panels/:id/posts nor the SSE stream; a person hides and restores a post through /api/settings
// (remove / post events), the audit log lists both, and the hidden counter is pushed with the stats.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostsResponse } from '../../../src/shared/api-contract.ts';
import type { AuditEntryView, AuditResponse, RecentPostsResponse } from '../../../src/shared/settings-contract.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { startWall, type RunningWall } from '../../../src/main/wall.ts';
import { SseClient } from '../../support/http-client.ts';

let dir: string;
let wall: RunningWall;
let port: number;
let display: string;
let admin: Record<string, string>;

const line = (id: string, text: string) =>
  JSON.stringify({
    key: `x:${id}`,
    network: 'x',
    kind: 'mention',
    sourceId: 'r',
    author: { id: `u${id}`, handle: `user${id}`, name: 'U', isBrand: false },
    text,
    createdAt: '2026-03-01T10:00:00.000Z',
    fetchedAt: '2026-03-01T10:00:01.000Z',
  });

async function json<T>(
  method: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: T }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { method, headers });
  return { status: res.status, body: (await res.json()) as T };
}

async function until(check: () => Promise<boolean>, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'moderation-api-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
  const file = join(dir, 'posts.jsonl');
  writeFileSync(file, [line('1', 'Très bon accueil'), line('2', 'Une arnaque totale')].join('\n') + '\n');
  const config = {
    sources: [{ id: 'r', type: 'replay', options: { file, speed: 'max', rebaseTime: false } }],
    panels: [{ id: '1', title: 'Tout', type: 'feed' }],
    moderation: { blockedKeywords: ['arnaque'] },
  };
  wall = await startWall({ dataDir: join(dir, 'data'), config, logger: memoryLogger(), rendererDir, port: 0 });
  const panel = new URL(wall.panels[0]!.url);
  port = Number(panel.port);
  display = panel.searchParams.get('token') ?? '';
  admin = { authorization: `Bearer ${new URL(wall.settingsUrl).searchParams.get('admin')}`, 'x-social-wall': '1' };
  await until(
    async () => (await json<RecentPostsResponse>('GET', '/api/settings/posts?limit=10', admin)).body.posts.length === 2,
  );
});

afterAll(async () => {
  await wall.stop();
  rmSync(dir, { recursive: true, force: true });
});

const shownKeys = async () =>
  (await json<PostsResponse>('GET', '/api/panels/1/posts', { authorization: `Bearer ${display}` })).body.posts.map(
    (p) => p.key,
  );

describe('moderation API', () => {
  it('a rule-hidden post never reaches the panel posts nor the stream, and is in the audit and the recent list', async () => {
    expect(await shownKeys()).toEqual(['x:1']);
    // Replays every event since the wall started.
    const sse = await SseClient.open(port, '/api/events?panel=1', {
      authorization: `Bearer ${display}`,
      'last-event-id': `${wall.engine.feed.bootId}-0`,
    });
    try {
      await sse.waitFor((m) => m.some((e) => e.event === 'post'), 2_000);
      expect(
        sse.messages
          .filter((m) => m.event === 'post')
          .map((m) => (JSON.parse(m.data) as { post: { key: string } }).post.key),
      ).toEqual(['x:1']);
      expect(sse.messages.map((m) => m.data).join('\n')).not.toContain('arnaque');
    } finally {
      sse.end();
    }
    const audit = await json<AuditResponse>('GET', '/api/settings/audit', admin);
    expect(audit.body.hidden).toBe(1);
    expect(audit.body.entries).toMatchObject([
      {
        postKey: 'x:2',
        why: 'blocked-keyword:arnaque',
        who: 'rule',
        action: 'hide',
        author: 'user2',
        excerpt: 'Une arnaque totale',
      },
    ]);
    const recent = await json<RecentPostsResponse>('GET', '/api/settings/posts?limit=10', admin);
    expect(recent.body.posts.map((p) => [p.key, p.state]).sort()).toEqual([
      ['x:1', 'live'],
      ['x:2', 'hidden'],
    ]);
  });

  it('a person hides and restores a post: remove then post events, audited, the counter pushed with the stats', async () => {
    const sse = await SseClient.open(port, '/api/events?panel=1', { authorization: `Bearer ${display}` });
    try {
      const hide = await json<AuditEntryView>('POST', '/api/settings/posts/x%3A1/hide', admin);
      expect(hide.status).toBe(200);
      expect(hide.body).toMatchObject({ postKey: 'x:1', who: 'admin', why: 'hidden by a person' });
      await sse.waitFor((m) => m.some((e) => e.event === 'remove' && e.data.includes('"reason":"hidden"')), 2_000);
      expect(await shownKeys()).toEqual([]);
      await sse.waitFor((m) => m.some((e) => e.event === 'stats' && e.data.includes('"hidden":2')), 3_000);
      expect((await json('POST', '/api/settings/posts/x%3A1/hide', admin)).status).toBe(409);

      const restore = await json<AuditEntryView>('POST', '/api/settings/posts/x%3A1/restore', admin);
      expect(restore.status).toBe(200);
      await sse.waitFor((m) => m.some((e) => e.event === 'post' && e.data.includes('"x:1"')), 2_000);
      expect(await shownKeys()).toEqual(['x:1']);
      await sse.waitFor((m) => m.some((e) => e.event === 'stats' && e.data.includes('"hidden":1')), 3_000);
      const audit = await json<AuditResponse>('GET', '/api/settings/audit?limit=2', admin);
      expect(audit.body.entries.map((e) => [e.action, e.who])).toEqual([
        ['restore', 'admin'],
        ['hide', 'admin'],
      ]);
      expect(audit.body.entries[1]?.restoredAt).toBeDefined();
      expect(audit.body.next).toBeDefined();
    } finally {
      sse.end();
    }
  });

  it('refuses a malformed key, an unknown post, and a display credential', async () => {
    expect((await json('POST', '/api/settings/posts/nope/hide', admin)).status).toBe(422);
    expect((await json('POST', '/api/settings/posts/x%3A999/hide', admin)).status).toBe(404);
    expect(
      (
        await json('POST', '/api/settings/posts/x%3A1/hide', {
          authorization: `Bearer ${display}`,
          'x-social-wall': '1',
        })
      ).status,
    ).toBe(403);
  });
});
