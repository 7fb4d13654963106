// "Identify screens" for IT: a big number on each display (1 = leftmost), with the display's name and
// size, for a few seconds. A small always-on-top window per display showing a data: page — not a page of
// the wall's server, so it needs no token and does not touch the panels' CSP; it has its own, with no script.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { orderLeftToRight, type DisplaySnapshot, type Rect } from '../screens/display-fingerprint.ts';
import { windowOptions } from '../kiosk/window-options.ts';

export const IDENTIFY_SECONDS = 10;
const SIZE = { width: 480, height: 360 };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function identifyPageUrl(number: number, display: DisplaySnapshot): string {
  const caption = `${display.label || 'Display'} · ${display.bounds.width}×${display.bounds.height} · id ${display.id}`;
  const html = `<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Screen ${number}</title><style>html,body{margin:0;height:100%;background:#0b3d91;color:#fff;font-family:sans-serif;display:flex;flex-direction:column;align-items:center;justify-content:center}
b{font-size:220px;line-height:1}p{font-size:20px;margin:8px 16px;text-align:center}</style><b>${number}</b><p>${escapeHtml(caption)}</p>`;
  return 'data:text/html;charset=utf-8,' + encodeURIComponent(html);
}

/** The overlay's bounds: centred on the display. */
export function centredOn(display: Rect): Rect {
  return {
    x: Math.round(display.x + (display.width - SIZE.width) / 2),
    y: Math.round(display.y + (display.height - SIZE.height) / 2),
    ...SIZE,
  };
}

/** Shows the numbers; answers how many displays show one, and for how long (the settings page says it). */
export function identifyScreens(
  displays: readonly DisplaySnapshot[],
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow,
): { screens: number; seconds: number } {
  const ordered = orderLeftToRight(displays);
  ordered.forEach((display, i) => {
    const window = createWindow(
      windowOptions({ kind: 'identify', bounds: centredOn(display.bounds), fullscreen: false }),
    );
    window.once('ready-to-show', () => window.showInactive());
    void window.loadURL(identifyPageUrl(i + 1, display)).catch(() => undefined);
    setTimeout(() => {
      if (!window.isDestroyed()) window.destroy();
    }, IDENTIFY_SECONDS * 1000);
  });
  return { screens: ordered.length, seconds: IDENTIFY_SECONDS };
}
