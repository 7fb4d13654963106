// The brand's logo over real HTTP: an upload is checked (size, type, magic bytes), kept in <dataDir>/brand
// under its content hash, put in the configuration like PUT (the screens get a `panels` event and
// /api/panels names it) and served to the screens; a display credential cannot upload; DELETE removes it.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PanelsResponse } from '../../../src/shared/api-contract.ts';
import type { FieldErrorsResponse, SettingsResponse } from '../../../src/shared/settings-contract.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { startWall, type RunningWall } from '../../../src/main/wall.ts';
import { SseClient } from '../../support/http-client.ts';

/** A real 8×8 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGN4ZumGFTEMLQkAB9VZQdrTxMwAAAAASUVORK5CYII=',
  'base64',
);

let dir: string;
let dataDir: string;
let wall: RunningWall;
let port: number;
let display: string;
let admin: Record<string, string>;

const url = (path: string) => `http://127.0.0.1:${port}${path}`;
const upload = (body: Uint8Array, type: string, headers: Record<string, string> = admin) =>
  fetch(url('/api/settings/logo'), { method: 'POST', headers: { ...headers, 'content-type': type }, body });
const panels = async () =>
  (await (
    await fetch(url('/api/panels'), { headers: { authorization: `Bearer ${display}` } })
  ).json()) as PanelsResponse;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'logo-'));
  dataDir = join(dir, 'data');
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>wall</title>');
  mkdirSync(dataDir);
  writeFileSync(join(dataDir, 'config.json'), JSON.stringify({ brand: { name: 'Atelier Nova' } }));
  wall = await startWall({ dataDir, logger: memoryLogger(), rendererDir, port: 0 });
  const panel = new URL(wall.panels[0]!.url);
  port = Number(panel.port);
  display = panel.searchParams.get('token') ?? '';
  admin = { authorization: `Bearer ${new URL(wall.settingsUrl).searchParams.get('admin')}`, 'x-social-wall': '1' };
});

afterAll(async () => {
  await wall.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('brand logo', () => {
  it('uploads a PNG: kept under its hash, in the config file, announced to the screens, served with its type', async () => {
    const sse = await SseClient.open(port, '/api/events?panel=1', { authorization: `Bearer ${display}` });
    try {
      const res = await upload(PNG, 'image/png');
      expect(res.status).toBe(200);
      const body = (await res.json()) as SettingsResponse;
      const logo = body.config.brand.logo;
      expect(logo).toMatch(/^logo-[0-9a-f]{16}\.png$/);
      await sse.waitFor((m) => m.some((e) => e.event === 'panels'), 1_000);
      expect((await panels()).brand.logo).toBe(logo);
      expect(readFileSync(join(dataDir, 'brand', logo!))).toEqual(PNG);
      expect(
        (JSON.parse(readFileSync(join(dataDir, 'config.json'), 'utf8')) as { brand: { logo: string } }).brand.logo,
      ).toBe(logo);

      for (const path of ['/brand/logo', `/brand/${logo}`]) {
        const served = await fetch(url(path), { headers: { authorization: `Bearer ${display}` } });
        expect(served.status).toBe(200);
        expect(served.headers.get('content-type')).toBe('image/png');
        expect(served.headers.get('x-content-type-options')).toBe('nosniff');
        expect(Buffer.from(await served.arrayBuffer())).toEqual(PNG);
      }
      const hashed = await fetch(url(`/brand/${logo}`), { headers: { authorization: `Bearer ${display}` } });
      expect(hashed.headers.get('cache-control')).toContain('immutable');
      // The settings page's preview, with the admin credential.
      expect((await fetch(url('/api/settings/logo'), { headers: admin })).status).toBe(200);
      // Without a credential, nothing.
      expect((await fetch(url('/brand/logo'))).status).toBe(401);
    } finally {
      sse.end();
    }
  });

  it('refuses a logo over 512 kB with 413 and a clear message', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(513 * 1024)]);
    const res = await upload(big, 'image/png');
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: string }).error).toMatch(/too large.*512 kB/);
  });

  it('refuses bytes that are not the declared type (422), other types and SVG (415)', async () => {
    const fake = await upload(Buffer.from('<html>not a picture</html>'), 'image/png');
    expect(fake.status).toBe(422);
    expect(((await fake.json()) as { error: string }).error).toMatch(/not a PNG/);
    expect((await upload(PNG, 'image/jpeg')).status).toBe(422);
    expect((await upload(PNG, 'text/html')).status).toBe(415);
    const svg = await upload(
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'image/svg+xml',
    );
    expect(svg.status).toBe(415);
    expect(((await svg.json()) as { error: string }).error).toMatch(/SVG/);
  });

  it('a display credential cannot upload (403); a logo name cannot be set by PUT to another file', async () => {
    expect((await upload(PNG, 'image/png', { authorization: `Bearer ${display}`, 'x-social-wall': '1' })).status).toBe(
      403,
    );
    const current = (await (await fetch(url('/api/settings'), { headers: admin })).json()) as SettingsResponse;
    const put = await fetch(url('/api/settings'), {
      method: 'PUT',
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify({ ...current.config, brand: { ...current.config.brand, logo: '../config.json' } }),
    });
    expect(put.status).toBe(422);
    expect(((await put.json()) as FieldErrorsResponse).errors.map((e) => e.field)).toContain('brand.logo');
  });

  it('DELETE removes the logo from the config and the disk', async () => {
    const res = await fetch(url('/api/settings/logo'), { method: 'DELETE', headers: admin });
    expect(res.status).toBe(200);
    expect(((await res.json()) as SettingsResponse).config.brand.logo).toBeUndefined();
    expect((await panels()).brand.logo).toBeUndefined();
    expect(existsSync(join(dataDir, 'brand')) ? readdirSync(join(dataDir, 'brand')) : []).toEqual([]);
    expect((await fetch(url('/brand/logo'), { headers: { authorization: `Bearer ${display}` } })).status).toBe(404);
  });

  it('checks the call to action: an https QR target and a short text', async () => {
    const current = (await (await fetch(url('/api/settings'), { headers: admin })).json()) as SettingsResponse;
    const put = (callToAction: unknown) =>
      fetch(url('/api/settings'), {
        method: 'PUT',
        headers: { ...admin, 'content-type': 'application/json' },
        body: JSON.stringify({ ...current.config, brand: { ...current.config.brand, callToAction } }),
      });
    const bad = await put({ qrUrl: 'javascript:alert(1)', text: 'x'.repeat(121) });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as FieldErrorsResponse).errors.map((e) => e.field).sort()).toEqual([
      'brand.callToAction.qrUrl',
      'brand.callToAction.text',
    ]);
    expect((await put({ qrUrl: 'https://ateliernova.example/avis', text: 'Donnez-nous votre avis' })).status).toBe(200);
    expect((await panels()).brand.callToAction).toEqual({
      qrUrl: 'https://ateliernova.example/avis',
      text: 'Donnez-nous votre avis',
    });
  });
});
