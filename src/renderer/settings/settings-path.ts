// The renderer serves two pages: the panels (/panel/:id) and the settings window (/settings).
export function isSettingsPage(pathname: string): boolean {
  return /^\/settings\/?$/.test(pathname);
}
