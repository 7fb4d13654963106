// The smaller points of issue 14 (finding 8) on a real wall: wall.db and its WAL are its owner's only (0600,
// as config.json); a stored post whose JSON is damaged is skipped, counted and logged once, never a failed
// page; a stop says nothing of statistics failing on a closed database.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostsResponse } from '../../../src/shared/api-contract.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { startWall, type RunningWall } from '../../../src/main/wall.ts';

const WEBHOOK_TOKEN = 'site-webhook-token-0123456789abcdef';
let dir: string;
let dataDir: string;
let wall: RunningWall;
let port: number;
let display: Record<string, string>;
const logger = memoryLogger();

const posts = async (): Promise<{ status: number; body: PostsResponse }> => {
  const res = await fetch(`http://127.0.0.1:${port}/api/panels/1/posts?limit=200`, { headers: display });
  return { status: res.status, body: (await res.json()) as PostsResponse };
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stored-files-'));
  dataDir = join(dir, 'data');
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
  wall = await startWall({
    dataDir,
    // A quiet source (the site's webhook): only the posts the test sends.
    config: {
      sources: [{ id: 'site', type: 'site-reviews', options: { webhookToken: WEBHOOK_TOKEN } }],
      panels: [{ id: '1', title: 'Tout', type: 'feed' }],
    },
    logger,
    rendererDir,
    port: 0,
  });
  port = Number(new URL(wall.origin).port);
  display = { authorization: `Bearer ${new URL(wall.panels[0]!.url).searchParams.get('token')}` };
  const reviews = [1, 2, 3, 4, 5].map((n) => ({
    id: `r-${n}`,
    author: { name: 'Chloé' },
    text: `Avis ${n}`,
    rating: 5,
    createdAt: `2026-11-25T0${n}:00:00Z`,
  }));
  const sent = await fetch(`http://127.0.0.1:${port}/api/inbound/site`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${WEBHOOK_TOKEN}` },
    body: JSON.stringify(reviews),
  });
  expect(sent.status).toBe(202);
});

afterAll(async () => {
  await wall.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the stored files', () => {
  it('wall.db and its WAL are readable by their owner only (0600)', () => {
    if (process.platform === 'win32') return;
    expect(statSync(join(dataDir, 'wall.db')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, 'wall.db-wal')).mode & 0o777).toBe(0o600);
  });

  it('a stored post whose JSON is damaged is skipped, counted and logged once; the page still answers', async () => {
    // A post on the screen, stored in the file (not one kept in memory), damaged from outside (an SQLite browser, a disk error).
    const outside = new Database(join(dataDir, 'wall.db'));
    const stored = outside.prepare(`SELECT 1 FROM posts WHERE key = ? AND state = 'live'`);
    const victim = (await posts()).body.posts.find((p) => stored.get(p.key) !== undefined)!;
    outside.prepare('UPDATE posts SET json = ? WHERE key = ?').run('{"key": "damaged', victim.key);
    outside.close();
    for (let i = 0; i < 3; i++) {
      const after = await posts();
      expect(after.status).toBe(200);
      expect(after.body.posts.map((p) => p.key)).not.toContain(victim.key);
      expect(after.body.posts).toHaveLength(4);
    }
    const lines = logger.lines.filter((l) => l.includes('a stored post is damaged'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ damagedPosts: 1, start: '{"key": "damaged' });
  });

  it('a stop says nothing of statistics failing on a closed database', async () => {
    await new Promise((r) => setTimeout(r, 1_100)); // a statistics tick or two
    await wall.stop();
    expect(logger.lines.filter((l) => /statistics failed|not open/.test(l))).toEqual([]);
  });
});
