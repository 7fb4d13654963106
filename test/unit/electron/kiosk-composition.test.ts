// The kiosk's entry (src/main/electron/main.ts) run under Node against a fake `electron` module and the
// real wall (engine, store, loopback server): one window per display, locked down, and a crashed panel
// that comes back on the same engine, showing the same posts. What Electron itself does with these calls
// is for test/e2e/electron/kiosk.spec.ts, where a runtime exists.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fake, partitions, screen } from './fake-electron.ts';
import { SETTINGS_KEYS, display, isIdentify, isSettings, panelWindows, quitFakeKiosk, until } from './kiosk-harness.ts';

vi.mock('electron', () => import('./fake-electron.ts'));

const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-'));
const settingsWindows = () => fake.windows.filter((w) => !w.destroyed && isSettings(w));

async function postKeys(panelUrl: string): Promise<string[]> {
  const url = new URL(panelUrl);
  const token = url.searchParams.get('token') ?? '';
  const id = url.pathname.split('/').at(-1) ?? '';
  const res = await fetch(`${url.origin}/api/panels/${id}/posts?limit=20`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await res.json()) as { posts: Array<{ key: string }> };
  return body.posts.map((p) => p.key);
}

describe('the kiosk entry, composed against a fake Electron', () => {
  beforeAll(async () => {
    fake.displays = [display(11, 0, 'A'), display(12, 1, 'B'), display(13, 2, 'C')];
    // A quiet demo (a post every ten minutes), so the posts hold still while measured; three days of history, so
    // that there are posts at any hour (its daily rhythm leaves the night almost empty: three hours of history
    // made no post at all when CI ran at 04:30 UTC).
    writeFileSync(
      join(dataDir, 'config.json'),
      JSON.stringify({
        sources: [{ id: 'demo', type: 'demo', options: { backfillHours: 72, postEverySeconds: 600 } }],
      }),
    );
    process.argv = [process.argv[0] ?? 'node', 'app', '--data-dir', dataDir, '--log-level', 'warn'];
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true); // the panel lines for npm start's launcher
    await import('../../../src/main/electron/main.ts');
    await until(
      () => panelWindows().length === 3 && panelWindows().every((w) => w.webContents.loaded.length > 0),
      'three loaded windows',
    );
  }, 30_000);
  afterAll(() => quitFakeKiosk());

  it('opens one fullscreen, sandboxed window per display, on that display, showing its panel', () => {
    expect(
      panelWindows().map((w) => [
        w.bounds.x,
        w.fullscreen,
        w.options.webPreferences?.['sandbox'],
        w.options.webPreferences?.['contextIsolation'],
        w.options.webPreferences?.['nodeIntegration'],
      ]),
    ).toEqual([
      [0, true, true, true, false],
      [1920, true, true, true, false],
      [3840, true, true, true, false],
    ]);
    expect(panelWindows().map((w) => new URL(w.webContents.loaded[0]!).pathname)).toEqual([
      '/panel/1',
      '/panel/2',
      '/panel/3',
    ]);
  });

  it('turns on the app-wide protections: sandbox, no menu, no display sleep, no permissions', () => {
    expect(fake.sandboxEnabled).toBe(true);
    expect(fake.menu).toBeNull();
    expect(fake.powerSaveBlocker).toBe('prevent-display-sleep');
    let granted: boolean | undefined;
    fake.permissionRequest?.({ getURL: () => 'http://127.0.0.1/' }, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    expect(fake.permissionCheck?.()).toBe(false);
  });

  it('hides the cursor, swallows keys, refuses navigation away and new windows', async () => {
    const contents = panelWindows()[0]!.webContents;
    await until(() => contents.css.length > 0, 'the injected style sheet');
    expect(contents.css[0]).toContain('cursor: none');
    const escape = { preventDefault: vi.fn() };
    contents.emit('before-input-event', escape, {
      type: 'keyDown',
      key: 'Escape',
      control: false,
      alt: false,
      shift: false,
      meta: false,
    });
    expect(escape.preventDefault).toHaveBeenCalled();
    const away = { url: 'https://example.com/', preventDefault: vi.fn() };
    contents.emit('will-navigate', away);
    expect(away.preventDefault).toHaveBeenCalled();
    const home = { url: new URL('/panel/2', contents.loaded[0]).href, preventDefault: vi.fn() };
    contents.emit('will-navigate', home);
    expect(home.preventDefault).not.toHaveBeenCalled();
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('reloads a crashed panel within seconds, on the same engine: the same posts come back', async () => {
    const window = panelWindows()[1]!;
    const url = window.webContents.loaded[0]!;
    let before: string[] = [];
    await until(async () => (before = await postKeys(url)).length > 0, 'posts on panel 2');
    await new Promise((r) => setTimeout(r, 500));
    before = await postKeys(url);
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    await until(() => window.webContents.loaded.length === 2, 'the reload', 5_000);
    expect(window.webContents.loaded[1]).toBe(url);
    const after = await postKeys(url);
    expect(after).toEqual(expect.arrayContaining(before));
    const log = readFileSync(join(dataDir, 'logs', 'kiosk.log'), 'utf8');
    expect(log).toContain('recovery: reloading a panel');
    expect(log).toContain('panel:2 crashed (1 of 3 in 10 min)');
  });

  it('brings back at once a panel minimised by Win+D or a stray click, and logs it', async () => {
    const window = panelWindows()[2]!;
    window.minimize();
    expect(window.minimized).toBe(false);
    expect(window.visible).toBe(true);
    const log = readFileSync(join(dataDir, 'logs', 'kiosk.log'), 'utf8');
    expect(log).toContain(
      '"msg":"screens: window restored: it was taken off its screen","part":"kiosk","key":"panel:3"',
    );
  });

  it('moves a panel when its display goes and remembers the mapping in the data folder', async () => {
    fake.displays = [display(11, 0, 'A'), display(13, 1, 'C')];
    screen.emit('display-removed');
    const [one, two, three] = panelWindows();
    expect(one!.bounds.x).toBe(0);
    expect(two!.bounds.x).toBe(1920); // shares the last display, taking turns with panel 3
    expect(three!.bounds.x).toBe(1920);
    expect([two!.visible, three!.visible].filter(Boolean)).toHaveLength(1);
    expect(existsSync(join(dataDir, 'screens.json'))).toBe(true);
    fake.displays = [display(11, 0, 'A'), display(12, 1, 'B'), display(13, 2, 'C')];
    screen.emit('display-added');
    expect(panelWindows().map((w) => [w.bounds.x, w.visible])).toEqual([
      [0, true],
      [1920, true],
      [3840, true],
    ]);
  });

  it('opens ONE settings window over the wall with the key combination; first start: the admin URL, to choose the PIN', async () => {
    panelWindows()[0]!.webContents.emit('before-input-event', { preventDefault: vi.fn() }, SETTINGS_KEYS);
    panelWindows()[0]!.webContents.emit('before-input-event', { preventDefault: vi.fn() }, SETTINGS_KEYS);
    expect(settingsWindows()).toHaveLength(1);
    const window = settingsWindows()[0]!;
    expect(window.options).toMatchObject({ frame: true, fullscreen: false, alwaysOnTop: true, focusable: true });
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      partition: 'settings',
    });
    const url = new URL(window.webContents.loaded[0]!);
    expect(url.pathname).toBe('/settings');
    expect(url.searchParams.get('admin')).toBeTruthy();
    await until(() => window.visible && window.focused, 'the settings window shown');
    expect(window.webContents.css).toEqual([]); // the cursor stays visible
    // The secrets of the kiosk are sealed by safeStorage (the fake's keyring), and the page says where.
    const settings = (await (
      await fetch(`${url.origin}/api/settings`, {
        headers: { authorization: `Bearer ${url.searchParams.get('admin')}` },
      })
    ).json()) as { pinSet: boolean; secretStorage: { kind: string } };
    expect(settings).toMatchObject({ pinSet: false, secretStorage: { kind: 'os-keyring' } });
  });

  it('closes with Escape and clears its session; once the PIN is chosen, opens on the bare page that asks for it', async () => {
    const first = settingsWindows()[0]!;
    const admin = new URL(first.webContents.loaded[0]!);
    const origin = admin.origin;
    const adminToken = admin.searchParams.get('admin')!;
    first.webContents.emit(
      'before-input-event',
      { preventDefault: vi.fn() },
      { ...SETTINGS_KEYS, key: 'Escape', control: false, alt: false, shift: false },
    );
    expect(first.destroyed).toBe(true);
    const session = partitions.get('settings')!;
    expect(session.cleared).toBe(1);

    const chosen = await fetch(`${origin}/api/settings/pin`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json', 'x-social-wall': '1' },
      body: JSON.stringify({ pin: '2468' }),
    });
    expect(chosen.status).toBe(200);
    panelWindows()[1]!.webContents.emit('before-input-event', { preventDefault: vi.fn() }, SETTINGS_KEYS);
    const second = settingsWindows()[0]!;
    expect(second.webContents.loaded).toEqual([`${origin}/settings`]);
    expect(second.bounds.x).toBeGreaterThanOrEqual(1920); // centred on the screen of panel 2
    expect(session.filterUrls).toEqual([`${origin}/*`]);

    // What the window's requests carry: the page and its files are vouched for; the API is not.
    const headersFor = (path: string, resourceType: string) => {
      let sent: Record<string, string> | undefined;
      session.beforeSendHeaders!(
        { url: origin + path, method: 'GET', resourceType, requestHeaders: {} },
        (r) => (sent = r.requestHeaders),
      );
      return sent ?? {};
    };
    expect(headersFor('/settings', 'mainFrame')).toEqual({ Authorization: `Bearer ${adminToken}` });
    expect(headersFor('/api/settings', 'xhr')).toEqual({});
    const page = await fetch(`${origin}/settings`, { headers: headersFor('/settings', 'mainFrame') });
    expect(page.status).not.toBe(401);
    // No admin cookie from the vouched page: only its PIN lane (server/pin-lane.ts), for the prompt's tries.
    expect(page.headers.get('set-cookie') ?? '').not.toContain('sw_admin');
    expect(page.headers.get('set-cookie') ?? '').toMatch(
      /^sw_pin_lane=[^;]+; Path=\/api\/settings\/unlock; HttpOnly; SameSite=Strict$/,
    );
    expect((await fetch(`${origin}/api/settings`, { headers: headersFor('/api/settings', 'xhr') })).status).toBe(401);
    const unlocked = await fetch(`${origin}/api/settings/unlock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-social-wall': '1' },
      body: JSON.stringify({ pin: '2468' }),
    });
    expect(unlocked.status).toBe(200);
    expect(unlocked.headers.get('set-cookie')).toContain('sw_admin=');

    second.close();
    expect(session.cleared).toBe(2);
  });

  it('"Identify screens" from the settings page: the shell puts a numbered window on each display and the page hears how many', async () => {
    const admin = new URL(fake.windows.find(isSettings)!.webContents.loaded[0]!);
    const headers = { authorization: `Bearer ${admin.searchParams.get('admin')}`, 'x-social-wall': '1' };
    const settings = (await (await fetch(`${admin.origin}/api/settings`, { headers })).json()) as {
      canIdentifyScreens: boolean;
      mode: string;
    };
    expect(settings.canIdentifyScreens).toBe(true);
    expect(settings.mode).toBe('kiosk');

    const before = fake.windows.length;
    const res = await fetch(`${admin.origin}/api/settings/screens/identify`, { method: 'POST', headers });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ screens: 3, seconds: 10 });
    const numbers = fake.windows.slice(before).filter(isIdentify);
    expect(numbers).toHaveLength(3);
    // Centred on each display, left to right, numbered 1, 2, 3.
    expect(numbers.map((w) => Math.floor(w.bounds.x / 1920))).toEqual([0, 1, 2]);
    expect(numbers.map((w) => decodeURIComponent(w.webContents.loaded[0]!).match(/<b>(\d+)<\/b>/)?.[1])).toEqual([
      '1',
      '2',
      '3',
    ]);
    // Without the admin credential, nothing is shown.
    expect(
      (
        await fetch(`${admin.origin}/api/settings/screens/identify`, {
          method: 'POST',
          headers: { 'x-social-wall': '1' },
        })
      ).status,
    ).toBe(401);
  });
});
