// A database write that fails (issue 14, finding 4) on a real full disk: a small tmpfs holds the data folder.
// The failure is a wall notice with its reason (health and settings), the source shows degraded with the
// store's words, the screens keep what they have, a settings save leaves no temp file, and once space is
// freed the next write succeeds and the notice goes; a start on a read-only folder says what to do. Needs root to mount the tmpfs (CI runs as root); skipped
// with the reason elsewhere.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HealthResponse, PostsResponse } from '../../../src/shared/api-contract.ts';
import type { SettingsResponse } from '../../../src/shared/settings-contract.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { startWall, type RunningWall } from '../../../src/main/wall.ts';

const WEBHOOK_TOKEN = 'site-webhook-token-0123456789abcdef';
const mountPoint = mkdtempSync(join(tmpdir(), 'full-disk-'));
const mounted = (() => {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountPoint], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let wall: RunningWall;
let port: number;
let display: Record<string, string>;
let admin: Record<string, string>;
const dataDir = join(mountPoint, 'data');
const filler = join(mountPoint, 'filler');

const get = async <T>(path: string, headers: Record<string, string>): Promise<T> =>
  (await (await fetch(`http://127.0.0.1:${port}${path}`, { headers })).json()) as T;

let sent = 0;
async function pushReviews(): Promise<number> {
  const reviews = Array.from({ length: 40 }, () => ({
    id: `r-${++sent}`,
    author: { name: 'Chloé' },
    text: `Avis ${sent} ` + 'très bien '.repeat(400),
    rating: 5,
    createdAt: '2026-11-25T09:00:00Z',
  }));
  const res = await fetch(`http://127.0.0.1:${port}/api/inbound/site`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${WEBHOOK_TOKEN}` },
    body: JSON.stringify(reviews),
  });
  return res.status;
}

beforeAll(async () => {
  if (!mounted) return;
  mkdirSync(dataDir);
  // Room to free later: what IT does when the disk is full.
  writeFileSync(filler, Buffer.alloc(1024 * 1024));
  writeFileSync(
    join(dataDir, 'config.json'),
    JSON.stringify({
      sources: [{ id: 'site', type: 'site-reviews', options: { webhookToken: WEBHOOK_TOKEN } }],
      panels: [{ id: 'reviews', title: 'Avis', type: 'feed', networks: ['site'] }],
    }),
  );
  const rendererDir = join(mountPoint, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
  wall = await startWall({ dataDir, logger: memoryLogger(), rendererDir, port: 0 });
  port = Number(new URL(wall.origin).port);
  display = { authorization: `Bearer ${new URL(wall.panels[0]!.url).searchParams.get('token')}` };
  admin = { authorization: `Bearer ${new URL(wall.settingsUrl).searchParams.get('admin')}`, 'x-social-wall': '1' };
});

afterAll(async () => {
  await wall?.stop();
  if (mounted) execFileSync('umount', [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

describe.skipIf(!mounted)('a full disk (a 4 MB tmpfs: mounting one needs root)', () => {
  it('is a wall notice with its reason, the source degraded, the screens still showing what they have', async () => {
    expect(await pushReviews()).toBe(202);
    let status = 202;
    for (let i = 0; i < 100 && status === 202; i++) status = await pushReviews();
    expect(status).toBe(503);

    const health = await get<HealthResponse>('/api/health', display);
    const notice = health.notices.find((n) => n.code === 'storage-failed');
    expect(notice).toMatchObject({
      level: 'error',
      params: { file: join(dataDir, 'wall.db'), error: 'SQLITE_FULL' },
    });
    expect(notice?.message).toMatch(/disk is full/);
    expect(health.sources.find((s) => s.sourceId === 'site')).toMatchObject({
      state: 'degraded',
      lastError: expect.stringMatching(/SQLITE_FULL/),
      // What the screens' header words ("Nouveaux messages en pause : disque plein").
      storageFailure: { code: 'SQLITE_FULL', since: expect.any(String) },
    });
    const settings = await get<SettingsResponse>('/api/settings', admin);
    expect(settings.notices.some((n) => n.code === 'storage-failed')).toBe(true);
    const posts = await get<PostsResponse>('/api/panels/reviews/posts?limit=5', display);
    expect(posts.posts.length).toBe(5);
  });

  it('a settings save on the full disk is refused and leaves no temp file', async () => {
    // Fill what the database left.
    try {
      writeFileSync(join(mountPoint, 'more'), Buffer.alloc(4 * 1024 * 1024));
    } catch {
      // ENOSPC: the disk is full to the last byte.
    }
    const { config } = await get<SettingsResponse>('/api/settings', admin);
    const res = await fetch(`http://127.0.0.1:${port}/api/settings`, {
      method: 'PUT',
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify({ ...config, retentionDays: 12, brand: { ...config.brand, name: 'x'.repeat(80) } }),
    });
    expect(res.status).toBe(500);
    expect(readdirSync(dataDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('once space is freed, the next write succeeds and the notice goes', async () => {
    rmSync(join(mountPoint, 'more'), { force: true });
    rmSync(filler);
    expect(await pushReviews()).toBe(202);
    const health = await get<HealthResponse>('/api/health', display);
    expect(health.notices.filter((n) => n.code === 'storage-failed')).toEqual([]);
    expect(health.sources.find((s) => s.sourceId === 'site')?.storageFailure).toBeUndefined();
  });

  it("a wall started on a read-only data folder stops with what to do, not SQLite's words", async () => {
    await wall.stop();
    execFileSync('mount', ['-o', 'remount,ro', mountPoint], { stdio: 'ignore' });
    try {
      await expect(startWall({ dataDir, logger: memoryLogger(), port: 0 })).rejects.toThrow(
        /data folder .* cannot be written \(EROFS: its disk is mounted read-only\).*Make the disk writable/,
      );
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', mountPoint], { stdio: 'ignore' });
    }
  });
});
