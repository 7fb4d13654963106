// Keeps the windows on the displays for as long as the wall runs: re-plans on display events, after
// resume and unlock, and on a periodic tick (display events are not reliable on every OS), which also
// brings back minimised or hidden panels, asks each panel for its heartbeat, turns the rotating panels,
// runs the memory watchdog and the nightly reload. The panels and settings are read at each tick: IT may
// change them in the settings page while the wall runs.
import type { App, PowerMonitor, Screen } from 'electron';
import type { Logger } from '../../logger.ts';
import type { KioskView } from '../../wall.ts';
import { checkNightlyReload, type NightlySchedule } from '../recovery/nightly-reload.ts';
import type { RecoveryController } from '../recovery/recovery-controller.ts';
import type { DisplaySnapshot } from '../screens/display-fingerprint.ts';
import type { RememberedPlacement } from '../screens/match-displays.ts';
import { reconcileWindows } from '../screens/reconcile-windows.ts';
import type { ScreenMemoryFile } from '../screens/screen-memory-file.ts';
import { planScreens } from '../screens/screen-plan.ts';
import type { KioskWindows } from '../windows/kiosk-windows.ts';

export const TICK_MS = 5_000;
export const MEMORY_EVERY_MS = 60_000;

export interface KioskShellOptions {
  app: Pick<App, 'getAppMetrics'>;
  /** The source of display events. */
  screen: Screen;
  /** The displays now: Electron's, or simulated ones (--simulate-displays). */
  displays: () => DisplaySnapshot[];
  powerMonitor: PowerMonitor;
  windows: KioskWindows;
  recovery: RecoveryController;
  memory: ScreenMemoryFile;
  /** The panels and the screens and kiosk settings, as they are now (RunningWall.kioskView). */
  view: () => KioskView;
  /** Simulated displays (--simulate-displays): plain windows side by side, never fullscreen. */
  windowed: boolean;
  logger: Logger;
}

export interface RunningShell {
  reconcile(reason: string): void;
  stop(): void;
}

export function startKioskShell(options: KioskShellOptions): RunningShell {
  const { screen, powerMonitor, windows, recovery, memory, logger } = options;
  const read = memory.read();
  if (read.problem) logger.warn('screens: the remembered mapping was not usable', { problem: read.problem });
  let remembered: readonly RememberedPlacement[] = read.placements;
  let nightly: NightlySchedule = { dueAt: undefined };
  let lastMemoryCheck = Date.now();

  const reconcile = (reason: string): void => {
    const displays = options.displays();
    const view = options.view();
    const plan = planScreens({
      panelIds: view.panels.map((p) => p.id),
      displays,
      remembered,
      screens: view.screens,
      now: Date.now(),
    });
    const placements = options.windowed ? plan.placements.map((p) => ({ ...p, fullscreen: false })) : plan.placements;
    const actions = reconcileWindows(windows.states(), placements);
    if (actions.some((a) => a.type !== 'show' && a.type !== 'hide'))
      logger.info('screens: reconciling', { reason, displays: displays.length, how: plan.how });
    windows.apply(actions);
    if (JSON.stringify(plan.remembered) !== JSON.stringify(remembered)) {
      remembered = plan.remembered;
      try {
        memory.write(remembered);
      } catch (err) {
        logger.error('screens: the mapping could not be saved', { error: err });
      }
    }
  };

  const sampleMemory = (): void => {
    const byPid = new Map(options.app.getAppMetrics().map((m) => [m.pid, m.memory.workingSetSize]));
    const samples = windows.rendererPids().flatMap(({ key, pid }) => {
      const kb = byPid.get(pid);
      return kb === undefined ? [] : [{ key, workingSetKb: kb }];
    });
    recovery.memorySampled(samples, options.view().kiosk.panelMemoryLimitMb);
  };

  const tick = (): void => {
    reconcile('periodic');
    windows.beat();
    const now = new Date();
    const hour = options.view().kiosk.nightlyReloadHour;
    const night = checkNightlyReload(nightly, now, hour);
    nightly = night.schedule;
    if (night.reloadNow) {
      logger.info('recovery: nightly reload of every panel', { reason: `nightly reload at ${hour}:00` });
      windows.reloadAll();
    }
    if (now.getTime() - lastMemoryCheck >= MEMORY_EVERY_MS) {
      lastMemoryCheck = now.getTime();
      sampleMemory();
    }
  };

  const onDisplays = (event: string) => () => reconcile(event);
  const listeners: Array<[string, () => void]> = [
    ['display-added', onDisplays('display-added')],
    ['display-removed', onDisplays('display-removed')],
    ['display-metrics-changed', onDisplays('display-metrics-changed')],
  ];
  for (const [event, listener] of listeners) screen.on(event as 'display-added', listener);
  const onResume = () => reconcile('resume');
  const onUnlock = () => reconcile('unlock-screen');
  powerMonitor.on('resume', onResume);
  powerMonitor.on('unlock-screen', onUnlock);
  const timer = setInterval(tick, TICK_MS);

  reconcile('start');
  tick();
  return {
    reconcile,
    stop() {
      clearInterval(timer);
      for (const [event, listener] of listeners) screen.off(event as 'display-added', listener);
      powerMonitor.off('resume', onResume);
      powerMonitor.off('unlock-screen', onUnlock);
    },
  };
}
