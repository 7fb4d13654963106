// A save is a whole, valid configuration or a refusal (issue 14, finding 3): `{}`, `null`, an empty body or
// only unknown fields used to answer 200 and put the embedded default (the demo) in place of the sources and
// their secrets, and a second one overwrote config.json.previous. Here each is refused, the file, its previous
// versions and the screens untouched; unknown fields are refused in the API and in the file at start; several
// previous versions are kept.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PanelsResponse } from '../../../src/shared/api-contract.ts';
import type { FieldErrorsResponse, SettingsResponse } from '../../../src/shared/settings-contract.ts';
import { previousVersions } from '../../../src/main/config/config-file.ts';
import { ConfigError } from '../../../src/main/config/load-config.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { startWall, type RunningWall } from '../../../src/main/wall.ts';

let dir: string;
let dataDir: string;
let configPath: string;
let wall: RunningWall;
let port: number;
let admin: Record<string, string>;
let display: Record<string, string>;

const CONFIG = {
  language: 'en',
  sources: [
    { id: 'replay', type: 'replay', options: { file: 'posts.jsonl' } },
    { id: 'site', type: 'site-reviews', options: { webhookToken: 'site-webhook-token-0123456789abcdef' } },
  ],
  panels: [{ id: 'lobby', title: 'Lobby', type: 'feed' }],
};

async function call(method: string, path: string, body?: string): Promise<{ status: number; body: string }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: { ...admin, 'content-type': 'application/json' },
    ...(body !== undefined ? { body } : {}),
  });
  return { status: res.status, body: await res.text() };
}

const settings = async () => JSON.parse((await call('GET', '/api/settings')).body) as SettingsResponse;
const fields = (body: string) => (JSON.parse(body) as FieldErrorsResponse).errors.map((e) => e.field);
const snapshot = () =>
  readdirSync(dataDir)
    .filter((f) => f.startsWith('config.json'))
    .sort()
    .map((f) => [f, readFileSync(join(dataDir, f), 'utf8')]);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'settings-saves-'));
  dataDir = join(dir, 'data');
  mkdirSync(dataDir);
  writeFileSync(join(dataDir, 'posts.jsonl'), '');
  configPath = join(dataDir, 'config.json');
  writeFileSync(configPath, JSON.stringify(CONFIG));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
  wall = await startWall({ dataDir, logger: memoryLogger(), rendererDir, port: 0 });
  port = Number(new URL(wall.origin).port);
  admin = { authorization: `Bearer ${new URL(wall.settingsUrl).searchParams.get('admin')}`, 'x-social-wall': '1' };
  display = { authorization: `Bearer ${new URL(wall.panels[0]!.url).searchParams.get('token')}` };
  // Two good saves: config.json and a previous version on disk.
  const current = await settings();
  expect((await call('PUT', '/api/settings', JSON.stringify({ ...current.config, retentionDays: 20 }))).status).toBe(
    200,
  );
  expect((await call('PUT', '/api/settings', JSON.stringify({ ...current.config, retentionDays: 21 }))).status).toBe(
    200,
  );
});

afterAll(async () => {
  await wall.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a save is a whole configuration or a refusal', () => {
  it.each([
    ['{}', '{}'],
    ['null', 'null'],
    ['an empty body', ''],
    ['only unknown fields', '{"colour":"red","sauces":[]}'],
    ['a list', '[]'],
    ['a number', '42'],
  ])('%s is refused with 422, and nothing changes: file, previous versions, screens', async (_what, body) => {
    const before = snapshot();
    const answer = await call('PUT', '/api/settings', body);
    expect(answer.status).toBe(422);
    expect(fields(answer.body).length).toBeGreaterThan(0);
    expect(snapshot()).toEqual(before);
    const panels = JSON.parse(
      await (await fetch(`http://127.0.0.1:${port}/api/panels`, { headers: display })).text(),
    ) as PanelsResponse;
    expect(panels.panels.map((p) => p.id)).toEqual(['lobby']);
    expect(panels.panels[0]?.demo).toBe(false);
  });

  it('names each missing section', async () => {
    const { config } = await settings();
    const { sources: _s, panels: _p, ...partial } = config;
    const answer = await call('PUT', '/api/settings', JSON.stringify(partial));
    expect(answer.status).toBe(422);
    expect(fields(answer.body).sort()).toEqual(['panels', 'sources']);
    expect(answer.body).toContain('required');
  });

  it('refuses unknown fields anywhere, each named, in the page’s language', async () => {
    const { config } = await settings();
    const typo = {
      ...config,
      colour: 'red',
      brand: { ...config.brand, slogan: 'x' },
      sources: config.sources.map((s, i) => (i === 0 ? { ...s, options: { ...s.options, fiel: 'typo' } } : s)),
    };
    const answer = await call('PUT', '/api/settings', JSON.stringify(typo));
    expect(answer.status).toBe(422);
    expect(fields(answer.body).sort()).toEqual(['brand.slogan', 'colour', 'sources[0].options.fiel']);
    const french = await call('PUT', '/api/settings', JSON.stringify({ ...typo, language: 'fr' }));
    expect(french.body).toContain('champ inconnu');
  });

  it('keeps several previous versions; a refused save never pushes one out', async () => {
    const { config } = await settings();
    for (const days of [30, 31, 32, 33, 34]) {
      expect((await call('PUT', '/api/settings', JSON.stringify({ ...config, retentionDays: days }))).status).toBe(200);
      expect((await call('PUT', '/api/settings', '{}')).status).toBe(422);
    }
    const kept = previousVersions(configPath).map(
      (p) => (JSON.parse(readFileSync(p, 'utf8')) as { retentionDays: number }).retentionDays,
    );
    expect(kept).toEqual([33, 32, 31, 30, 21]);
    expect(readdirSync(dataDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('the file at start', () => {
  it('refuses an unknown field, naming it', async () => {
    const data = join(dir, 'unknown-field');
    mkdirSync(data);
    const file = join(data, 'config.json');
    writeFileSync(file, JSON.stringify({ ...CONFIG, retentionDay: 3 }));
    const started = startWall({ dataDir: data, logger: memoryLogger(), port: 0 });
    await expect(started).rejects.toThrow(ConfigError);
    await expect(started).rejects.toThrow(/retentionDay: unknown field/);
  });

  it('refuses a provisioned --config that is not JSON with a message, and leaves it as it is', async () => {
    const data = join(dir, 'provisioned');
    mkdirSync(data);
    const file = join(dir, 'provisioned.json');
    writeFileSync(file, '{"sources": [');
    const started = startWall({ configFile: file, dataDir: data, logger: memoryLogger(), port: 0 });
    await expect(started).rejects.toThrow(/provisioned\.json was refused:\n {2}- \(file\): not valid JSON/);
    expect(readFileSync(file, 'utf8')).toBe('{"sources": [');
    expect(readdirSync(dir).filter((f) => f.startsWith('provisioned.json'))).toEqual(['provisioned.json']);
  });
});
