// The wall's windows, one per placement of the screen plan: creates, moves, restores, shows, hides, closes
// and reloads them, asks each page for its heartbeat, and reports their failures. Thin by design: what
// goes where is decided by screen-plan.ts and reconcile-windows.ts, when a page is hung by heartbeat.ts,
// how to recover by recovery-controller.ts.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { Logger } from '../../logger.ts';
import { HIDDEN_CURSOR_CSS } from '../kiosk/hidden-cursor.ts';
import { decideKey, type KioskShortcuts } from '../kiosk/kiosk-keys.ts';
import type { SettingsOpener } from '../kiosk/settings-opener.ts';
import { windowOptions } from '../kiosk/window-options.ts';
import { IDLE, MISSES_TO_HANG, onTick, type BeatState } from '../recovery/heartbeat.ts';
import type { FailureKind } from '../recovery/recovery-budget.ts';
import type { WindowAction, WindowState } from '../screens/reconcile-windows.ts';
import type { WindowContent, WindowPlacement } from '../screens/screen-plan.ts';

/** A black page for displays without a panel (no script, nothing to load). */
export const DARK_PAGE_URL =
  'data:text/html;charset=utf-8,' +
  encodeURIComponent('<!doctype html><title>Social Wall</title><style>html{background:#000}</style>');

/** The isolated world the heartbeat runs in (any id but 0, the page's own). */
const HEARTBEAT_WORLD = 1_999;

export interface KioskWindowsOptions {
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  /** The URL of a panel (with its display token, traded for a cookie by the server). */
  panelUrl: (panelId: string) => string | undefined;
  /** Read at each key: IT may change the settings keys while the wall runs. */
  shortcuts: () => KioskShortcuts;
  settings: SettingsOpener;
  identifyScreens: () => void;
  onFailure: (key: string, kind: FailureKind, detail: Record<string, unknown>) => void;
  /** A window was minimised: the shell reconciles at once rather than at its next tick. */
  onDisturbed: (key: string) => void;
  /** A panel's page answered its heartbeat (it runs): a new version's update trial counts them. */
  onAlive?: (key: string) => void;
  logger: Logger;
}

interface Entry {
  window: BrowserWindow;
  content: WindowContent;
  /** What the plan wants. */
  visible: boolean;
  /** Shown once painted; until then its visibility is the plan's, so nothing shows it early. */
  painted: boolean;
  beat: BeatState;
  /** Counts loads, so that an answer from the page before a reload is not taken for the new page's. */
  generation: number;
  /** Its renderer was killed because it hung (already reported: the crash that follows is not news). */
  killedForHang: boolean;
}

export class KioskWindows {
  private readonly windows = new Map<string, Entry>();
  private closingAllowed = false;

  constructor(private readonly options: KioskWindowsOptions) {}

  states(): WindowState[] {
    return [...this.windows].map(([key, { window, visible, painted }]) => ({
      key,
      bounds: window.getBounds(),
      fullscreen: window.isFullScreen(),
      visible: painted ? window.isVisible() && !window.isMinimized() : visible,
      minimized: painted && window.isMinimized(),
    }));
  }

  apply(actions: readonly WindowAction[]): void {
    for (const action of actions) {
      const key = action.type === 'create' ? action.placement.key : action.key;
      const entry = this.windows.get(key);
      if (action.type === 'create') this.create(action.placement);
      else if (action.type === 'move') this.move(key, action);
      else if (action.type === 'close') this.close(key);
      else if (action.type === 'restore') this.restore(key);
      else this.setVisible(key, action.type === 'show');
      // Rotation shows and hides all day long; a window the plan had on screen and someone took off is news.
      const disturbed = action.type === 'restore' || (action.type === 'show' && entry?.visible === true);
      if (disturbed)
        this.options.logger.warn(
          `screens: window ${action.type === 'restore' ? 'restored' : 'shown'}: it was taken off its screen`,
          {
            key,
          },
        );
      else if (action.type !== 'show' && action.type !== 'hide')
        this.options.logger.info(`screens: window ${action.type}`, { key });
    }
  }

  /** One heartbeat tick: asks every loaded page, and reports those that stayed silent too long. */
  beat(): void {
    for (const [key, entry] of this.windows) {
      const contents = entry.window.webContents;
      if (entry.window.isDestroyed() || contents.isLoading()) continue;
      const step = onTick(entry.beat);
      entry.beat = step.state;
      if (step.hung) this.hung(key, entry);
      if (!step.ask) continue;
      const generation = entry.generation;
      contents.executeJavaScriptInIsolatedWorld(HEARTBEAT_WORLD, [{ code: 'document.readyState' }]).then(
        () => {
          if (entry.generation !== generation) return;
          entry.beat = IDLE;
          if (entry.content.kind === 'panel') this.options.onAlive?.(key);
        },
        () => undefined, // the page went (crash, reload): its own events say so
      );
    }
  }

  /** The windows that show a panel (not the dark ones). */
  panelKeys(): string[] {
    return [...this.windows].filter(([, entry]) => entry.content.kind === 'panel').map(([key]) => key);
  }

  reload(key: string): void {
    const entry = this.windows.get(key);
    if (!entry || entry.window.isDestroyed()) return;
    const url = this.urlOf(entry.content);
    if (url !== undefined) void entry.window.webContents.loadURL(url).catch(() => undefined); // failures arrive as did-fail-load
  }

  reloadAll(): void {
    for (const key of this.windows.keys()) this.reload(key);
  }

  /** Called when the app quits on purpose: the windows may close. */
  allowClosing(): void {
    this.closingAllowed = true;
  }

  rendererPids(): Array<{ key: string; pid: number }> {
    return [...this.windows].flatMap(([key, { window }]) =>
      window.isDestroyed() ? [] : [{ key, pid: window.webContents.getOSProcessId() }],
    );
  }

  private urlOf(content: WindowContent): string | undefined {
    return content.kind === 'panel' ? this.options.panelUrl(content.panelId) : DARK_PAGE_URL;
  }

  private create(placement: WindowPlacement): void {
    const { key, content } = placement;
    const window = this.options.createWindow(
      windowOptions({ kind: content.kind, bounds: placement.bounds, fullscreen: placement.fullscreen }),
    );
    const entry: Entry = {
      window,
      content,
      visible: placement.visible,
      painted: false,
      beat: IDLE,
      generation: 0,
      killedForHang: false,
    };
    this.windows.set(key, entry);
    window.removeMenu();
    window.once('ready-to-show', () => {
      entry.painted = true;
      // show() focuses: a focused panel receives the settings key combination (nothing else does).
      if (this.windows.get(key)?.visible) window.show();
    });
    window.on('close', (event) => {
      if (this.closingAllowed || !this.windows.has(key)) return;
      event.preventDefault(); // Alt+F4 or the window manager: a kiosk window does not close
      this.options.logger.warn('kiosk: a window was asked to close; it stays', { key });
    });
    window.on('minimize', () => this.options.onDisturbed(key));
    this.watch(key, entry);
    const url = this.urlOf(content);
    if (url !== undefined) void window.webContents.loadURL(url).catch(() => undefined);
  }

  private watch(key: string, entry: Entry): void {
    const contents = entry.window.webContents;
    const { onFailure, settings, identifyScreens } = this.options;
    contents.on('dom-ready', () => void contents.insertCSS(HIDDEN_CURSOR_CSS).catch(() => undefined));
    contents.on('did-start-loading', () => {
      entry.generation += 1;
      entry.beat = IDLE;
    });
    contents.on('before-input-event', (event, input) => {
      event.preventDefault();
      const decision = decideKey(input, this.options.shortcuts());
      if (decision === 'open-settings') settings.open(key);
      else if (decision === 'identify-screens') identifyScreens();
    });
    contents.on('render-process-gone', (_event, details) => {
      if (entry.killedForHang) return void (entry.killedForHang = false); // reported as hung
      onFailure(key, 'crashed', { crashReason: details.reason, exitCode: details.exitCode });
    });
    contents.on('did-fail-load', (_event, errorCode, errorDescription, _url, isMainFrame) => {
      if (isMainFrame && errorCode !== -3) onFailure(key, 'load-failed', { errorCode, errorDescription }); // -3: aborted by a newer load
    });
  }

  private hung(key: string, entry: Entry): void {
    entry.killedForHang = true;
    entry.window.webContents.forcefullyCrashRenderer(); // a hung renderer would not take a reload
    this.options.onFailure(key, 'unresponsive', { silentTicks: MISSES_TO_HANG });
  }

  private move(key: string, target: { bounds: WindowPlacement['bounds']; fullscreen: boolean }): void {
    const window = this.windows.get(key)?.window;
    if (!window || window.isDestroyed()) return;
    // Leave fullscreen, move, then go fullscreen on the new display.
    if (window.isFullScreen()) window.setFullScreen(false);
    window.setBounds(target.bounds);
    if (target.fullscreen) window.setFullScreen(true);
  }

  private restore(key: string): void {
    const entry = this.windows.get(key);
    if (!entry || entry.window.isDestroyed()) return;
    entry.visible = true;
    entry.window.restore();
    entry.window.showInactive();
  }

  private setVisible(key: string, visible: boolean): void {
    const entry = this.windows.get(key);
    if (!entry || entry.window.isDestroyed()) return;
    entry.visible = visible;
    if (visible) entry.window.showInactive();
    else entry.window.hide();
  }

  private close(key: string): void {
    const entry = this.windows.get(key);
    this.windows.delete(key);
    if (entry && !entry.window.isDestroyed()) entry.window.destroy();
  }
}
