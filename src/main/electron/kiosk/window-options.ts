// Every window of the wall is made from these options, so the security flags are set in one place and
// asserted by one test (test/unit/electron/window-options.test.ts). The windows only ever show pages of
// the wall's own loopback server (or a data: page for the screen numbers), which need no Node and no
// preload: the renderer talks to the engine over HTTP like any browser would. The settings window is the
// one window made for a person at a keyboard: framed (a close button), a normal size, over the wall, in
// its own in-memory session ('settings', cleared when it closes) so the admin cookie never outlives it.
import type { BrowserWindowConstructorOptions } from 'electron';
import type { Rect } from '../screens/display-fingerprint.ts';

export type WindowKind = 'panel' | 'dark' | 'identify' | 'settings';

/** The settings window's session: not 'persist:', so nothing reaches the disk; cleared on close too. */
export const SETTINGS_PARTITION = 'settings';

export interface WindowOptionsInput {
  kind: WindowKind;
  bounds: Rect;
  fullscreen: boolean;
}

export function windowOptions({ kind, bounds, fullscreen }: WindowOptionsInput): BrowserWindowConstructorOptions {
  const overlay = kind === 'identify';
  const settings = kind === 'settings';
  return {
    ...bounds,
    show: false, // shown once painted (ready-to-show): no white flash on a lobby screen
    frame: settings, // the settings window has its title bar and close button; the wall's windows none
    fullscreen: settings ? false : fullscreen,
    fullscreenable: !settings,
    autoHideMenuBar: true,
    backgroundColor: settings ? '#f6f7f9' : '#000000',
    // No taskbar button for the wall's windows: one click on it would minimise a panel. A panel minimised
    // anyway (Win+D) is restored by the shell's next reconcile (reconcile-windows.ts).
    skipTaskbar: !settings,
    alwaysOnTop: overlay || settings, // the settings open over the fullscreen panels
    focusable: !overlay,
    resizable: !overlay,
    minimizable: false, // a minimised settings window would hide behind the wall, out of reach; a panel, leave a screen
    closable: true,
    title: settings ? 'Social Wall — settings' : 'Social Wall',
    webPreferences: {
      // A post is content from strangers: even if markup slipped through, the page must not reach the
      // machine. Sandbox and isolation on, no Node, same-origin policy on, no preload.
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
      safeDialogs: true,
      // Panels keep animating and streaming when not focused (every panel is unfocused but one).
      backgroundThrottling: kind !== 'panel',
      autoplayPolicy: settings ? 'user-gesture-required' : 'no-user-gesture-required',
      ...(settings ? { partition: SETTINGS_PARTITION } : {}),
    },
  };
}
