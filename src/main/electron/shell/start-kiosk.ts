// The kiosk proper, in the order things must happen: protections that must precede 'ready', then the
// secret store (the OS keyring, asked once), the wall (startWall: the one way into the engine — it reads
// the configuration, sets a damaged file aside, opens the secrets), then the windows (run-kiosk-shell.ts).
// Electron's modules come as a parameter (main.ts passes the real ones, the tests a fake).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  ConfigError,
  defaultDataDir,
  FollowerStartError,
  followHub,
  openKeyFileSecretStore,
  startWall,
  type KioskWall,
} from '../../wall.ts';
import { EXIT_CONFIG_REFUSED, EXIT_WALL_FAILED } from '../launch/exit-codes.ts';
import { denyAllPermissions } from '../kiosk/deny-permissions.ts';
import { lockNavigation } from '../kiosk/navigation-lock.ts';
import { journalAtStart, runJournalFile } from '../recovery/abrupt-deaths.ts';
import { gpuFallbackFlag } from '../recovery/gpu-fallback-flag.ts';
import { parseSimulatedDisplays } from '../screens/simulated-displays.ts';
import { keyringToAvoid } from '../secrets/linux-keyring.ts';
import { openSafeStorageSecretStore } from '../secrets/safe-storage-secret-store.ts';
import { wrappedKeyFile } from '../secrets/wrapped-key-file.ts';
import { guardFatalErrors } from './fatal-errors.ts';
import { restartApp, type Supervisor } from './restart-app.ts';
import { identifyScreens } from '../windows/identify-screens.ts';
import { runKioskShell } from './run-kiosk-shell.ts';
import { parseShellArgs } from './shell-args.ts';
import { createShellLogger } from './shell-logger.ts';
import type { AppUpdater } from 'electron-updater';
import { startKioskUpdates } from '../updates/start-updates.ts';

/** The part of Electron the kiosk uses (main process). */
export type ElectronModules = Pick<
  typeof Electron.CrossProcessExports,
  'app' | 'BrowserWindow' | 'Menu' | 'powerMonitor' | 'powerSaveBlocker' | 'safeStorage' | 'screen' | 'session'
>;

export interface KioskStart {
  /** The command line after the executable (Chromium's switches and the app's path included). */
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  supervisor: Supervisor;
  /** The D-Bus question of linux-keyring.ts (tests answer it). */
  askDbus?: Parameters<typeof keyringToAvoid>[2];
  /** electron-updater's autoUpdater, loaded only when the wall has an update source (main.ts). */
  loadUpdater?: () => Promise<AppUpdater>;
}

export async function startKiosk(electron: ElectronModules, start: KioskStart): Promise<void> {
  const { app, safeStorage, session } = electron;
  const args = parseShellArgs(start.argv);
  const dataDir = args.dataDir ?? defaultDataDir();
  const logger = createShellLogger(dataDir, args.logLevel).child({ part: 'kiosk' });
  let wall: KioskWall | undefined;
  let stopShell = () => undefined as void; // once the windows exist: stops reconciling, lets them close
  let endRun = () => undefined as void; // once the run journal is open: this end was chosen, not a death
  const restart = (reason: string) => {
    logger.error('kiosk: restarting the app', { reason, supervisor: start.supervisor ?? 'none' });
    stopShell();
    const stopped = wall?.stop() ?? Promise.resolve();
    const exit = () => (endRun(), restartApp(app, start.supervisor, start.env, start.argv));
    void Promise.race([stopped, new Promise((r) => setTimeout(r, 5_000))]).then(exit, exit);
  };
  const unguard = guardFatalErrors(process, logger, restart);
  const simulated = args.simulateDisplays === undefined ? undefined : parseSimulatedDisplays(args.simulateDisplays);
  if (typeof simulated === 'string') {
    logger.error(simulated);
    return app.exit(EXIT_CONFIG_REFUSED);
  }
  const displays = () => simulated ?? electron.screen.getAllDisplays();
  const createWindow = (options: Electron.BrowserWindowConstructorOptions) => new electron.BrowserWindow(options);
  const identify = () => identifyScreens(displays(), createWindow);
  if (!app.requestSingleInstanceLock()) {
    logger.warn('another Social Wall already runs on this machine: this one quits');
    return app.exit(0);
  }
  // Before 'ready': every renderer sandboxed (Electron's security checklist), the GPU as decided, no
  // menu, no keyring prompt on screens nobody answers.
  app.enableSandbox();
  const gpuFlag = gpuFallbackFlag(dataDir);
  const journal = runJournalFile(dataDir);
  const atStart = journalAtStart(journal.read(), Date.now(), !gpuFlag.isSet());
  if (atStart.turnGpuOff) gpuFlag.set(atStart.turnGpuOff, new Date());
  journal.write(atStart.journal);
  // Every end the kiosk chooses (quit, restart, refusal) clears the journal's note: only a death leaves it.
  endRun = () => journal.write({ abruptDeaths: atStart.journal.abruptDeaths });
  const exit = (code: number) => (endRun(), app.exit(code));
  if (gpuFlag.isSet()) {
    app.disableHardwareAcceleration();
    logger.warn('hardware acceleration is off', { reason: gpuFlag.reason(), undo: 'delete gpu-disabled.json' });
  }
  const keyringAvoided = keyringToAvoid(start.platform, start.env, start.askDbus);
  if (keyringAvoided !== undefined) app.commandLine.appendSwitch('password-store', 'basic');
  electron.Menu.setApplicationMenu(null);
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
  try {
    mkdirSync(dataDir, { recursive: true });
    // After 'ready': before it, safeStorage cannot tell on Linux whether a keyring is there.
    const secretStore = await openSafeStorageSecretStore({
      safeStorage,
      platform: start.platform,
      keyFile: wrappedKeyFile(dataDir),
      keyFileStore: () => openKeyFileSecretStore(dataDir),
      ...(keyringAvoided !== undefined ? { avoided: keyringAvoided } : {}),
      now: Date.now,
    });
    if (secretStore.kind === 'key-file') logger.warn('secrets: the key file keeps them', { note: secretStore.note });
    const appDir = app.getAppPath();
    const common = {
      dataDir,
      logger,
      secretStore,
      rendererDir: join(appDir, 'dist', 'renderer'),
      assetsDir: join(appDir, 'assets'),
      ...(args.configFile !== undefined ? { configFile: args.configFile } : {}),
    };
    // A store PC follows its hub (docs/fleet.md): the same windows, the hub as the only source.
    wall = args.follow
      ? await followHub({
          ...common,
          follow: { hub: args.follow, ...(args.pair !== undefined ? { pairCode: args.pair } : {}) },
        })
      : await startWall({ ...common, identifyScreens: identify });
  } catch (err) {
    const refused = err instanceof ConfigError || err instanceof FollowerStartError;
    const message = refused ? err.message : `The wall could not start: ${(err as Error).message}`;
    process.stderr.write(message + '\n'); // for whoever started it by hand (npm start); kiosk.log has it too
    logger.error(message);
    unguard();
    return exit(refused ? EXIT_CONFIG_REFUSED : EXIT_WALL_FAILED);
  }
  // One line per panel: `npm start`'s launcher reads them to know the kiosk started (launch/run-electron.ts).
  for (const panel of wall.panels) process.stdout.write(`panel ${panel.id} (${panel.title}): ${panel.url}\n`);
  const running = wall;
  const updates =
    wall.updates && start.loadUpdater
      ? startKioskUpdates(wall, await start.loadUpdater(), {
          dataDir,
          version: app.getVersion(),
          platform: start.platform,
          logger,
        })
      : undefined;
  const shell = runKioskShell(electron, {
    wall,
    dataDir,
    logger,
    start,
    displays,
    windowed: simulated !== undefined,
    createWindow,
    identify,
    gpuFlag,
    restart,
    ...(updates ? { updates } : {}),
  });
  stopShell = () => shell.stop();
  app.on('before-quit', (event) => {
    // Stop the wall (engine, server, database) before the process ends; then quit for good.
    event.preventDefault();
    unguard();
    stopShell();
    void running.stop().finally(() => exit(0));
  });
}
