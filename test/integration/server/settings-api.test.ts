// The settings API against the real wall over loopback HTTP, with the X emulator as a real source: secrets
// masked in every answer and absent from every log line, sealed in the config file; a bad value refused
// field by field; a good one written atomically and applied live (the screens get a `panels` event);
// "Test connection" with a good and an expired token.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PanelsResponse } from '../../../src/shared/api-contract.ts';
import type {
  FieldErrorsResponse,
  SettingsResponse,
  SourceTestResponse,
} from '../../../src/shared/settings-contract.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { startWall, type RunningWall } from '../../../src/main/wall.ts';
import { X_AUTH_MESSAGE } from '../../../src/connectors/x/x-errors.ts';
import { XDataset } from '../../emulators/x/x-dataset.ts';
import { startXEmulator, X_EMULATOR_TOKEN, type RunningXEmulator } from '../../emulators/x/x-emulator.ts';
import { SseClient } from '../../support/http-client.ts';

const BRAND = { id: '2244994945', username: 'ateliernova', name: 'Atelier Nova' };
let dir: string;
let dataDir: string;
let wall: RunningWall;
let emulator: RunningXEmulator;
let port: number;
let display: string;
let adminHeaders: Record<string, string>;
const logger = memoryLogger();
const bodies: string[] = [];

function xSource(token: string) {
  return {
    id: 'x',
    type: 'x',
    pollSeconds: 3600,
    options: {
      baseUrl: emulator.url,
      bearerToken: token,
      brandUserId: BRAND.id,
      brandHandle: 'ateliernova',
      hashtags: ['AtelierNova'],
    },
  };
}

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: string }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: { ...adminHeaders, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  bodies.push(text);
  return { status: res.status, body: text };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'settings-api-'));
  dataDir = join(dir, 'data');
  const dataset = new XDataset();
  dataset.addUser(BRAND);
  dataset.addUser({ id: '1000000000000000001', username: 'jane_d', name: 'Jane D.' });
  dataset.post({
    authorId: '1000000000000000001',
    text: 'Super accueil chez @ateliernova #AtelierNova',
    lang: 'fr',
    likes: 1,
  });
  emulator = await startXEmulator({ dataset });
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>wall</title>');
  mkdirSync(dataDir);
  writeFileSync(join(dataDir, 'config.json'), JSON.stringify({ sources: [xSource(X_EMULATOR_TOKEN)] }));
  wall = await startWall({ dataDir, logger, rendererDir, port: 0 });
  const panel = new URL(wall.panels[0]!.url);
  port = Number(panel.port);
  display = panel.searchParams.get('token') ?? '';
  adminHeaders = {
    authorization: `Bearer ${new URL(wall.settingsUrl).searchParams.get('admin')}`,
    'x-social-wall': '1',
  };
});

afterAll(async () => {
  await wall.stop();
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('settings API', () => {
  it('GET answers the config with secrets masked and each connector options schema with its secret flags', async () => {
    const res = await call('GET', '/api/settings');
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body) as SettingsResponse;
    expect(body.config.sources[0]?.options['bearerToken']).toEqual({ $secret: 'set' });
    const x = body.connectors.find((c) => c.type === 'x');
    expect((x?.optionsSchema['properties'] as Record<string, { secret?: boolean }>)['bearerToken']?.secret).toBe(true);
    expect(body.pinSet).toBe(false);
    expect(body.secretStorage.kind).toBe('key-file');
    expect(res.body).not.toContain(X_EMULATOR_TOKEN);
  });

  it('seals the secret in the config file when the settings write it', async () => {
    const current = JSON.parse((await call('GET', '/api/settings')).body) as SettingsResponse;
    const res = await call('PUT', '/api/settings', current.config);
    expect(res.status).toBe(200);
    const file = readFileSync(join(dataDir, 'config.json'), 'utf8');
    expect(file).not.toContain(X_EMULATOR_TOKEN);
    expect(file).toMatch(/"\$sealed": "v1:/);
    // The previous good version is kept beside it.
    expect(existsSync(join(dataDir, 'config.json.previous'))).toBe(true);
  });

  it('refuses a bad value with 422 naming each field, and changes nothing', async () => {
    const before = readFileSync(join(dataDir, 'config.json'), 'utf8');
    const current = JSON.parse((await call('GET', '/api/settings')).body) as SettingsResponse;
    const bad = {
      ...current.config,
      retentionDays: 0,
      sources: [
        {
          ...current.config.sources[0],
          options: { ...current.config.sources[0]?.options, brandUserId: 'not-a-number' },
        },
      ],
    };
    const res = await call('PUT', '/api/settings', bad);
    expect(res.status).toBe(422);
    const fields = (JSON.parse(res.body) as FieldErrorsResponse).errors.map((e) => e.field);
    expect(fields).toContain('retentionDays');
    const second = await call('PUT', '/api/settings', {
      ...current.config,
      sources: [
        { ...current.config.sources[0], options: { ...current.config.sources[0]?.options, brandUserId: 'nope' } },
      ],
    });
    expect((JSON.parse(second.body) as FieldErrorsResponse).errors.map((e) => e.field)).toContain(
      'sources[0].options.brandUserId',
    );
    expect(readFileSync(join(dataDir, 'config.json'), 'utf8')).toBe(before);
  });

  it('applies a change to the running wall within a second, without restart, and tells the screens (panels event)', async () => {
    const sse = await SseClient.open(port, '/api/events?panel=1', { authorization: `Bearer ${display}` });
    try {
      const current = JSON.parse((await call('GET', '/api/settings')).body) as SettingsResponse;
      const panels = current.config.panels.map((p, i) => (i === 0 ? { ...p, title: 'Réseaux de la marque' } : p));
      const started = Date.now();
      expect(
        (
          await call('PUT', '/api/settings', {
            ...current.config,
            panels,
            brand: { ...current.config.brand, name: 'Nova' },
          })
        ).status,
      ).toBe(200);
      await sse.waitFor((m) => m.some((e) => e.event === 'panels'), 1_000);
      expect(Date.now() - started).toBeLessThan(1_000);
      const seen = await fetch(`http://127.0.0.1:${port}/api/panels`, {
        headers: { authorization: `Bearer ${display}` },
      });
      const view = (await seen.json()) as PanelsResponse;
      expect(view.panels[0]?.title).toBe('Réseaux de la marque');
      expect(view.brand.name).toBe('Nova');
      // The masked secret was kept: the source still reaches X.
      const test = JSON.parse((await call('POST', '/api/settings/sources/x/test')).body) as SourceTestResponse;
      expect(test).toEqual({ ok: true, items: expect.any(Number) });
    } finally {
      sse.end();
    }
  });

  it('Test connection: a good token finds posts; an expired one answers in words IT can act on', async () => {
    const good = JSON.parse(
      (await call('POST', '/api/settings/sources/x/test', { source: { ...xSource(X_EMULATOR_TOKEN) } })).body,
    ) as SourceTestResponse;
    expect(good).toEqual({ ok: true, items: 1 });
    emulator.switches.expiredToken = true;
    try {
      const expired = JSON.parse(
        (
          await call('POST', '/api/settings/sources/x/test', {
            source: { ...xSource('masked'), options: { ...xSource('').options, bearerToken: { $secret: 'set' } } },
          })
        ).body,
      ) as SourceTestResponse;
      expect(expired).toEqual({ ok: false, kind: 'auth', message: X_AUTH_MESSAGE });
    } finally {
      emulator.switches.expiredToken = false;
    }
    const wrong = JSON.parse(
      (await call('POST', '/api/settings/sources/x/test', { source: xSource('a-wrong-token-that-is-long-enough') }))
        .body,
    ) as SourceTestResponse;
    expect(wrong).toMatchObject({ ok: false, kind: 'auth' });
    const unknown = await call('POST', '/api/settings/sources/nope/test');
    expect(unknown.status).toBe(404);
  });

  it('Test connection refuses a bad source before any call, with the same messages as a save, in the wall’s language (French)', async () => {
    const bad = {
      ...xSource('short'),
      pollSeconds: 1,
      options: { ...xSource('short').options, brandUserId: 'ateliernova' },
    };
    const res = await call('POST', '/api/settings/sources/x/test', { source: bad });
    expect(res.status).toBe(422);
    const errors = (JSON.parse(res.body) as FieldErrorsResponse).errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'source.options.bearerToken', message: 'collez le jeton Bearer de l’application' },
        {
          field: 'source.options.brandUserId',
          message: 'l’identifiant numérique du compte de la marque (GET /2/users/by/username/:handle)',
        },
      ]),
    );
    expect(errors.find((e) => e.field === 'source.pollSeconds')?.message).toMatch(/au moins/);
  });

  it('never puts the secret in an answer or a log line', () => {
    expect(bodies.length).toBeGreaterThan(5);
    for (const body of bodies) expect(body).not.toContain(X_EMULATOR_TOKEN);
    expect(logger.lines.length).toBeGreaterThan(0);
    for (const line of logger.lines) expect(line).not.toContain(X_EMULATOR_TOKEN);
  });
});
