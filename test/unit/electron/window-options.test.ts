import { describe, expect, it } from 'vitest';
import { windowOptions, type WindowKind } from '../../../src/main/electron/kiosk/window-options.ts';

const bounds = { x: 1920, y: 0, width: 1920, height: 1080 };
const KINDS: WindowKind[] = ['panel', 'dark', 'identify', 'settings'];

describe('window options', () => {
  it.each(KINDS)('%s: every security flag of Electron’s checklist is set', (kind) => {
    const web = windowOptions({ kind, bounds, fullscreen: true }).webPreferences!;
    expect(web.sandbox).toBe(true);
    expect(web.contextIsolation).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
    expect(web.devTools).toBe(false);
    expect(web.preload).toBeUndefined();
    expect(web).not.toHaveProperty('enableBlinkFeatures');
  });

  it('places the window on its display, frameless, hidden until painted, on black', () => {
    expect(windowOptions({ kind: 'panel', bounds, fullscreen: true })).toMatchObject({
      ...bounds,
      fullscreen: true,
      frame: false,
      show: false,
      autoHideMenuBar: true,
      backgroundColor: '#000000',
    });
    expect(windowOptions({ kind: 'panel', bounds, fullscreen: false }).fullscreen).toBe(false);
  });

  it('gives a panel no minimise button and no taskbar button to minimise it with', () => {
    expect(windowOptions({ kind: 'panel', bounds, fullscreen: true })).toMatchObject({
      minimizable: false,
      skipTaskbar: true,
    });
  });

  it('keeps panels running at full speed in the background; other windows may be throttled', () => {
    expect(windowOptions({ kind: 'panel', bounds, fullscreen: true }).webPreferences?.backgroundThrottling).toBe(false);
    expect(windowOptions({ kind: 'dark', bounds, fullscreen: true }).webPreferences?.backgroundThrottling).toBe(true);
  });

  it('makes the screen number an overlay that takes no focus', () => {
    expect(windowOptions({ kind: 'identify', bounds, fullscreen: false })).toMatchObject({
      alwaysOnTop: true,
      focusable: false,
    });
    expect(windowOptions({ kind: 'panel', bounds, fullscreen: true })).toMatchObject({
      alwaysOnTop: false,
      focusable: true,
    });
  });

  it('makes the settings a normal window over the wall: framed, closable, focusable, not fullscreen, in its own session', () => {
    const options = windowOptions({
      kind: 'settings',
      bounds: { x: 100, y: 80, width: 1200, height: 860 },
      fullscreen: true,
    });
    expect(options).toMatchObject({
      x: 100,
      y: 80,
      width: 1200,
      height: 860,
      fullscreen: false,
      fullscreenable: false,
      frame: true,
      closable: true,
      focusable: true,
      resizable: true,
      alwaysOnTop: true,
      skipTaskbar: false,
      minimizable: false,
    });
    expect(options.webPreferences?.partition).toBe('settings');
    expect(options.webPreferences?.partition).not.toMatch(/^persist:/);
    for (const kind of ['panel', 'dark', 'identify'] as const)
      expect(windowOptions({ kind, bounds, fullscreen: true }).webPreferences?.partition).toBeUndefined();
  });
});
