// The wall's windows, one per placement of the screen plan: creates, moves, shows, hides, closes and
// reloads them, and reports their failures. Thin by design: what goes where is decided by
// screen-plan.ts and reconcile-windows.ts, how to recover by recovery-controller.ts.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import type { Logger } from '../../logger.ts';
import { HIDDEN_CURSOR_CSS } from '../kiosk/hidden-cursor.ts';
import { decideKey, type KioskShortcuts } from '../kiosk/kiosk-keys.ts';
import type { SettingsOpener } from '../kiosk/settings-opener.ts';
import { windowOptions } from '../kiosk/window-options.ts';
import type { FailureKind } from '../recovery/recovery-budget.ts';
import type { WindowAction, WindowState } from '../screens/reconcile-windows.ts';
import type { WindowContent, WindowPlacement } from '../screens/screen-plan.ts';

/** A black page for displays without a panel (no script, nothing to load). */
export const DARK_PAGE_URL =
  'data:text/html;charset=utf-8,' +
  encodeURIComponent('<!doctype html><title>Social Wall</title><style>html{background:#000}</style>');

/** A panel that stops answering this long is considered hung. */
const UNRESPONSIVE_GRACE_MS = 5_000;

export interface KioskWindowsOptions {
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  /** The URL of a panel (with its display token, traded for a cookie by the server). */
  panelUrl: (panelId: string) => string | undefined;
  shortcuts: KioskShortcuts;
  settings: SettingsOpener;
  identifyScreens: () => void;
  onFailure: (key: string, kind: FailureKind, detail: Record<string, unknown>) => void;
  logger: Logger;
}

export class KioskWindows {
  private readonly windows = new Map<string, { window: BrowserWindow; content: WindowContent; visible: boolean }>();
  private closingAllowed = false;

  constructor(private readonly options: KioskWindowsOptions) {}

  states(): WindowState[] {
    return [...this.windows].map(([key, { window, visible }]) => ({
      key,
      bounds: window.getBounds(),
      fullscreen: window.isFullScreen(),
      visible,
    }));
  }

  apply(actions: readonly WindowAction[]): void {
    for (const action of actions) {
      if (action.type === 'create') this.create(action.placement);
      else if (action.type === 'move') this.move(action.key, action);
      else if (action.type === 'close') this.close(action.key);
      else this.setVisible(action.key, action.type === 'show');
      if (action.type !== 'show' && action.type !== 'hide')
        this.options.logger.info('screens: window ' + action.type, {
          key: action.type === 'create' ? action.placement.key : action.key,
        });
    }
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
    this.windows.set(key, { window, content, visible: placement.visible });
    window.removeMenu();
    window.once('ready-to-show', () => {
      // show() focuses: a focused panel receives the settings key combination (nothing else does).
      if (this.windows.get(key)?.visible) window.show();
    });
    window.on('close', (event) => {
      if (this.closingAllowed || !this.windows.has(key)) return;
      event.preventDefault(); // Alt+F4 or the window manager: a kiosk window does not close
      this.options.logger.warn('kiosk: a window was asked to close; it stays', { key });
    });
    this.watch(key, window);
    const url = this.urlOf(content);
    if (url !== undefined) void window.webContents.loadURL(url).catch(() => undefined);
  }

  private watch(key: string, window: BrowserWindow): void {
    const contents = window.webContents;
    const { onFailure, settings, shortcuts, identifyScreens } = this.options;
    contents.on('dom-ready', () => void contents.insertCSS(HIDDEN_CURSOR_CSS).catch(() => undefined));
    contents.on('before-input-event', (event, input) => {
      event.preventDefault();
      const decision = decideKey(input, shortcuts);
      if (decision === 'open-settings') settings.open(key);
      else if (decision === 'identify-screens') identifyScreens();
    });
    let killedForHang = false;
    contents.on('render-process-gone', (_event, details) => {
      if (killedForHang) return void (killedForHang = false); // already reported as unresponsive
      onFailure(key, 'crashed', { crashReason: details.reason, exitCode: details.exitCode });
    });
    contents.on('did-fail-load', (_event, errorCode, errorDescription, _url, isMainFrame) => {
      if (isMainFrame && errorCode !== -3) onFailure(key, 'load-failed', { errorCode, errorDescription }); // -3: aborted by a newer load
    });
    let hung: NodeJS.Timeout | undefined;
    contents.on('unresponsive', () => {
      hung ??= setTimeout(() => {
        hung = undefined;
        killedForHang = true;
        contents.forcefullyCrashRenderer(); // a hung renderer would not take a reload
        onFailure(key, 'unresponsive', { graceMs: UNRESPONSIVE_GRACE_MS });
      }, UNRESPONSIVE_GRACE_MS);
    });
    contents.on('responsive', () => {
      clearTimeout(hung);
      hung = undefined;
    });
    window.on('closed', () => clearTimeout(hung));
  }

  private move(key: string, target: { bounds: WindowPlacement['bounds']; fullscreen: boolean }): void {
    const window = this.windows.get(key)?.window;
    if (!window || window.isDestroyed()) return;
    // Leave fullscreen, move, then go fullscreen on the new display.
    if (window.isFullScreen()) window.setFullScreen(false);
    window.setBounds(target.bounds);
    if (target.fullscreen) window.setFullScreen(true);
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
