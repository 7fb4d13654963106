// The IT PIN over real loopback HTTP with a clock moved by hand: the first start has none (pinSet false),
// an admin chooses it (4–12 digits; stored hashed in pin.json, not in the config), /unlock trades it for the
// admin cookie, and wrong tries get a growing delay answered 429 with retryAfterSeconds — in two lanes: the
// kiosk's settings window (the page the shell's vouched GET /settings received carries its lane cookie) and
// any other client, whose tries in a loop never delay the window and write a summary, not a line each.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SettingsResponse } from '../../../src/shared/settings-contract.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { startWall, type RunningWall } from '../../../src/main/wall.ts';

let dir: string;
let wall: RunningWall;
let port: number;
let admin: Record<string, string>;
/** The settings window's PIN lane: the cookie the page served to the admin's GET /settings carries. */
let windowLane: Record<string, string>;
let clock = 1_000_000;
const logger = memoryLogger();

async function post(path: string, body: unknown, headers: Record<string, string> = { 'x-social-wall': '1' }) {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown>,
    cookie: res.headers.get('set-cookie') ?? '',
  };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'settings-pin-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
  wall = await startWall({ dataDir: join(dir, 'data'), config: {}, logger, rendererDir, port: 0, now: () => clock });
  port = Number(new URL(wall.settingsUrl).port);
  admin = { authorization: `Bearer ${new URL(wall.settingsUrl).searchParams.get('admin')}`, 'x-social-wall': '1' };
  const page = await fetch(`http://127.0.0.1:${port}/settings`, { headers: { authorization: admin.authorization! } });
  const lane = /sw_pin_lane=[^;]+/.exec(page.headers.get('set-cookie') ?? '')?.[0];
  expect(lane).toBeDefined();
  windowLane = { 'x-social-wall': '1', cookie: lane ?? '' };
});

afterAll(async () => {
  await wall.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('IT PIN', () => {
  it('is not set at first start; /unlock says to choose one', async () => {
    const settings = (await (
      await fetch(`http://127.0.0.1:${port}/api/settings`, { headers: admin })
    ).json()) as SettingsResponse;
    expect(settings.pinSet).toBe(false);
    expect((await post('/api/settings/unlock', { pin: '1234' })).status).toBe(409);
  });

  it('only an admin sets it, 4 to 12 digits; it is stored hashed in the data directory', async () => {
    expect((await post('/api/settings/pin', { pin: '2468' })).status).toBe(401);
    const bad = await post('/api/settings/pin', { pin: '12a4' }, admin);
    expect(bad.status).toBe(422);
    expect(bad.body['errors']).toEqual([{ field: 'pin', message: 'the PIN is 4 to 12 digits' }]);
    expect((await post('/api/settings/pin', { pin: '1234567890123' }, admin)).status).toBe(422);
    expect((await post('/api/settings/pin', { pin: '2468' }, admin)).status).toBe(200);
    const file = readFileSync(join(dir, 'data', 'pin.json'), 'utf8');
    expect(file).toMatch(/scrypt1\$/);
    expect(file).not.toContain('2468');
    const settings = (await (
      await fetch(`http://127.0.0.1:${port}/api/settings`, { headers: admin })
    ).json()) as SettingsResponse;
    expect(settings.pinSet).toBe(true);
    expect(JSON.stringify(settings)).not.toContain('scrypt1');
  });

  it('trades the right PIN for the admin cookie, which opens the settings', async () => {
    const ok = await post('/api/settings/unlock', { pin: '2468' });
    expect(ok.status).toBe(200);
    const cookie = /sw_admin=[^;]+/.exec(ok.cookie)?.[0];
    expect(cookie).toBeDefined();
    const res = await fetch(`http://127.0.0.1:${port}/api/settings`, { headers: { cookie: cookie ?? '' } });
    expect(res.status).toBe(200);
  });

  it('delays wrong tries more and more (429 with retryAfterSeconds), on the clock, and resets after success', async () => {
    const unlock = (pin: string) => post('/api/settings/unlock', { pin }, windowLane);
    expect((await unlock('0000')).status).toBe(422);
    expect((await unlock('0000')).status).toBe(422);
    const third = await unlock('0000');
    expect(third.status).toBe(429);
    // Even the right PIN waits while locked.
    const locked = await unlock('2468');
    expect(locked.status).toBe(429);
    expect(locked.body['error']).toMatch(/try again in 2 s/);
    clock += 2_000;
    const fourth = await unlock('0000');
    expect(fourth.status).toBe(429);
    expect(fourth.body['error']).toMatch(/try again in 4 s/);
    clock += 3_000;
    expect((await unlock('2468')).status).toBe(429);
    clock += 1_000;
    expect((await unlock('2468')).status).toBe(200);
    expect((await unlock('0000')).status).toBe(422);
    expect(logger.lines.join('\n')).not.toContain('2468');
  });

  it('a local client trying PINs in a loop delays only itself: IT in the settings window is never locked out', async () => {
    clock += 60 * 60_000;
    const before = logger.lines.length;
    // One free try, then a minute, two… for anyone else; two hundred tries within a minute are all refused.
    const first = await post('/api/settings/unlock', { pin: '1111' });
    expect(first.status).toBe(429);
    expect(first.body['error']).toMatch(/try again in 60 s/);
    let delayed = 0;
    for (let i = 0; i < 200; i++) {
      if ((await post('/api/settings/unlock', { pin: String(1000 + i) })).status === 429) delayed++;
      if (i % 20 === 0) clock += 5_000;
    }
    expect(delayed).toBe(200);
    // Even the right PIN from that client waits: the bound holds for it.
    expect((await post('/api/settings/unlock', { pin: '2468' })).status).toBe(429);
    // IT at the kiosk: the window's lane has its own count.
    expect((await post('/api/settings/unlock', { pin: '2468' }, windowLane)).status).toBe(200);
    // A cookie that is not the window's is just another client.
    expect(
      (await post('/api/settings/unlock', { pin: '2468' }, { 'x-social-wall': '1', cookie: 'sw_pin_lane=guess' }))
        .status,
    ).toBe(429);
    // The log has a few lines for all that, not one per try.
    const lines = logger.lines.slice(before).filter((l) => l.includes('PIN'));
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines.join('\n')).not.toContain('2468');
  });

  it('summarises refused tries at most once per period, with their count', async () => {
    const before = logger.lines.length;
    for (let minute = 0; minute < 30; minute++) {
      clock += 60_000;
      await post('/api/settings/unlock', { pin: '9999' });
    }
    const summaries = logger.lines.slice(before).filter((l) => l.includes('IT PIN tries refused'));
    expect(summaries.length).toBeGreaterThanOrEqual(2);
    expect(summaries.length).toBeLessThanOrEqual(3);
    expect(JSON.parse(summaries[0]!)).toMatchObject({ lane: 'other' });
  });
});
