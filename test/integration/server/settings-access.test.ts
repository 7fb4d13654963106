// The authorization matrix of the settings zone over real loopback HTTP: no credential, the display token,
// the admin credential (URL trade, cookie, Bearer); a foreign Host; a cross-site Origin; the CSRF rule.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../../src/main/logger.ts';
import { startWall, type RunningWall } from '../../../src/main/wall.ts';
import { request } from '../../support/http-client.ts';

let dir: string;
let wall: RunningWall;
let port: number;
let display: string;
let admin: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'settings-access-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>wall</title>');
  wall = await startWall({ dataDir: join(dir, 'data'), logger: memoryLogger(), rendererDir, port: 0 });
  const panel = new URL(wall.panels[0]!.url);
  port = Number(panel.port);
  display = panel.searchParams.get('token') ?? '';
  admin = new URL(wall.settingsUrl).searchParams.get('admin') ?? '';
});

afterAll(async () => {
  await wall.stop();
  rmSync(dir, { recursive: true, force: true });
});

const host = () => `127.0.0.1:${port}`;
const origin = () => `http://127.0.0.1:${port}`;

describe('settings access', () => {
  it('prints a settings URL on the wall origin, with an admin token that is not the display token', () => {
    expect(wall.settingsUrl).toMatch(new RegExp(`^${origin()}/settings\\?admin=`));
    expect(admin.length).toBeGreaterThanOrEqual(24);
    expect(admin).not.toBe(display);
  });

  it('refuses the settings without a credential (401)', async () => {
    const res = await request(port, '/api/settings');
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body).error).toMatch(/admin credential/);
  });

  it('refuses the display token with 403, saying it is a display credential (cookie, Bearer or URL)', async () => {
    const attempts: Record<string, string>[] = [
      { cookie: `sw_display=${display}` },
      { authorization: `Bearer ${display}` },
    ];
    for (const headers of attempts) {
      const res = await request(port, '/api/settings', { headers });
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body).error).toMatch(/display credential/);
      expect(res.body).not.toContain(admin);
    }
    expect((await request(port, `/settings?token=${display}`)).status).toBe(403);
  });

  it('trades the admin URL for an HttpOnly SameSite=Strict sw_admin cookie, once, and redirects to the clean URL', async () => {
    const res = await request(port, `/settings?admin=${admin}`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/settings');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^sw_admin=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    expect((await request(port, '/settings?admin=wrong-wrong-wrong-wrong-wrong')).status).toBe(401);
  });

  it('admits the admin cookie and the admin Bearer header', async () => {
    const byCookie = await request(port, '/api/settings', { headers: { cookie: `sw_admin=${admin}` } });
    expect(byCookie.status).toBe(200);
    const byBearer = await request(port, '/api/settings', { headers: { authorization: `Bearer ${admin}` } });
    expect(byBearer.status).toBe(200);
    expect((await request(port, '/settings', { headers: { cookie: `sw_admin=${admin}` } })).status).toBe(200);
  });

  it('does not let the admin credential stand in for the display token on the wall data, but for the health the settings show', async () => {
    expect((await request(port, '/api/panels', { headers: { authorization: `Bearer ${admin}` } })).status).toBe(401);
    expect((await request(port, '/api/health', { headers: { authorization: `Bearer ${admin}` } })).status).toBe(200);
    expect((await request(port, '/api/health', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
  });

  it('refuses a foreign Host even with the admin credential', async () => {
    const res = await request(port, '/api/settings', {
      headers: { host: 'evil.example:80', authorization: `Bearer ${admin}` },
    });
    expect(res.status).toBe(403);
  });

  it('refuses a cross-site Origin on a state-changing request even with the admin credential', async () => {
    const res = await request(port, '/api/settings', {
      method: 'PUT',
      headers: { host: host(), origin: 'http://evil.example', cookie: `sw_admin=${admin}`, 'x-social-wall': '1' },
    });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).error).toMatch(/Cross-site/);
  });

  it('requires a same-origin Origin or the custom header on every state-changing settings request (CSRF)', async () => {
    const bare = await request(port, '/api/settings/nothing', {
      method: 'POST',
      headers: { cookie: `sw_admin=${admin}` },
    });
    expect(bare.status).toBe(403);
    expect(JSON.parse(bare.body).error).toMatch(/settings page/);
    const sameOrigin = await request(port, '/api/settings/nothing', {
      method: 'POST',
      headers: { cookie: `sw_admin=${admin}`, origin: origin() },
    });
    expect(sameOrigin.status).toBe(404);
    const header = await request(port, '/api/settings/nothing', {
      method: 'POST',
      headers: { cookie: `sw_admin=${admin}`, 'x-social-wall': '1' },
    });
    expect(header.status).toBe(404);
    // The display token gets no further with the header.
    const displayWithHeader = await request(port, '/api/settings/nothing', {
      method: 'POST',
      headers: { cookie: `sw_display=${display}`, 'x-social-wall': '1' },
    });
    expect(displayWithHeader.status).toBe(403);
  });

  it('still serves the panels with the display token', async () => {
    expect((await request(port, '/api/panels', { headers: { authorization: `Bearer ${display}` } })).status).toBe(200);
  });
});
