// Every window of the wall is made from these options, so the security flags are set in one place and
// asserted by one test (test/unit/electron/window-options.test.ts). The windows only ever show pages of
// the wall's own loopback server (or a data: page for the screen numbers), which need no Node and no
// preload: the renderer talks to the engine over HTTP like any browser would.
import type { BrowserWindowConstructorOptions } from 'electron';
import type { Rect } from '../screens/display-fingerprint.ts';

export type WindowKind = 'panel' | 'dark' | 'identify';

export interface WindowOptionsInput {
  kind: WindowKind;
  bounds: Rect;
  fullscreen: boolean;
}

export function windowOptions({ kind, bounds, fullscreen }: WindowOptionsInput): BrowserWindowConstructorOptions {
  const overlay = kind === 'identify';
  return {
    ...bounds,
    show: false, // shown once painted (ready-to-show): no white flash on a lobby screen
    frame: false,
    fullscreen,
    fullscreenable: true,
    autoHideMenuBar: true,
    backgroundColor: '#000000',
    skipTaskbar: true,
    alwaysOnTop: overlay,
    focusable: !overlay,
    resizable: !overlay,
    title: 'Social Wall',
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
      autoplayPolicy: 'no-user-gesture-required',
    },
  };
}
