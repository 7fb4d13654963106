// The picture cache against a real HTTPS server on loopback (test/support/picture-server.ts): what it keeps,
// what it refuses and why, how it stays bounded on disk, and that it serves what it has when the network is gone.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../src/main/logger.ts';
import { fetchPicture } from '../../../src/main/pictures/fetch-picture.ts';
import { PictureCache } from '../../../src/main/pictures/picture-cache.ts';
import { PictureDisk, pictureId } from '../../../src/main/pictures/picture-disk.ts';
import { makePost } from '../../e2e/support/make-post.ts';
import { RED_PNG, startPictureServer, type PictureServer } from '../../support/picture-server.ts';

let server: PictureServer;
let dir: string;

beforeAll(async () => {
  server = await startPictureServer();
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const limits = () => ({ maxBytes: 1024 * 1024, timeoutMs: 2_000, agent: server.agent });

describe('fetchPicture', () => {
  it('keeps a picture by its bytes, whatever its server says it is', async () => {
    expect(await fetchPicture(`${server.origin}/red.png`, limits())).toMatchObject({ ok: true, type: 'image/png' });
    // No declared type: its first bytes say PNG.
    expect(await fetchPicture(`${server.origin}/blue`, limits())).toMatchObject({ ok: true, type: 'image/png' });
    // An https redirect on the same terms is followed.
    expect(await fetchPicture(`${server.origin}/moved`, limits())).toMatchObject({ ok: true });
  });

  it('refuses what is not an https picture, saying why', async () => {
    const reason = async (path: string, over = {}) => {
      const result = await fetchPicture(path.startsWith('http') ? path : `${server.origin}${path}`, {
        ...limits(),
        ...over,
      });
      return result.ok ? 'kept' : result.reason;
    };
    expect(await reason('http://127.0.0.1:1/red.png')).toMatch(/not https/);
    expect(await reason('/pixel.gif')).toMatch(/not a picture \(text\/html/);
    expect(await reason('/lying.png')).toMatch(/first bytes/);
    expect(await reason('/svg')).toMatch(/not a picture/);
    expect(await reason('/huge')).toMatch(/larger than/);
    expect(await reason('/slow', { timeoutMs: 300 })).toMatch(/no answer within 300 ms/);
    expect(await reason('/to-http')).toMatch(/not https/);
    expect(await reason('/missing')).toBe('answered 404');
  });
});

describe('PictureCache', () => {
  const post = (avatar: string, picture?: string) =>
    makePost({
      author: { avatarUrl: avatar },
      ...(picture ? { media: [{ type: 'image', url: picture }] } : {}),
    });

  it('fetches a post’s pictures when it arrives and serves them from disk, network or not', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pictures-'));
    const cache = new PictureCache({ dir, logger: memoryLogger(), agent: server.agent });
    const avatar = `${server.origin}/red.png?a=1`;
    const photo = `${server.origin}/blue?p=1`;
    cache.addPost(post(avatar, photo));
    await cache.idle();
    expect(cache.stats.pictures).toBe(2);
    const asked = server.requests.length;
    const hit = await cache.get(avatar);
    expect(hit?.type).toBe('image/png');
    // From disk: the network was not asked again.
    expect(server.requests.length).toBe(asked);
    // A new cache on the same folder (a restart) still has them, without a fetch.
    const again = new PictureCache({ dir, logger: memoryLogger(), agent: server.agent });
    expect((await again.get(photo))?.size).toBeGreaterThan(0);
    expect(server.requests.length).toBe(asked);
  });

  it('fetches only what a post on the wall carries: it is no proxy', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pictures-'));
    const cache = new PictureCache({ dir, logger: memoryLogger(), agent: server.agent });
    const before = server.requests.length;
    expect(await cache.get(`${server.origin}/red.png?never-posted`)).toBeUndefined();
    expect(server.requests.length).toBe(before);
  });

  it('does not ask again for a picture that failed, for a while', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pictures-'));
    let now = 1_000_000;
    const logger = memoryLogger();
    const cache = new PictureCache({ dir, logger, agent: server.agent, now: () => now, retryAfterMs: 60_000 });
    const pixel = `${server.origin}/pixel.gif?user=42`;
    cache.addPost(post(pixel));
    await cache.idle();
    expect(await cache.get(pixel)).toBeUndefined();
    const asked = server.requests.filter((r) => r === '/pixel.gif?user=42').length;
    expect(asked).toBe(1);
    // Logged with the host only (a picture's URL may carry a token).
    expect(logger.lines.some((l) => l.includes('picture left out') && !l.includes('user=42'))).toBe(true);
    now += 61_000;
    expect(await cache.get(pixel)).toBeUndefined();
    expect(server.requests.filter((r) => r === '/pixel.gif?user=42').length).toBe(2);
  });
});

describe('PictureDisk', () => {
  it('stays under its bound, the least recently used out first', () => {
    dir = mkdtempSync(join(tmpdir(), 'pictures-'));
    const disk = new PictureDisk(dir, RED_PNG.length * 3);
    for (let i = 0; i < 3; i++) disk.put(pictureId(`u${i}`), RED_PNG, 'image/png', i);
    // u0 used again: u1 is now the least recently used.
    expect(disk.get(pictureId('u0'), 10)).toBeDefined();
    disk.put(pictureId('u3'), RED_PNG, 'image/png', 11);
    expect(disk.get(pictureId('u1'))).toBeUndefined();
    expect(disk.get(pictureId('u0'))).toBeDefined();
    expect(disk.usedBytes).toBeLessThanOrEqual(RED_PNG.length * 3);
    expect(readdirSync(dir)).toHaveLength(3);
  });

  it('rebuilds its index from the folder and clears what is not a picture of its own', () => {
    dir = mkdtempSync(join(tmpdir(), 'pictures-'));
    new PictureDisk(dir, 1e6).put(pictureId('kept'), RED_PNG, 'image/png');
    writeFileSync(join(dir, `${pictureId('half')}.png.123.tmp`), 'half a picture');
    writeFileSync(join(dir, 'stray.txt'), 'not ours');
    const disk = new PictureDisk(dir, 1e6);
    expect(disk.count).toBe(1);
    expect(disk.get(pictureId('kept'))?.type).toBe('image/png');
    expect(readdirSync(dir)).toEqual([`${pictureId('kept')}.png`]);
  });
});
