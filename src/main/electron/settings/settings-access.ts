// What the settings window opens, and what it may carry before the IT PIN (pure; test/unit/electron/settings-access.test.ts).
//  - No PIN chosen yet (first start): the admin URL (wall.settingsUrl), traded by the server for the admin
//    cookie in the window's own session, so IT can choose the PIN on the page.
//  - A PIN exists: the bare /settings page, without the admin credential. The server serves that page (and
//    the static files it needs) only to an admin, so the shell adds the admin token as a Bearer header to
//    those requests alone: the top-level document GET /settings and GETs of /assets/ and /bundled/ (static
//    files, no data). No API call ever gets it: GET /api/settings answers 401, the page shows its PIN prompt,
//    and POST /api/settings/unlock (rate limited) gives the window's session the admin cookie. The header is
//    added by the main process; the page cannot read it, and the server sets no cookie for it.
import type { Rect } from '../screens/display-fingerprint.ts';
import type { KeyInput } from '../kiosk/kiosk-keys.ts';

export interface SettingsTarget {
  /** The wall's origin (loopback). */
  origin: string;
  /** The admin URL (carries the admin token once). */
  settingsUrl: string;
}

export function settingsStartUrl(pinSet: boolean, target: SettingsTarget): string {
  return pinSet ? new URL('/settings', target.origin).href : target.settingsUrl;
}

/** The admin token inside the admin URL (`?admin=`). */
export function adminTokenOf(settingsUrl: string): string | undefined {
  return new URL(settingsUrl).searchParams.get('admin') ?? undefined;
}

/** The part of Electron's OnBeforeSendHeadersListenerDetails the decision reads. */
export interface OutgoingRequest {
  url: string;
  method: string;
  resourceType: string;
}

/** Whether the shell vouches for this request of the settings window with the admin token (see above). */
export function vouchesForRequest(request: OutgoingRequest, origin: string): boolean {
  if (request.method !== 'GET') return false;
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return false;
  }
  if (url.origin !== new URL(origin).origin) return false;
  if (url.searchParams.has('admin')) return false;
  if (url.pathname === '/settings') return request.resourceType === 'mainFrame'; // the page, never a fetch() of it
  // Static files (the built renderer, bundled images): no data in them, whatever asks.
  return /^\/(assets|bundled)\/./.test(url.pathname) && !url.pathname.includes('..');
}

/** Headers to send: the request's own, plus the admin Bearer only where the shell vouches. */
export function settingsRequestHeaders(
  request: OutgoingRequest & { requestHeaders: Record<string, string> },
  origin: string,
  adminToken: string,
): Record<string, string> {
  const headers = { ...request.requestHeaders };
  if (vouchesForRequest(request, origin)) headers['Authorization'] = `Bearer ${adminToken}`;
  return headers;
}

const PREFERRED = { width: 1200, height: 860 };
const MARGIN = 40;

/** A normal size, centred on the screen the key combination came from (its panel's window), inside it. */
export function settingsBounds(anchor: Rect | undefined): Rect {
  const area = anchor ?? { x: 0, y: 0, width: 1280, height: 900 };
  const width = Math.max(320, Math.min(PREFERRED.width, area.width - 2 * MARGIN));
  const height = Math.max(320, Math.min(PREFERRED.height, area.height - 2 * MARGIN));
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

/** The settings window's keys: Escape closes it; every other key is the page's. */
export function closesSettings(input: KeyInput): boolean {
  return (
    input.type === 'keyDown' && input.key === 'Escape' && !input.control && !input.alt && !input.shift && !input.meta
  );
}
