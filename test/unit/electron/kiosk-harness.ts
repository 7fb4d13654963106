// Starts and quits the kiosk (shell/start-kiosk.ts) against the fake Electron and the real wall, as many
// times as a test needs in one process: what a lobby PC does across reboots.
import { startKiosk, type ElectronModules } from '../../../src/main/electron/shell/start-kiosk.ts';
import type { AskDbus } from '../../../src/main/electron/secrets/linux-keyring.ts';
import * as fakeElectron from './fake-electron.ts';
import { app, fake, resetFake, type FakeBrowserWindow, type FakeDisplay } from './fake-electron.ts';

export const display = (id: number, slot: number, label: string): FakeDisplay => ({
  id,
  label,
  bounds: { x: slot * 1920, y: 0, width: 1920, height: 1080 },
  scaleFactor: 1,
});
export const THREE_DISPLAYS = [display(11, 0, 'A'), display(12, 1, 'B'), display(13, 2, 'C')];

export const isSettings = (w: FakeBrowserWindow) => w.options.webPreferences?.['partition'] === 'settings';
export const isIdentify = (w: FakeBrowserWindow) => w.webContents.loaded[0]?.startsWith('data:') === true;
export const panelWindows = () => fake.windows.filter((w) => !w.destroyed && !isSettings(w) && !isIdentify(w));

export async function until<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface FakeKioskStart {
  dataDir: string;
  displays?: FakeDisplay[];
  env?: NodeJS.ProcessEnv;
  askDbus?: AskDbus;
}

/** Starts the kiosk; resolves once it has a loaded window per display, or exited (fake.exitCode). */
export async function startFakeKiosk({ dataDir, displays = THREE_DISPLAYS, env = {}, askDbus }: FakeKioskStart) {
  resetFake();
  fake.displays = displays;
  const started = startKiosk(fakeElectron as unknown as ElectronModules, {
    argv: ['app', '--data-dir', dataDir, '--log-level', 'warn'],
    env,
    platform: 'linux',
    supervisor: undefined,
    askDbus: askDbus ?? (() => undefined),
  });
  await started;
  await until(
    () =>
      fake.exitCode !== undefined ||
      (panelWindows().length === displays.length && panelWindows().every((w) => w.webContents.loaded.length > 0)),
    'a loaded window per display, or an exit',
  );
}

/** What the OS does at shutdown: the kiosk stops the wall, then exits. */
export async function quitFakeKiosk(): Promise<void> {
  app.emit('before-quit', { preventDefault: () => undefined });
  await until(() => fake.exitCode === 0, 'the kiosk to exit after stopping the wall');
}

/** The wall's origin and the admin token, read from the panels' and settings' addresses. */
export function adminOf(settingsUrl: string): { origin: string; headers: Record<string, string> } {
  const url = new URL(settingsUrl);
  return {
    origin: url.origin,
    headers: {
      authorization: `Bearer ${url.searchParams.get('admin') ?? ''}`,
      'x-social-wall': '1',
      'content-type': 'application/json',
    },
  };
}

export const SETTINGS_KEYS = { type: 'keyDown', key: 's', control: true, alt: true, shift: true, meta: false };

/** Opens the settings window with its keys and returns the address it opened (first start: the admin URL). */
export async function openSettings(): Promise<string> {
  panelWindows()[0]!.webContents.emit('before-input-event', { preventDefault: () => undefined }, SETTINGS_KEYS);
  const window = await until(() => fake.windows.find((w) => !w.destroyed && isSettings(w)), 'the settings window');
  return window.webContents.loaded[0]!;
}
