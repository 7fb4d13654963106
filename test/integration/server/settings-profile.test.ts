// Export and import of a profile over real HTTP: a plain export holds no secret (searched for in the answer and
// in the logs); an export with a passphrase round-trips onto a fresh wall; a bad import changes nothing.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FieldErrorsResponse, ProfileExport, SettingsResponse } from '../../../src/shared/settings-contract.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { startWall, type RunningWall } from '../../../src/main/wall.ts';

const SECRET = 'AAAA-the-x-bearer-token-0123456789';
const logger = memoryLogger();
let dir: string;
const walls: RunningWall[] = [];

function xSource() {
  return {
    id: 'x',
    type: 'x',
    enabled: false,
    options: { bearerToken: SECRET, brandUserId: '2244994945', brandHandle: 'ateliernova', hashtags: ['AtelierNova'] },
  };
}

async function open(name: string, config?: unknown) {
  const dataDir = join(dir, name);
  mkdirSync(dataDir, { recursive: true });
  if (config !== undefined) writeFileSync(join(dataDir, 'config.json'), JSON.stringify(config));
  const wall = await startWall({ dataDir, logger, rendererDir: join(dir, 'renderer'), port: 0 });
  walls.push(wall);
  const port = new URL(wall.settingsUrl).port;
  const headers = {
    authorization: `Bearer ${new URL(wall.settingsUrl).searchParams.get('admin')}`,
    'x-social-wall': '1',
    'content-type': 'application/json',
  };
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, text: await res.text() };
  };
  return { dataDir, call };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'settings-profile-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html>');
});

afterAll(async () => {
  for (const wall of walls) await wall.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('profile export and import', () => {
  it('a plain export holds everything but the secrets', async () => {
    const hq = await open('hq', {
      brand: { name: 'Nova HQ' },
      sources: [xSource()],
      moderation: { profanity: ['fr'] },
    });
    const res = await hq.call('GET', '/api/settings/export');
    expect(res.status).toBe(200);
    const profile = JSON.parse(res.text) as ProfileExport;
    expect(profile).toMatchObject({ format: 'social-wall-profile', version: 1, secrets: 'none' });
    expect(profile.config).toMatchObject({ brand: { name: 'Nova HQ' }, moderation: { profanity: ['fr'] } });
    expect(res.text).not.toContain(SECRET);
    expect(logger.lines.join('\n')).not.toContain(SECRET);
  });

  it('a plain export imports back on the same PC (its secrets kept) and, elsewhere, names the secrets to enter', async () => {
    const hq = await open('hq-again', { sources: [xSource()] });
    const profile = JSON.parse((await hq.call('GET', '/api/settings/export')).text) as ProfileExport;
    expect(JSON.stringify(profile.config)).toContain('"$secret":"set"');
    expect((await hq.call('POST', '/api/settings/import', { profile })).status).toBe(200);
    const store = await open('store-without-secrets');
    const refused = await store.call('POST', '/api/settings/import', { profile });
    expect(refused.status).toBe(422);
    expect(refused.text).toContain('sources[0].options.bearerToken');
    expect(refused.text).toContain('aucun secret n’est encore enregistré pour ce champ : saisissez-le');
  });

  it('an export with a passphrase round-trips onto a fresh wall, secrets included', async () => {
    const hq = await open('hq2', { brand: { name: 'Nova HQ' }, sources: [xSource()] });
    const exported = await hq.call('POST', '/api/settings/export', { passphrase: 'correct horse battery' });
    expect(exported.status).toBe(200);
    expect(exported.text).not.toContain(SECRET);
    const profile = JSON.parse(exported.text) as ProfileExport;
    expect(profile.secrets).toBe('passphrase');
    expect(exported.text).toMatch(/"\$sealed":"p1:/);

    const store = await open('store-1');
    const imported = await store.call('POST', '/api/settings/import', { profile, passphrase: 'correct horse battery' });
    expect(imported.status).toBe(200);
    const settings = JSON.parse(imported.text) as SettingsResponse;
    expect(settings.config.brand.name).toBe('Nova HQ');
    expect(settings.config.sources[0]?.options['bearerToken']).toEqual({ $secret: 'set' });
    // The store's file holds the secret sealed with the store's own key, and the wall opens it.
    const file = readFileSync(join(store.dataDir, 'config.json'), 'utf8');
    expect(file).not.toContain(SECRET);
    expect(file).toMatch(/"\$sealed": "v1:/);
    expect(logger.lines.join('\n')).not.toContain(SECRET);
  });

  it('a wrong passphrase or an invalid profile is refused whole with 422, and nothing changes', async () => {
    const hq = await open('hq3', { sources: [xSource()] });
    const profile = JSON.parse(
      (await hq.call('POST', '/api/settings/export', { passphrase: 'correct horse battery' })).text,
    ) as ProfileExport;
    const store = await open('store-2', { brand: { name: 'Store 2' } });
    const before = (await store.call('GET', '/api/settings')).text;

    const wrong = await store.call('POST', '/api/settings/import', { profile, passphrase: 'wrong passphrase' });
    expect(wrong.status).toBe(422);
    expect((JSON.parse(wrong.text) as FieldErrorsResponse).errors).toEqual([
      { field: 'passphrase', message: 'cette phrase de passe n’ouvre pas les secrets' },
    ]);

    const bad = await store.call('POST', '/api/settings/import', {
      profile: { ...profile, config: { ...profile.config, retentionDays: 0, language: 'de' } },
      passphrase: 'correct horse battery',
    });
    expect(bad.status).toBe(422);
    const fields = (JSON.parse(bad.text) as FieldErrorsResponse).errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['retentionDays', 'language']));

    const other = await store.call('POST', '/api/settings/import', { profile: { format: 'other' } });
    expect(other.status).toBe(422);
    // One sentence, in the page's language: what the file is not, and what to import instead.
    expect((JSON.parse(other.text) as FieldErrorsResponse).errors).toEqual([
      {
        field: 'profile',
        message:
          'ce fichier n’est ni un profil Social Wall ni un config.json : exportez un profil sur le mur à copier (Profil → Exporter), puis importez ce fichier',
      },
    ]);
    expect((await store.call('GET', '/api/settings')).text).toBe(before);
  });

  it('a wall’s own config.json imports as a profile: its secrets open on the PC that sealed them, elsewhere they are named', async () => {
    const hq = await open('hq4', { brand: { name: 'Nova HQ' }, sources: [xSource()] });
    // The settings as the wall keeps them: written by a save, the token sealed with this PC's key.
    expect(
      (await hq.call('PUT', '/api/settings', JSON.parse((await hq.call('GET', '/api/settings')).text).config)).status,
    ).toBe(200);
    const configJson = JSON.parse(readFileSync(join(hq.dataDir, 'config.json'), 'utf8')) as Record<string, unknown>;
    expect(JSON.stringify(configJson)).toMatch(/"\$sealed":"v1:/);

    const again = await hq.call('POST', '/api/settings/import', {
      profile: { ...configJson, brand: { name: 'Nova HQ (imported)' } },
    });
    expect(again.status).toBe(200);
    expect((JSON.parse(again.text) as SettingsResponse).config.brand.name).toBe('Nova HQ (imported)');

    // Another PC (another key): the sealed token cannot open there, and says so by its field.
    const store = await open('store-3', { brand: { name: 'Store 3' } });
    const elsewhere = await store.call('POST', '/api/settings/import', { profile: configJson });
    expect(elsewhere.status).toBe(422);
    expect((JSON.parse(elsewhere.text) as FieldErrorsResponse).errors).toEqual([
      {
        field: 'sources[0].options.bearerToken',
        message: 'aucun secret n’est encore enregistré pour ce champ : saisissez-le',
      },
    ]);
    // Without the source's secret (a config.json with no account yet), it applies.
    const withoutSources = { ...configJson, sources: [] };
    expect((await store.call('POST', '/api/settings/import', { profile: withoutSources })).status).toBe(200);
    expect(JSON.parse((await store.call('GET', '/api/settings')).text).config.brand.name).toBe('Nova HQ');
    expect(logger.lines.join('\n')).not.toContain(SECRET);
  });
});
