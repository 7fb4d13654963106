// The settings window (issue 7): the documented key combination on a panel opens ONE window over the wall,
// showing the wall's own /settings page. Thin: what it opens and what its requests carry is decided in
// settings-access.ts; how it looks in window-options.ts ('settings' kind). Its session (partition
// 'settings', in memory) is cleared when it closes, so the admin cookie gained with the IT PIN (or, at the
// first start, with the admin URL) does not outlive the window.
import type { BrowserWindow, BrowserWindowConstructorOptions, Session } from 'electron';
import type { Logger } from '../../logger.ts';
import { denyAllPermissions } from '../kiosk/deny-permissions.ts';
import type { SettingsOpener } from '../kiosk/settings-opener.ts';
import { windowOptions } from '../kiosk/window-options.ts';
import type { Rect } from '../screens/display-fingerprint.ts';
import {
  adminTokenOf,
  closesSettings,
  settingsBounds,
  settingsRequestHeaders,
  settingsStartUrl,
  type SettingsTarget,
} from './settings-access.ts';

export interface SettingsWindowOptions {
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  /** The settings window's session (session.fromPartition(SETTINGS_PARTITION)). */
  session: () => Session;
  /** The running wall; undefined until it listens. */
  target: () => SettingsTarget | undefined;
  /** Whether the IT PIN has been chosen (read when the window opens: IT may have just chosen it). */
  pinSet: () => boolean;
  /** Where the panel that heard the keys is (the window opens centred on that screen). */
  anchor: (fromPanel: string) => Rect | undefined;
  logger: Logger;
}

export class SettingsWindow implements SettingsOpener {
  private window: BrowserWindow | undefined;
  private readonly prepared = new WeakSet<Session>();

  constructor(private readonly options: SettingsWindowOptions) {}

  open(fromPanel: string): void {
    const { logger } = this.options;
    if (this.window && !this.window.isDestroyed()) {
      this.window.show();
      this.window.focus();
      return;
    }
    const target = this.options.target();
    const adminToken = target && adminTokenOf(target.settingsUrl);
    if (!target || adminToken === undefined)
      return logger.warn('settings requested before the wall listens: ignored', { fromPanel });
    const session = this.options.session();
    this.prepare(session, target.origin, adminToken);
    const pinSet = this.options.pinSet();
    const window = this.options.createWindow(
      windowOptions({ kind: 'settings', bounds: settingsBounds(this.options.anchor(fromPanel)), fullscreen: false }),
    );
    this.window = window;
    window.removeMenu();
    window.once('ready-to-show', () => {
      window.show();
      window.focus();
    });
    window.webContents.on('before-input-event', (event, input) => {
      if (!closesSettings(input)) return;
      event.preventDefault();
      window.close();
    });
    window.on('closed', () => {
      if (this.window === window) this.window = undefined;
      // The admin cookie (and anything else the page kept) goes with the window.
      session.clearStorageData().then(
        () => logger.info('settings window closed; its session is cleared'),
        (err: unknown) => logger.error('settings: the session could not be cleared', { error: (err as Error).message }),
      );
    });
    logger.info('settings window opened', {
      fromPanel,
      pinSet,
      page: pinSet ? 'PIN prompt' : 'first start: choose the IT PIN',
    });
    void window.webContents.loadURL(settingsStartUrl(pinSet, target)).catch(() => undefined);
  }

  /** Closes the window (the app quits). */
  close(): void {
    if (this.window && !this.window.isDestroyed()) this.window.close();
  }

  private prepare(session: Session, origin: string, adminToken: string): void {
    if (this.prepared.has(session)) return;
    this.prepared.add(session);
    denyAllPermissions(session, (permission, origin) =>
      this.options.logger.warn('settings: permission denied', { permission, origin }),
    );
    session.webRequest.onBeforeSendHeaders({ urls: [`${new URL(origin).origin}/*`] }, (details, callback) => {
      callback({ requestHeaders: settingsRequestHeaders(details, origin, adminToken) });
    });
  }
}
