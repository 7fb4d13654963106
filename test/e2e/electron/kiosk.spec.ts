// The kiosk in a real Electron: one window per (simulated) display, each showing its panel from the
// wall's loopback server, locked down, a hung panel found and reloaded. Runs wherever Electron's runtime is
// installed and a display server is available: `xvfb-run npx playwright test test/e2e/electron` on a
// headless Linux — the simulated displays are plain windows side by side that fit xvfb-run's one 1280×1024
// screen. Skipped, saying why, elsewhere (no runtime, no display, or no better-sqlite3 for Electron's ABI
// offline); the same shell is composed against a fake Electron in test/unit/electron/. The key presses are
// emitted as the 'before-input-event' Electron raises for a real keyboard (a synthetic page key event does
// not pass through it).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { bundleMain } from '../../../src/main/electron/launch/bundle-main.ts';
import { prepareElectronSqlite } from '../../../src/main/electron/launch/electron-sqlite.ts';
import { electronPackageDir, locateElectronRuntime } from '../../../src/main/electron/launch/locate-electron.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const runtime = locateElectronRuntime(electronPackageDir(), process.env);
const noDisplayServer = process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY'];

test.describe.configure({ mode: 'serial' });
test.skip(
  !runtime.ok,
  `Electron runtime not installed: ${runtime.ok ? '' : runtime.detail} (it downloads with \`npm install\` or the first \`npm start\` when online)`,
);
test.skip(
  noDisplayServer,
  'Electron needs a display server: DISPLAY and WAYLAND_DISPLAY are unset (run under xvfb-run)',
);

let app: ElectronApplication;
let dir: string;
const output: string[] = [];

/** Three displays side by side within one 1280×1024 virtual screen (xvfb-run's default). */
const DISPLAY = { width: 426, height: 400 };

test.beforeAll(async () => {
  if (!runtime.ok) return;
  test.setTimeout(15 * 60_000); // the first run may download or build better-sqlite3 for Electron
  const sqlite = await prepareElectronSqlite(ROOT, runtime.version);
  // Offline, with no prebuilt binary and no Electron headers to build one, the kiosk cannot open its database.
  test.skip(!sqlite.ok, sqlite.ok ? '' : `${sqlite.detail} (run once online)`);
  if (!sqlite.ok) return;
  await bundleMain(ROOT, sqlite.dir);
  dir = await mkdtemp(join(tmpdir(), 'social-wall-kiosk-'));
  const config = join(dir, 'wall.json');
  await writeFile(
    config,
    JSON.stringify({
      sources: [{ id: 'demo', type: 'demo', options: { backfillHours: 1 } }],
      kiosk: { startAtLogin: false, nightlyReloadHour: null },
    }),
  );
  app = await electron.launch({
    executablePath: runtime.binary,
    args: [
      ROOT,
      '--data-dir',
      join(dir, 'data'),
      '--config',
      config,
      '--simulate-displays',
      Array(3).fill(`${DISPLAY.width}x${DISPLAY.height}`).join(','),
      // Nothing leaves the machine: every non-loopback request goes to a closed port.
      '--proxy-server=127.0.0.1:9',
    ],
    env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
    timeout: 30_000,
  });
  app.process().stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  app.process().stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
});

test.afterAll(async () => {
  await app?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('one window per simulated display, side by side (windowed: they share one real screen), showing its panel', async () => {
  await expect.poll(() => app.windows().length, { message: output.join('') }).toBe(3);
  const windows = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((w) => ({
      x: w.getBounds().x,
      url: w.webContents.getURL(),
      fullscreen: w.isFullScreen(),
    })),
  );
  const byX = [...windows].sort((a, b) => a.x - b.x);
  expect(byX.map((w) => new URL(w.url).pathname)).toEqual(['/panel/1', '/panel/2', '/panel/3']);
  expect(byX.map((w) => w.x)).toEqual([0, DISPLAY.width, 2 * DISPLAY.width]);
  expect(windows.some((w) => w.fullscreen)).toBe(false);
});

test('a panel page renders its posts and cannot open windows or leave the wall', async () => {
  const page = app.windows()[0]!;
  await expect(page.locator('body')).not.toBeEmpty();
  // setWindowOpenHandler denies: window.open gives null.
  expect(
    await page.evaluate(
      () => (globalThis as unknown as { open(url: string): unknown }).open('https://example.com/') === null,
    ),
  ).toBe(true);
  // No Node in the page (nodeIntegration off, sandboxed, isolated).
  expect(
    await page.evaluate(() => [
      typeof (globalThis as { require?: unknown }).require,
      typeof (globalThis as { process?: unknown }).process,
    ]),
  ).toEqual(['undefined', 'undefined']);
  const before = page.url();
  await page.evaluate(
    () => ((globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com/'),
  );
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
  expect(app.windows()).toHaveLength(3);
});

/** What Electron raises in the main process when a key is pressed in a window (see kiosk-keys.ts). */
async function pressInWindow(
  urlPart: string,
  key: { key: string; control?: boolean; alt?: boolean; shift?: boolean },
): Promise<void> {
  await app.evaluate(
    ({ webContents }, { urlPart, key }) => {
      const target = webContents.getAllWebContents().find((w) => w.getURL().includes(urlPart));
      if (!target) throw new Error(`no window on ${urlPart}`);
      target.emit(
        'before-input-event',
        { preventDefault: () => undefined },
        { type: 'keyDown', key: key.key, control: !!key.control, alt: !!key.alt, shift: !!key.shift, meta: false },
      );
    },
    { urlPart, key },
  );
}

const SETTINGS_KEYS = { key: 's', control: true, alt: true, shift: true };
const settingsPage = async () => {
  await expect
    .poll(() => app.windows().some((p) => p.url().includes('/settings')), { message: output.join('') })
    .toBe(true);
  return app.windows().find((p) => p.url().includes('/settings'))!;
};

test('the settings keys open ONE settings window over the wall; first start: choose the IT PIN; Escape closes it', async () => {
  await pressInWindow('/panel/2', SETTINGS_KEYS);
  await pressInWindow('/panel/2', SETTINGS_KEYS);
  const page = await settingsPage();
  expect(app.windows()).toHaveLength(4);
  const shape = await app.evaluate(({ BrowserWindow }) => {
    const w = BrowserWindow.getAllWindows().find((x) => x.webContents.getURL().includes('/settings'))!;
    return { fullscreen: w.isFullScreen(), onTop: w.isAlwaysOnTop(), x: w.getBounds().x };
  });
  expect(shape).toMatchObject({ fullscreen: false, onTop: true });
  expect(shape.x).toBeGreaterThanOrEqual(DISPLAY.width); // over panel 2's display
  // The setup is not finished yet: the guided setup, which starts with the IT PIN.
  await expect(page.getByRole('heading', { name: 'Code IT' })).toBeFocused();
  await page.getByLabel('Nouveau code IT').fill('482916');
  await page.getByLabel('Confirmez le code').fill('482916');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByRole('heading', { name: 'Votre marque' })).toBeFocused();
  await pressInWindow('/settings', { key: 'Escape' });
  await expect.poll(() => app.windows().length).toBe(3);
});

test('once the PIN is chosen the window asks for it (its session was cleared on close); the right PIN opens the settings', async () => {
  await pressInWindow('/panel/1', SETTINGS_KEYS);
  const page = await settingsPage();
  expect(new URL(page.url()).search).toBe(''); // the bare page: no admin token in the URL
  // The prompt speaks the browser's language (the wall's is not known before the PIN): either.
  const pin = page.getByLabel(/^(Code IT|IT PIN)$/);
  await expect(pin).toBeVisible();
  await pin.fill('000000');
  await pin.press('Enter');
  await expect(page.getByText(/Code incorrect\. Réessayez\.|Wrong PIN\. Try again\./)).toBeVisible();
  await pin.fill('482916');
  await pin.press('Enter');
  await expect(page.getByTestId('settings-page')).toBeVisible();
  // Escape typed in a field closes the window too (the page keeps nothing unsaved across a close: IT saves first).
  await page.getByTestId('settings-page').locator('input').first().focus();
  await pressInWindow('/settings', { key: 'Escape' });
  await expect.poll(() => app.windows().length).toBe(3);
});

test('a hung panel is found by its heartbeat, its renderer killed and the panel reloaded', async () => {
  test.setTimeout(90_000);
  const page = app.windows().find((p) => p.url().includes('/panel/3'))!;
  // An endless loop in the page: the main thread answers nothing any more (not even Electron's heartbeat).
  void page
    .evaluate(
      () =>
        void setTimeout(() => {
          for (;;) {
            /* hung */
          }
        }, 0),
    )
    .catch(() => undefined);
  const log = join(dir, 'data', 'logs', 'kiosk.log');
  await expect
    .poll(async () => (await readFile(log, 'utf8')).includes('panel:3 unresponsive (1 of 3 in 10 min)'), {
      timeout: 60_000,
      message: output.join(''),
    })
    .toBe(true);
  await expect
    .poll(() => app.windows().filter((p) => p.url().includes('/panel/3')).length, { timeout: 30_000 })
    .toBe(1);
  const reloaded = app.windows().find((p) => p.url().includes('/panel/3'))!;
  await expect(reloaded.locator('body')).not.toBeEmpty();
  expect(await reloaded.evaluate(() => 1 + 1)).toBe(2);
});
