// The kiosk's entry (bundled to dist/main/electron/main.js, run by Electron): composes config → store →
// engine → server (startWall) → windows on the displays. Every decision lives in the modules it wires;
// nothing here but the order of things.
import { BrowserWindow, Menu, app, powerMonitor, powerSaveBlocker, safeStorage, screen, session } from 'electron';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDataDir } from '../config/data-dir.ts';
import { ConfigError } from '../config/load-config.ts';
import { openKeyFileSecretStore } from '../secrets/key-file-secret-store.ts';
import { readPinHash } from '../settings/pin-file.ts';
import { startWall, type RunningWall } from '../wall.ts';
import { applyAutostart } from './autostart/apply-autostart.ts';
import { EXIT_CONFIG_REFUSED, EXIT_WALL_FAILED } from './launch/exit-codes.ts';
import { denyAllPermissions } from './kiosk/deny-permissions.ts';
import { IDENTIFY_KEYS, parseKeyCombination } from './kiosk/kiosk-keys.ts';
import { lockNavigation } from './kiosk/navigation-lock.ts';
import { SETTINGS_PARTITION } from './kiosk/window-options.ts';
import { gpuFallbackFlag } from './recovery/gpu-fallback-flag.ts';
import { RecoveryController } from './recovery/recovery-controller.ts';
import { openSafeStorageSecretStore } from './secrets/safe-storage-secret-store.ts';
import { screenMemoryFile } from './screens/screen-memory-file.ts';
import { parseSimulatedDisplays } from './screens/simulated-displays.ts';
import { SettingsWindow } from './settings/settings-window.ts';
import { startKioskShell } from './shell/kiosk-shell.ts';
import { parseShellArgs } from './shell/shell-args.ts';
import { createShellLogger } from './shell/shell-logger.ts';
import { configFileFor, loadKioskConfig } from './shell/load-kiosk-config.ts';
import { identifyScreens } from './windows/identify-screens.ts';
import { KioskWindows } from './windows/kiosk-windows.ts';

async function main(): Promise<void> {
  // Chromium's switches and the app's path are in argv too; the parser ignores what is not its own.
  const args = parseShellArgs(process.argv.slice(1));
  const dataDir = args.dataDir ?? defaultDataDir();
  const logger = createShellLogger(dataDir, args.logLevel).child({ part: 'kiosk' });
  const simulated = args.simulateDisplays === undefined ? undefined : parseSimulatedDisplays(args.simulateDisplays);
  if (typeof simulated === 'string') {
    console.error(simulated);
    return app.exit(EXIT_CONFIG_REFUSED);
  }
  const displays = () => simulated ?? screen.getAllDisplays();
  if (!app.requestSingleInstanceLock()) {
    logger.warn('another Social Wall already runs on this machine: this one quits');
    return app.quit();
  }
  // Every renderer sandboxed, whatever a window's options say (Electron's security checklist).
  app.enableSandbox();
  const gpuFlag = gpuFallbackFlag(dataDir);
  if (gpuFlag.isSet()) {
    app.disableHardwareAcceleration();
    logger.warn('hardware acceleration is off', {
      reason: gpuFlag.reason(),
      undo: 'delete gpu-disabled.json in the data folder',
    });
  }
  Menu.setApplicationMenu(null);
  let wall: RunningWall | undefined;
  app.on('web-contents-created', (_event, contents) =>
    lockNavigation(
      contents,
      () => wall?.origin,
      (what, url) => logger.warn('kiosk: blocked', { what, url }),
    ),
  );
  app.on('second-instance', () => logger.info('a second launch was refused: the wall is already running'));
  app.on('window-all-closed', () => logger.info('no window is open (no display?); the wall keeps running'));

  await app.whenReady();
  denyAllPermissions(session.defaultSession, (permission, origin) =>
    logger.warn('kiosk: permission denied', { permission, origin }),
  );
  const configFile = configFileFor(dataDir, args.configFile);
  const createWindow = (options: Electron.BrowserWindowConstructorOptions) => new BrowserWindow(options);
  const identify = () => identifyScreens(displays(), createWindow);
  let config;
  try {
    config = loadKioskConfig(configFile);
    const appDir = app.getAppPath();
    // After 'ready': before it, safeStorage cannot tell on Linux whether a keyring is there.
    const secretStore = openSafeStorageSecretStore({
      safeStorage,
      platform: process.platform,
      keyFileStore: () => (mkdirSync(dataDir, { recursive: true }), openKeyFileSecretStore(dataDir)),
    });
    if (secretStore.kind === 'key-file')
      logger.warn('secrets: no OS keyring, the key file keeps them', { note: secretStore.note });
    wall = await startWall({
      dataDir,
      logger,
      secretStore,
      rendererDir: join(appDir, 'dist', 'renderer'),
      assetsDir: join(appDir, 'assets'),
      identifyScreens: identify,
      ...(configFile ? { configFile } : {}),
    });
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : `The wall could not start: ${(err as Error).message}`);
    return app.exit(err instanceof ConfigError ? EXIT_CONFIG_REFUSED : EXIT_WALL_FAILED);
  }
  const running = wall;
  for (const panel of running.panels) console.log(`panel ${panel.id} (${panel.title}): ${panel.url}`);
  powerSaveBlocker.start('prevent-display-sleep');
  applyAutostart({
    app,
    enabled: config.kiosk.startAtLogin,
    platform: process.platform,
    env: process.env,
    execPath: process.execPath,
    logger,
  });

  const restart = async (): Promise<void> => {
    windows.allowClosing();
    await running.stop();
    app.relaunch();
    app.exit(0);
  };
  const recovery = new RecoveryController({
    target: {
      reloadWindow: (key) => windows.reload(key),
      restartApp: () => void restart(),
      relaunchWithoutGpu: (reason) => {
        gpuFlag.set(reason, new Date());
        void restart();
      },
    },
    logger,
    now: Date.now,
    schedule: (run, ms) => setTimeout(run, ms),
    hardwareAcceleration: !gpuFlag.isSet(),
  });
  const settingsWindow = new SettingsWindow({
    createWindow,
    session: () => session.fromPartition(SETTINGS_PARTITION),
    target: () => ({ origin: running.origin, settingsUrl: running.settingsUrl }),
    pinSet: () => readPinHash(dataDir) !== undefined,
    anchor: (fromPanel) => windows.states().find((s) => s.key === fromPanel)?.bounds,
    logger,
  });
  const windows: KioskWindows = new KioskWindows({
    createWindow,
    panelUrl: (id) => running.panels.find((p) => p.id === id)?.url,
    shortcuts: {
      settings: parseKeyCombination(config.kiosk.settingsKeys),
      identify: parseKeyCombination(IDENTIFY_KEYS),
    },
    settings: settingsWindow,
    identifyScreens: identify,
    onFailure: (key, kind, detail) => recovery.windowFailed(key, kind, detail),
    logger,
  });
  app.on('child-process-gone', (_event, details) => {
    if (details.type === 'GPU') recovery.gpuCrashed({ crashReason: details.reason, exitCode: details.exitCode });
  });
  const shell = startKioskShell({
    app,
    screen,
    displays,
    powerMonitor,
    windows,
    recovery,
    memory: screenMemoryFile(dataDir),
    panelIds: config.panels.map((p) => p.id),
    screens: config.screens,
    kiosk: config.kiosk,
    logger,
  });
  app.on('before-quit', () => {
    shell.stop();
    settingsWindow.close();
    windows.allowClosing();
    void running.stop();
  });
}

void main();
