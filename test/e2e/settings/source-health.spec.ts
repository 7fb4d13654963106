// A failing source's live health on the settings page: what to do, in the page's language (from the error's
// kind), then the connector's own words. The real wall with an X source whose API address refuses
// connections (a closed loopback port): its first poll fails as a network error.
import { expect, test } from '@playwright/test';
import { guardPage } from '../support/page-guards.ts';
import { freePort, startWall } from '../support/start-wall.ts';

test('a source that cannot reach its network: "Échec (réseau)", what to check, and the connector’s words', async ({
  page,
}) => {
  const closed = await freePort();
  const wall = await startWall({
    config: {
      sources: [
        {
          id: 'x-brand',
          type: 'x',
          options: {
            baseUrl: `http://127.0.0.1:${closed}`,
            bearerToken: 'a-bearer-token-long-enough-0123456789',
            brandUserId: '2244994945',
            brandHandle: 'ateliernova',
          },
        },
      ],
      panels: [{ id: '1', title: 'X', type: 'feed' }],
    },
  });
  try {
    const guards = await guardPage(page);
    await page.goto(wall.settingsUrl);
    const health = page.locator('[data-source="x-brand"] [data-testid="source-health"]');
    await expect(health).toHaveAttribute('data-state', /degraded|failing/, { timeout: 15_000 });
    await expect(health).toContainText(
      'Échec (réseau) : le réseau ne répond pas : vérifiez la connexion Internet du PC',
    );
    await expect(health).toContainText('Dernière erreur');
    await expect(health).toContainText('X is unreachable (ECONNREFUSED)');
    expect(await guards.problems()).toEqual([]);
  } finally {
    await wall.stop();
  }
});
