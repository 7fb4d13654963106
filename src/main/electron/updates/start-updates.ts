// Wires the kiosk's updates: the wall's update source (a store PC's hub, or kiosk.updates.feedUrl), the
// runner's policy under Node, electron-updater behind the Installer, and the windows telling when every panel
// showed (the trial) or what went wrong with one (the reason reported if the trial fails).
import { hostname } from 'node:os';
import type { AppUpdater } from 'electron-updater';
import type { Logger } from '../../logger.ts';
import { UpdateJournalFile, UpdateRunner, updateManifestName, type KioskWall } from '../../wall.ts';
import { ElectronInstaller } from './electron-installer.ts';
import { PanelsShown } from './panels-shown.ts';

export interface KioskUpdates {
  /** A panel window answered its heartbeat; `panelWindows`: the panel windows placed now. */
  answered(key: string, panelWindows: readonly string[]): void;
  failed(key: string, reason: string): void;
  stop(): void;
}

export function startKioskUpdates(
  wall: KioskWall,
  updater: AppUpdater,
  options: { dataDir: string; version: string; platform: NodeJS.Platform; logger: Logger },
): KioskUpdates | undefined {
  const { logger } = options;
  const source = wall.updates;
  if (!source) return undefined;
  const runner = new UpdateRunner({
    source,
    installer: new ElectronInstaller(updater, logger),
    journal: new UpdateJournalFile(options.dataDir),
    config: () => wall.kioskView().kiosk.updates,
    version: options.version,
    manifestName: updateManifestName(options.platform),
    deviceName: hostname(),
    timers: {
      now: Date.now,
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
    },
    logger: logger.child({ part: 'updates' }),
  });
  runner.start().catch((err: unknown) => logger.error('updates: start failed', { error: (err as Error).message }));
  const shown = new PanelsShown();
  let done = false;
  return {
    answered(key, panelWindows) {
      shown.answered(key);
      if (done || !shown.all(panelWindows)) return;
      done = true;
      void runner.panelsShown();
    },
    failed(key, reason) {
      shown.failed(key);
      runner.panelProblem(`${key}: ${reason}`);
    },
    stop: () => runner.stop(),
  };
}
