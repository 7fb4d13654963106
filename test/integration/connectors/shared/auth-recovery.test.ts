// An expired token is back as soon as IT says so (issue 16, finding 5): the real wall over loopback HTTP with
// a Facebook source on the Meta emulator. Once the token works again, a successful Test connection of the
// source, or a save of the settings (even with nothing changed), has it poll now — not at its next retry.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HealthResponse } from '../../../../src/shared/api-contract.ts';
import type { SettingsResponse, SourceTestResponse } from '../../../../src/shared/settings-contract.ts';
import { memoryLogger } from '../../../../src/main/logger.ts';
import { startWall, type RunningWall } from '../../../../src/main/wall.ts';
import { MetaDataset } from '../../../emulators/meta/meta-dataset.ts';
import { startMetaEmulator, type RunningMetaEmulator } from '../../../emulators/meta/meta-emulator.ts';

let dir: string;
let wall: RunningWall;
let emulator: RunningMetaEmulator;
let base: string;
let admin: Record<string, string>;

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...admin, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return (await res.json()) as T;
}

const facebook = async () =>
  (await call<HealthResponse>('GET', '/api/health')).sources.find((s) => s.sourceId === 'facebook');

let saves = 0;

/**
 * The token dies on Meta's side, and a change of the poll interval restarts the source (a changed source
 * polls at once): it fails on the token and waits for its next retry, a minute away at least.
 */
async function expire(): Promise<void> {
  emulator.switches.expiredToken = true;
  const { config } = await call<SettingsResponse>('GET', '/api/settings');
  await call('PUT', '/api/settings', { ...config, sources: [{ ...config.sources[0]!, pollSeconds: 61 + saves++ }] });
  await expect.poll(async () => (await facebook())?.lastErrorKind, { timeout: 10_000 }).toBe('auth');
  const health = await facebook();
  expect(health?.state).toBe('failing');
  expect(Date.parse(health?.nextAttemptAt ?? '') - Date.now()).toBeGreaterThan(50_000);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'auth-recovery-'));
  const dataDir = join(dir, 'data');
  const rendererDir = join(dir, 'renderer');
  mkdirSync(dataDir);
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>wall</title>');
  const data = new MetaDataset();
  data.addVisitorPost('Bonjour !', { id: '700001', name: 'Jane' });
  emulator = await startMetaEmulator(data);
  emulator.switches.expiredToken = true;
  const source = {
    id: 'facebook',
    type: 'facebook',
    pollSeconds: 60,
    options: { baseUrl: emulator.url, pageId: data.page.id, token: data.token },
  };
  writeFileSync(join(dataDir, 'config.json'), JSON.stringify({ sources: [source] }));
  wall = await startWall({ dataDir, logger: memoryLogger(), rendererDir, port: 0 });
  base = new URL(wall.settingsUrl).origin;
  admin = { authorization: `Bearer ${new URL(wall.settingsUrl).searchParams.get('admin')}`, 'x-social-wall': '1' };
});

afterAll(async () => {
  await wall.stop();
  await emulator.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a source parked on an expired token', () => {
  it('polls again at once after a successful Test connection of the source as saved', async () => {
    await expect.poll(async () => (await facebook())?.lastErrorKind, { timeout: 10_000 }).toBe('auth');
    emulator.switches.expiredToken = false;
    const test = await call<SourceTestResponse>('POST', '/api/settings/sources/facebook/test');
    expect(test).toMatchObject({ ok: true });
    await expect.poll(async () => (await facebook())?.state, { timeout: 10_000 }).toBe('ok');
  });

  it('polls again at once when the settings are saved, even with the same token', async () => {
    await expire();
    emulator.switches.expiredToken = false;
    const { config } = await call<SettingsResponse>('GET', '/api/settings');
    await call('PUT', '/api/settings', config);
    await expect.poll(async () => (await facebook())?.state, { timeout: 10_000 }).toBe('ok');
  });

  it('a Test connection of other, unsaved settings leaves the running source to its schedule', async () => {
    await expire();
    emulator.switches.expiredToken = false;
    const { config } = await call<SettingsResponse>('GET', '/api/settings');
    const edited = { ...config.sources[0]!, options: { ...config.sources[0]!.options, activeHours: 24 } };
    const before = await facebook();
    expect(
      await call<SourceTestResponse>('POST', '/api/settings/sources/facebook/test', { source: edited }),
    ).toMatchObject({ ok: true });
    // Had it been retried, the token (working again) would have brought it back within this second.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await facebook()).toMatchObject({ state: 'failing', nextAttemptAt: before?.nextAttemptAt });
  });
});
