// Updates served by the hub (docs/fleet.md "Updates"), on a real hub (PostgreSQL, real HTTP): IT's releases in
// the updates folder, the newest signed one offered to a paired store PC as electron-updater's generic feed, an
// older one still reachable for a fallback, an unsigned or tampered one never offered; the store PC's reports
// shown on the hub's list of stores.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FleetStoresResponse, PairResponse } from '../../../src/shared/fleet-contract.ts';
import type { ReleasesResponse } from '../../../src/shared/update-contract.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { decideRelease } from '../../../src/main/updates/release-decision.ts';
import { generateSigningKeys } from '../../../src/main/updates/release-signature.ts';
import { UpdateJournalFile } from '../../../src/main/updates/update-journal-file.ts';
import { UpdateRunner, type Installer } from '../../../src/main/updates/update-runner.ts';
import { UpdateSource } from '../../../src/main/updates/update-source.ts';
import { startWall, type RunningWall } from '../../../src/main/wall.ts';
import { writeFakeRelease } from '../../support/fake-release.ts';
import { startPostgresCluster, type PostgresCluster } from '../../support/postgres-cluster.ts';

const keys = generateSigningKeys();
const other = generateSigningKeys();
let cluster: PostgresCluster | undefined;
let wall: RunningWall | undefined;
let dir = '';
let clock = Date.parse('2026-12-08T02:30:00Z');
let admin: Record<string, string> = {};
let storeToken = '';
let storeId = '';

beforeAll(async () => {
  cluster = await startPostgresCluster();
  dir = mkdtempSync(join(tmpdir(), 'social-wall-hub-updates-'));
  const updates = join(dir, 'updates');
  writeFakeRelease(updates, '1.3.2', keys.privateKeyPem);
  writeFakeRelease(updates, '1.4.0', keys.privateKeyPem);
  writeFakeRelease(updates, '1.5.0'); // dropped, not signed yet
  writeFakeRelease(updates, '1.6.0', other.privateKeyPem); // signed with another key
  writeFileSync(join(dir, 'config.json'), JSON.stringify({ kiosk: { updates: { publicKey: keys.publicKey } } }));
  wall = await startWall({
    dataDir: dir,
    logger: memoryLogger(),
    port: 0,
    rendererDir: join(dir, 'renderer'),
    hub: { database: cluster.url },
    now: () => clock,
  });
  admin = { authorization: `Bearer ${new URL(wall.settingsUrl).searchParams.get('admin')}`, 'x-social-wall': '1' };
  const code = (await (
    await call('POST', '/api/settings/fleet/pairing-codes', admin, { storeName: 'Lille' })
  ).json()) as {
    code: string;
  };
  const paired = (await (
    await call('POST', '/api/fleet/pair', {}, { code: code.code, deviceName: 'pc-lille' })
  ).json()) as PairResponse;
  storeToken = paired.storeToken;
  storeId = paired.storeId;
}, 180_000);
afterAll(async () => {
  await wall?.stop();
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function call(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<Response> {
  return fetch(`${wall?.origin}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

function source(token = storeToken): UpdateSource {
  const headers = { authorization: `Bearer ${token}`, 'x-social-wall-version': '1.3.2' };
  return new UpdateSource({
    feed: new URL(`${wall?.origin}/updates/`),
    headers,
    reportUrl: new URL(`${wall?.origin}/api/fleet/update-report`),
  });
}

describe("the hub's update feed", () => {
  it('offers the newest release signed with the key IT gave the hub; the settings say why the others are not', async () => {
    const releases = (await (await call('GET', '/api/settings/fleet/releases', admin)).json()) as ReleasesResponse;
    expect(releases.offered).toBe('1.4.0');
    expect(releases.releases.map((r) => [r.version, r.check])).toEqual([
      ['1.6.0', 'tampered'],
      ['1.5.0', 'unsigned'],
      ['1.4.0', 'valid'],
      ['1.3.2', 'valid'],
    ]);
    expect(releases.releases[1]?.problem).toBe('latest-linux.yml is not signed: npm run release -- sign.');
  });

  it('a store PC reads the offered manifest and its signature with its token, and accepts it', async () => {
    const offered = await source().offered('latest-linux.yml');
    const decision = decideRelease(offered, { current: '1.3.2', publicKey: keys.publicKey, failed: [] });
    expect(decision).toMatchObject({ kind: 'install', manifest: { version: '1.4.0' } });
    // The installer, whole and by ranges (electron-updater's differential download asks for ranges).
    const whole = await call('GET', '/updates/Social-Wall-1.4.0.AppImage', { authorization: `Bearer ${storeToken}` });
    expect(whole.status).toBe(200);
    const bytes = Buffer.from(await whole.arrayBuffer());
    expect(decision.kind === 'install' && decision.manifest.sha512).toBe(
      createHash('sha512').update(bytes).digest('base64'),
    );
    const part = await call('GET', '/updates/Social-Wall-1.4.0.AppImage', {
      authorization: `Bearer ${storeToken}`,
      range: 'bytes=0-9',
    });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(bytes.subarray(0, 10));
    // Falling back: the release before, by its version.
    const older = await source().offered('latest-linux.yml', '1.3.2');
    expect(
      decideRelease(older, { current: '1.4.0', publicKey: keys.publicKey, failed: [], fallbackTo: '1.3.2' }),
    ).toMatchObject({
      kind: 'install',
    });
    expect((await call('GET', '/updates/1.3.2/latest-linux.yml', {})).status).toBe(401);
  });

  it('serves nothing outside the folder, and nothing a release does not hold', async () => {
    const store = { authorization: `Bearer ${storeToken}` };
    for (const path of [
      '/updates/..%2Fconfig.json',
      '/updates/1.4.0/..%2F..%2Fconfig.json',
      '/updates/../config.json',
      '/updates/9.9.9/latest-linux.yml',
    ])
      expect((await call('GET', path, store)).status, path).toBe(404);
    await expect(source().offered('latest.yml')).rejects.toThrow('The update feed answered 404');
  });

  it("a store PC's reports show on the hub's list of stores; without a store token, refused", async () => {
    expect(await source().report({ state: 'downloading', version: '1.3.2', release: '1.4.0' })).toBe(true);
    clock += 60_000;
    const reason = 'Panel "hall" did not load: ERR_FAILED.';
    expect(await source().report({ state: 'failed', version: '1.3.2', release: '1.4.0', reason })).toBe(true);
    const listed = (await (await call('GET', '/api/settings/fleet/stores', admin)).json()) as FleetStoresResponse;
    expect(listed.stores.find((s) => s.id === storeId)?.update).toEqual({
      state: 'failed',
      version: '1.3.2',
      release: '1.4.0',
      reason,
      at: new Date(clock).toISOString(),
    });
    expect(await source('sws_' + 'x'.repeat(43)).report({ state: 'installed', version: '1' })).toBe(false);
    const display = new URL(wall?.panels[0]?.url ?? '').searchParams.get('token') ?? '';
    expect(
      (
        await call(
          'POST',
          '/api/fleet/update-report',
          { authorization: `Bearer ${display}` },
          { state: 'installed', version: '1' },
        )
      ).status,
    ).toBe(401);
    const bad = await call(
      'POST',
      '/api/fleet/update-report',
      { authorization: `Bearer ${storeToken}` },
      { state: 'exploded', version: '1' },
    );
    expect(bad.status).toBe(400);
  });
});

/** Timers moved by hand: the night's check and the trial's ten minutes without waiting. */
class HandTimers {
  nowMs = new Date(2026, 11, 8, 14, 0).getTime();
  private next = 1;
  readonly pending = new Map<number, { at: number; fn: () => void }>();
  now = (): number => this.nowMs;
  setTimeout = (fn: () => void, ms: number): unknown => {
    const id = this.next++;
    this.pending.set(id, { at: this.nowMs + ms, fn });
    return id;
  };
  clearTimeout = (id: unknown): void => void this.pending.delete(id as number);
  /** Runs what is due up to `ms` from now, in order. */
  advance(ms: number): void {
    this.nowMs += ms;
    for (const [id, t] of [...this.pending].sort((a, b) => a[1].at - b[1].at))
      if (t.at <= this.nowMs) {
        this.pending.delete(id);
        t.fn();
      }
  }
}

/** What electron-updater's generic provider does, over the same HTTP: the manifest, then the file it names. */
class HttpInstaller implements Installer {
  readonly downloads: { feedUrl: string; allowDowngrade: boolean }[] = [];
  installs = 0;
  constructor(private readonly dir: string) {}
  async download(feedUrl: string, headers: Record<string, string>, allowDowngrade: boolean): Promise<string> {
    this.downloads.push({ feedUrl, allowDowngrade });
    const manifest = load(await (await fetch(new URL('latest-linux.yml', feedUrl), { headers })).text()) as {
      path: string;
    };
    const response = await fetch(new URL(manifest.path, feedUrl), { headers });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const file = join(this.dir, manifest.path);
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    return file;
  }
  install(): void {
    this.installs++;
  }
}

describe('a kiosk updating from its hub', () => {
  const pc = (version: string, timers: HandTimers, installer: HttpInstaller, problems?: string) => {
    const runner = new UpdateRunner({
      source: source(),
      installer,
      journal: new UpdateJournalFile(join(dir, 'pc')),
      config: () => ({ publicKey: keys.publicKey, window: { from: '02:00', to: '05:00' } }),
      version,
      manifestName: 'latest-linux.yml',
      deviceName: 'pc-lille',
      timers,
      logger: memoryLogger(),
    });
    if (problems !== undefined) runner.panelProblem(problems);
    return runner;
  };
  const lastUpdate = async () =>
    ((await (await call('GET', '/api/settings/fleet/stores', admin)).json()) as FleetStoresResponse).stores.find(
      (s) => s.id === storeId,
    )?.update;

  it('installs the signed release at night, falls back when it shows no panel, and says so to the hub', async () => {
    mkdirSync(join(dir, 'pc'), { recursive: true });
    const timers = new HandTimers();
    const installer = new HttpInstaller(join(dir, 'pc'));
    const old = pc('1.3.2', timers, installer);
    await old.start();
    timers.advance(60 * 60_000); // 15:00: nothing by day
    expect(installer.downloads).toEqual([]);
    timers.advance(14 * 60 * 60_000); // 05:00 the next day: the night's check ran at the PC's moment
    await vi.waitFor(() => expect(installer.installs).toBe(1), { timeout: 20_000 });
    old.stop();
    expect(installer.downloads).toEqual([{ feedUrl: `${wall?.origin}/updates/`, allowDowngrade: false }]);
    expect(installer.installs).toBe(1);
    expect(await lastUpdate()).toMatchObject({ state: 'installing', version: '1.3.2', release: '1.4.0' });

    // 1.4.0 starts, a panel fails to load, ten minutes pass: back to 1.3.2 from its own folder.
    const next = pc('1.4.0', timers, installer, 'Panel "hall" did not load: ERR_FAILED (-2).');
    await next.start();
    timers.advance(10 * 60_000);
    await vi.waitFor(() => expect(installer.installs).toBe(2), { timeout: 20_000 });
    next.stop();
    expect(installer.downloads[1]).toEqual({ feedUrl: `${wall?.origin}/updates/1.3.2/`, allowDowngrade: true });
    expect(installer.installs).toBe(2);
    expect(await lastUpdate()).toMatchObject({ state: 'installing', version: '1.4.0', release: '1.3.2' });

    // 1.3.2 again shows its panels: rolled back, with why; 1.4.0 is not taken again.
    const back = pc('1.3.2', timers, installer);
    await back.start();
    await back.panelsShown();
    back.stop();
    expect(await lastUpdate()).toMatchObject({
      state: 'rolled-back',
      version: '1.3.2',
      release: '1.4.0',
      reason: 'Panel "hall" did not load: ERR_FAILED (-2).',
    });
    expect(await back.check()).toBe('refused');
    expect(installer.installs).toBe(2);
  });

  it('an installer changed on the hub after signing is downloaded but never installed', async () => {
    const pcDir = join(dir, 'pc2');
    mkdirSync(pcDir, { recursive: true });
    writeFileSync(join(dir, 'updates', '1.4.0', 'Social-Wall-1.4.0.AppImage'), 'a different program');
    const installer = new HttpInstaller(pcDir);
    const runner = new UpdateRunner({
      source: source(),
      installer,
      journal: new UpdateJournalFile(pcDir),
      config: () => ({ publicKey: keys.publicKey, window: { from: '02:00', to: '05:00' } }),
      version: '1.3.2',
      manifestName: 'latest-linux.yml',
      deviceName: 'pc-lille-2',
      timers: new HandTimers(),
      logger: memoryLogger(),
    });
    expect(await runner.check()).toBe('refused');
    expect(installer.installs).toBe(0);
    expect(await lastUpdate()).toMatchObject({
      state: 'refused',
      release: '1.4.0',
      reason: 'The downloaded Social-Wall-1.4.0.AppImage does not match the signed manifest of 1.4.0: not installed.',
    });
  });
});
