// Electron's settings window, as a browser context: a fresh session without the display token, and the
// shell's rule for what it vouches for with the admin token (src/main/electron/settings/settings-access.ts:
// the top-level GET of /settings and the static files, never an API call). With a PIN chosen, the page the
// context opens at /settings is the PIN prompt, as in the kiosk.
import type { BrowserContext, Route } from '@playwright/test';
import { settingsRequestHeaders } from '../../../src/main/electron/settings/settings-access.ts';

export async function vouchLikeTheKioskShell(
  context: BrowserContext,
  origin: string,
  adminToken: string,
): Promise<void> {
  await context.route('**/*', async (route: Route) => {
    const request = route.request();
    const mainFrame = request.isNavigationRequest() && request.frame() === request.frame().page().mainFrame();
    const headers = settingsRequestHeaders(
      {
        url: request.url(),
        method: request.method(),
        resourceType: mainFrame ? 'mainFrame' : request.resourceType(),
        requestHeaders: request.headers(),
      },
      origin,
      adminToken,
    );
    await route.continue({ headers });
  });
}
