// A source's live health on the settings page. A failing one: what to do, in the page's language (from the
// error's kind), then the connector's own words — the real wall with an X source whose API address refuses
// connections (a closed loopback port): its first poll fails as a network error. A source some of whose items
// the wall refused (no identity, nothing to show): how many, and the last reason, in French and English. A
// Facebook source whose app has used 84 % of its hourly quota (the Graph emulator's usage headers): why its
// posts arrive late.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { MetaDataset } from '../../emulators/meta/meta-dataset.ts';
import { startMetaEmulator } from '../../emulators/meta/meta-emulator.ts';
import { makePost } from '../support/make-post.ts';
import { guardPage } from '../support/page-guards.ts';
import { freePort } from '../../support/free-port.ts';
import { makeTempDir, startWall } from '../support/start-wall.ts';

test('a source that cannot reach its network: "Échec (réseau)", what to check, and the connector’s words', async ({
  page,
}) => {
  const closed = await freePort();
  const wall = await startWall({
    config: {
      setup: 'finished',
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

for (const { language, refused, last } of [
  {
    language: 'fr' as const,
    refused: '1 élément refusé depuis la création de la source',
    last: /Dernier refus \(.+\) : rien à montrer \(ni texte, ni image, ni note\) — instagram:empty: no text/,
  },
  {
    language: 'en' as const,
    refused: '1 item refused since the source was created',
    last: /Last refused \(.+\): nothing to show \(no text, picture or rating\) — instagram:empty: no text/,
  },
]) {
  test(`refused posts counted per source with the last reason (${language})`, async ({ page }) => {
    const dir = await makeTempDir();
    const replay = join(dir, 'replay.jsonl');
    const shown = makePost({ network: 'instagram', sourceId: 'replay', text: 'Montrée' });
    // Nothing to show: no words, no picture, no rating.
    const empty = { ...makePost({ network: 'instagram', sourceId: 'replay' }), key: 'instagram:empty', text: '\n\n' };
    await writeFile(replay, `${JSON.stringify(shown)}\n${JSON.stringify(empty)}\n`);
    const wall = await startWall(
      {
        config: {
          setup: 'finished',
          language,
          sources: [{ id: 'replay', type: 'replay', options: { file: replay, speed: 'max' } }],
          panels: [{ id: '1', title: 'Instagram', type: 'feed' }],
        },
      },
      dir,
    );
    try {
      const guards = await guardPage(page);
      await page.goto(wall.settingsUrl);
      const health = page.locator('[data-source="replay"] [data-testid="source-health"]');
      await expect(health.getByTestId('source-refused')).toHaveText(refused, { timeout: 15_000 });
      await expect(health.getByTestId('source-last-refusal')).toHaveText(last);
      expect(await guards.problems()).toEqual([]);
    } finally {
      await wall.stop();
    }
  });
}

for (const { language, line } of [
  {
    language: 'fr' as const,
    line: 'Ralentie : 84 % du quota horaire de l’application utilisé — une lecture toutes les 7 min, les publications arrivent plus tard',
  },
  {
    language: 'en' as const,
    line: 'Slowed down: 84 % of the app’s hourly quota used — one poll every 7 min, so posts arrive later',
  },
]) {
  test(`Meta past 75 % of the app's quota: the source says it is slowed down and why (${language})`, async ({
    page,
  }) => {
    const data = new MetaDataset();
    data.appUsage = { call_count: 84, total_cputime: 30, total_time: 40 };
    data.addVisitorPost('Bonjour !', { id: '700001', name: 'Jane Dupont' }, Date.now() - 60_000);
    const graph = await startMetaEmulator(data);
    const wall = await startWall({
      config: {
        setup: 'finished',
        language,
        sources: [
          { id: 'fb', type: 'facebook', options: { baseUrl: graph.url, token: data.token, pageId: data.page.id } },
        ],
        panels: [{ id: '1', title: 'Facebook', type: 'feed' }],
      },
    });
    try {
      const guards = await guardPage(page);
      await page.goto(wall.settingsUrl);
      const health = page.locator('[data-source="fb"] [data-testid="source-health"]');
      await expect(health).toHaveAttribute('data-state', 'ok', { timeout: 15_000 });
      await expect(health.locator('.health__budget', { hasText: line })).toHaveCount(1);
      // The slowdown replaces the bare usage figure (one line, the one that says why).
      await expect(health).not.toContainText(language === 'fr' ? 'Utilisation de l’API' : 'API usage');
      expect(await guards.problems()).toEqual([]);
    } finally {
      await wall.stop();
      await graph.close();
    }
  });
}
