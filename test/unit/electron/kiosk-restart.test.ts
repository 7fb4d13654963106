// The kiosk started again, as a lobby PC does at each boot, after what happens to it between two starts:
// IT saved a secret (sealed by the OS keyring), the config file got damaged, the login keyring stayed
// locked. Each time the wall must come back with its panels (fake Electron, fake keyring, the real wall).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fake } from './fake-electron.ts';
import { adminOf, openSettings, panelWindows, quitFakeKiosk, startFakeKiosk } from './kiosk-harness.ts';

const QUIET_DEMO = { id: 'demo', type: 'demo', options: { backfillHours: 1, postEverySeconds: 600 } };
const X_TOKEN = 'a-bearer-token-IT-typed-in-the-settings-0123456789';
const newDataDir = (config?: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-restart-'));
  if (config !== undefined) writeFileSync(join(dir, 'config.json'), config);
  return dir;
};

vi.spyOn(process.stdout, 'write').mockImplementation(() => true); // the panel lines for npm start's launcher

afterEach(async () => {
  if (fake.exitCode === undefined) await quitFakeKiosk();
});

describe('the kiosk starts again', () => {
  it('after IT saved a secret, sealed by the OS keyring: it opens it and shows the panels', async () => {
    const dataDir = newDataDir(JSON.stringify({ sources: [QUIET_DEMO] }));
    await startFakeKiosk({ dataDir });
    const { origin, headers } = adminOf(await openSettings());
    const current = (await (await fetch(`${origin}/api/settings`, { headers })).json()) as {
      config: { sources: unknown[] };
      secretStorage: { kind: string };
    };
    expect(current.secretStorage.kind).toBe('os-keyring');
    const x = {
      id: 'x',
      type: 'x',
      pollSeconds: 3600,
      options: {
        baseUrl: 'http://127.0.0.1:9',
        bearerToken: X_TOKEN,
        brandUserId: '1234',
        brandHandle: 'ateliernova',
        hashtags: ['AtelierNova'],
      },
    };
    const saved = await fetch(`${origin}/api/settings`, {
      method: 'PUT',
      headers,
      body: JSON.stringify({ ...current.config, sources: [...current.config.sources, x] }),
    });
    expect(saved.status, await saved.text()).toBe(200);
    const file = readFileSync(join(dataDir, 'config.json'), 'utf8');
    expect(file).toMatch(/"\$sealed": "os1:/);
    expect(file).not.toContain(X_TOKEN);
    await quitFakeKiosk();

    await startFakeKiosk({ dataDir });
    expect(fake.exitCode).toBeUndefined();
    expect(panelWindows()).toHaveLength(3);
    const again = adminOf(await openSettings());
    const settings = (await (await fetch(`${again.origin}/api/settings`, { headers: again.headers })).json()) as {
      config: { sources: Array<{ id: string; options: Record<string, unknown> }> };
    };
    expect(settings.config.sources.find((s) => s.id === 'x')?.options['bearerToken']).toEqual({ $secret: 'set' });
  });

  it('after config.json was damaged (not JSON): set aside, the previous version used, the panels shown, IT told', async () => {
    const dataDir = newDataDir('{ "sources": [ { "id": "demo", "ty');
    await startFakeKiosk({ dataDir });
    expect(fake.exitCode).toBeUndefined();
    expect(panelWindows()).toHaveLength(3);
    expect(readdirSync(dataDir).some((f) => f.startsWith('config.json.corrupt-'))).toBe(true);
    const { origin, headers } = adminOf(await openSettings());
    const health = (await (await fetch(`${origin}/api/health`, { headers })).json()) as {
      notices: Array<{ code?: string }>;
    };
    expect(health.notices.map((n) => n.code)).toContain('config-moved-aside');
  });

  it('with the login keyring locked at boot (automatic login): no prompt, the key file, and the page says why', async () => {
    const dataDir = newDataDir(JSON.stringify({ sources: [QUIET_DEMO] }));
    const asked: string[][] = [];
    await startFakeKiosk({
      dataDir,
      env: { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' },
      askDbus: (args) => (asked.push(args), '   variant       boolean true\n'),
    });
    expect(asked[0]).toContain('string:Locked');
    expect(fake.switches.get('password-store')).toBe('basic'); // Chromium's cookies and safeStorage: no keyring
    const { origin, headers } = adminOf(await openSettings());
    const settings = (await (await fetch(`${origin}/api/settings`, { headers })).json()) as {
      secretStorage: { kind: string; note: string };
    };
    expect(settings.secretStorage.kind).toBe('key-file');
    expect(settings.secretStorage.note).toMatch(
      /^No OS keyring here \(the login keyring was locked when the wall started/,
    );
  });

  it('after its main process died three times in a row (Chromium quits when the GPU is not usable): without hardware acceleration', async () => {
    const dataDir = newDataDir(JSON.stringify({ sources: [QUIET_DEMO] }));
    const now = Date.now();
    // Two deaths counted already, and the last run's note still there: it died too.
    writeFileSync(
      join(dataDir, 'run-journal.json'),
      JSON.stringify({ runningSince: now - 60_000, abruptDeaths: [now - 120_000, now - 90_000] }),
    );
    await startFakeKiosk({ dataDir });
    expect(fake.hardwareAcceleration).toBe(false);
    expect(JSON.parse(readFileSync(join(dataDir, 'gpu-disabled.json'), 'utf8'))).toMatchObject({
      reason: 'the wall died 3 times in 10 min without stopping (Chromium quits when the GPU is not usable)',
    });
    expect(panelWindows()).toHaveLength(3);
    // A quit on purpose clears the note: the next start counts no death.
    await quitFakeKiosk();
    expect(JSON.parse(readFileSync(join(dataDir, 'run-journal.json'), 'utf8'))).toEqual({ abruptDeaths: [] });
  });
});
