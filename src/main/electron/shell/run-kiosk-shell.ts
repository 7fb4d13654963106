// Once the wall runs: its windows on the displays (kiosk-shell.ts), the settings window, the recovery of
// failing panels, the GPU's crashes, no display sleep, and the start at login. Everything it knows of the
// wall comes from RunningWall (the kiosk's settings and panels as they are now, whether a PIN is set).
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { Logger } from '../../logger.ts';
import type { KioskWall } from '../../wall.ts';
import { applyAutostart } from '../autostart/apply-autostart.ts';
import { IDENTIFY_KEYS, parseKeyCombination } from '../kiosk/kiosk-keys.ts';
import { SETTINGS_PARTITION } from '../kiosk/window-options.ts';
import type { GpuFallbackFlag } from '../recovery/gpu-fallback-flag.ts';
import { RecoveryController } from '../recovery/recovery-controller.ts';
import type { DisplaySnapshot } from '../screens/display-fingerprint.ts';
import { screenMemoryFile } from '../screens/screen-memory-file.ts';
import { SettingsWindow } from '../settings/settings-window.ts';
import { KioskWindows } from '../windows/kiosk-windows.ts';
import { startKioskShell } from './kiosk-shell.ts';
import type { KioskUpdates } from '../updates/start-updates.ts';
import type { ElectronModules, KioskStart } from './start-kiosk.ts';

export interface KioskShellWiring {
  wall: KioskWall;
  dataDir: string;
  logger: Logger;
  start: KioskStart;
  /** Electron's displays, or the simulated ones. */
  displays: () => DisplaySnapshot[];
  /** Simulated displays: plain windows side by side, never fullscreen. */
  windowed: boolean;
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  identify: () => unknown;
  gpuFlag: GpuFallbackFlag;
  restart: (reason: string) => void;
  /** The kiosk's updates (updates/start-updates.ts), when the wall has an update source. */
  updates?: KioskUpdates;
}

export interface RunningKioskShell {
  /** Stops reconciling and lets the windows close (the app is quitting or restarting). */
  stop(): void;
}

export function runKioskShell(electron: ElectronModules, wiring: KioskShellWiring): RunningKioskShell {
  const { app, screen, powerMonitor, session } = electron;
  const { wall, dataDir, logger, start, createWindow, gpuFlag } = wiring;
  electron.powerSaveBlocker.start('prevent-display-sleep');
  applyAutostart({
    app,
    enabled: wall.kioskView().kiosk.startAtLogin,
    platform: start.platform,
    env: start.env,
    execPath: process.execPath,
    logger,
  });
  const recovery = new RecoveryController({
    target: {
      reloadWindow: (key) => windows.reload(key),
      restartApp: () => wiring.restart('a panel kept failing'),
      relaunchWithoutGpu: (reason) => {
        gpuFlag.set(reason, new Date());
        wiring.restart(reason);
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
    target: () => ({ origin: wall.origin, settingsUrl: wall.settingsUrl }),
    pinSet: () => wall.pinSet(),
    anchor: (fromPanel) => windows.states().find((s) => s.key === fromPanel)?.bounds,
    logger,
  });
  const windows: KioskWindows = new KioskWindows({
    createWindow,
    panelUrl: (id) => wall.kioskView().panels.find((p) => p.id === id)?.url,
    shortcuts: () => ({
      settings: parseKeyCombination(wall.kioskView().kiosk.settingsKeys),
      identify: parseKeyCombination(IDENTIFY_KEYS),
    }),
    settings: settingsWindow,
    identifyScreens: () => void wiring.identify(),
    onFailure: (key, kind, detail) => {
      const said = Object.entries(detail).map(([name, value]) => `${name} ${String(value)}`);
      wiring.updates?.failed(key, `${kind}: ${said.join(', ')}`);
      recovery.windowFailed(key, kind, detail);
    },
    onDisturbed: (key) => shell.reconcile(`${key} was minimised`),
    onAlive: (key) => wiring.updates?.answered(key, windows.panelKeys()),
    logger,
  });
  app.on('child-process-gone', (_event, details) => {
    if (details.type === 'GPU') recovery.gpuCrashed({ crashReason: details.reason, exitCode: details.exitCode });
  });
  const shell = startKioskShell({
    app,
    screen,
    displays: wiring.displays,
    powerMonitor,
    windows,
    recovery,
    memory: screenMemoryFile(dataDir),
    view: () => wall.kioskView(),
    windowed: wiring.windowed,
    logger,
  });
  return {
    stop() {
      wiring.updates?.stop();
      shell.stop();
      settingsWindow.close();
      windows.allowClosing();
    },
  };
}
