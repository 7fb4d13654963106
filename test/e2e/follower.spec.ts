// A store PC's panel in Chromium with its hub gone: the last posts stay on screen and the header says, quietly,
// since when the store is offline ("hors ligne depuis 10 min"). The page's clock is set ten minutes after the
// moment the store lost the hub (Playwright's fixed time), so no test waits ten minutes.
import { expect, test } from '@playwright/test';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { HealthResponse } from '../../src/shared/api-contract.ts';
import { freePort } from '../support/free-port.ts';
import { spawnServe, type ServedWall } from '../support/spawn-serve.ts';
import { guardPage } from './support/page-guards.ts';
import { makeTempDir, startWall, type RunningWall } from './support/start-wall.ts';

const HUB_TOKEN = 'hub-display-token-e2e-0123456789abcdef';
const WEBHOOK_TOKEN = 'site-webhook-token-e2e-0123456789abcdef';

test('a store PC keeps its posts on screen with the hub gone, and says since when it is offline', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = await makeTempDir();
  const hubPort = await freePort();
  let hub: RunningWall | undefined = await startWall(
    {
      config: {
        server: { token: HUB_TOKEN },
        sources: [{ id: 'site', type: 'site-reviews', options: { webhookToken: WEBHOOK_TOKEN } }],
        panels: [{ id: 'avis', title: 'Avis des clients', type: 'feed', networks: ['site'] }],
      },
      port: hubPort,
      keepDir: true,
    },
    join(dir, 'hub'),
  );
  let store: ServedWall | undefined;
  try {
    const answer = await fetch(`http://127.0.0.1:${hubPort}/api/inbound/site`, {
      method: 'POST',
      headers: { authorization: `Bearer ${WEBHOOK_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        id: 'r1',
        author: { name: 'Chloé Martin' },
        text: 'Conseils précis et accueil chaleureux, je reviendrai.',
        rating: 5,
        createdAt: new Date(Date.now() - 20 * 60_000).toISOString(),
      }),
    });
    expect(answer.status).toBe(202);
    store = await spawnServe(['--follow', `http://127.0.0.1:${hubPort}`, '--data-dir', join(dir, 'store')], {
      SOCIAL_WALL_STORE_TOKEN: HUB_TOKEN,
    });
    const url = `${store.origin}/panel/avis?token=${store.token}`;
    const guards = await guardPage(page);
    await page.goto(url);
    const post = page.getByText('Conseils précis et accueil chaleureux');
    await expect(post.first()).toBeVisible();
    await expect(page.getByTestId('hub-link')).toHaveCount(0);

    await hub.stop();
    hub = undefined;
    const health = async () =>
      (await (
        await fetch(`${store?.origin}/api/health`, { headers: { authorization: `Bearer ${store?.token}` } })
      ).json()) as HealthResponse;
    await expect.poll(async () => (await health()).link?.state, { timeout: 30_000 }).toBe('offline');
    const since = Date.parse((await health()).link?.since ?? '');
    await page.clock.setFixedTime(new Date(since + 10 * 60_000 + 5_000));
    // The note comes with the next health read or link event; a reload is what a kiosk's recovery would do.
    await page.reload();
    await expect(page.getByTestId('hub-link')).toHaveText('hors ligne depuis 10 min');
    await expect(post.first()).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('follower-offline.png') });
    expect((await guards.problems()).filter((p) => !p.includes('Failed to fetch'))).toEqual([]);
  } finally {
    await store?.stop();
    await hub?.stop();
    await rm(dir, { recursive: true, force: true });
  }
});
