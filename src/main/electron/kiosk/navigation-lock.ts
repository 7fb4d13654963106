// The one place where the wall's windows are kept on the wall: no navigation off the loopback server's
// origin, no new windows, no <webview>, and no opening of links in the system browser (a kiosk has no one
// to read them). Applied to every web contents the app creates (app 'web-contents-created').
import type { WebContents } from 'electron';

/** Whether a page may navigate to `url`: only the wall's own origin (scheme, host and port all equal). */
export function isAllowedNavigation(url: string, wallOrigin: string | undefined): boolean {
  if (wallOrigin === undefined) return false;
  try {
    return new URL(url).origin === new URL(wallOrigin).origin;
  } catch {
    return false;
  }
}

export function lockNavigation(
  contents: WebContents,
  wallOrigin: () => string | undefined,
  onBlocked: (what: string, url: string) => void,
): void {
  const guard = (what: string) => (event: { preventDefault(): void; url: string }) => {
    if (isAllowedNavigation(event.url, wallOrigin())) return;
    event.preventDefault();
    onBlocked(what, event.url);
  };
  contents.on('will-navigate', guard('navigation'));
  contents.on('will-frame-navigate', guard('frame navigation'));
  contents.on('will-redirect', guard('redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    onBlocked('webview', contents.getURL());
  });
  contents.setWindowOpenHandler(({ url }) => {
    onBlocked('new window', url);
    return { action: 'deny' };
  });
}
