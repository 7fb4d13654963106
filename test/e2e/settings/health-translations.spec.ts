// Every word of a source's health is in the page's language, in French and in English: a source in each
// state (starting, ok, degraded, failing, paused) and each connector note (an Instagram hashtag refused, a
// Mastodon instance failing, a brand account unknown, the live stream dropped) — read by
// support/untranslated.ts. First the real wall's own health (the demo running, a Mastodon source against two
// emulated instances, one refusing it and one not knowing the brand account, a feed nobody answers, a paused
// source); then, for the states and notes a real wall does not show on cue (starting, the three others at
// once, an Instagram week used up, a stream dropped), the wall's /api/health answer with those sources' health
// set to them, as the engine would write it. A note of a code the page does not know is quoted in English.
import { expect, test, type Page } from '@playwright/test';
import { en } from '../../../src/renderer/i18n/en.ts';
import { fr } from '../../../src/renderer/i18n/fr.ts';
import type { HealthResponse } from '../../../src/shared/api-contract.ts';
import type { HealthState, SourceHealth } from '../../../src/shared/health.ts';
import type { SourceNote } from '../../../src/shared/source-note.ts';
import type { SettingsResponse } from '../../../src/shared/settings-contract.ts';
import { startMastodonInstance, type RunningMastodonInstance } from '../../emulators/mastodon/mastodon-emulator.ts';
import { MastodonWorld } from '../../emulators/mastodon/mastodon-world.ts';
import { knownStrings } from '../support/known-strings.ts';
import { guardPage } from '../support/page-guards.ts';
import { freePort } from '../../support/free-port.ts';
import { startWall } from '../support/start-wall.ts';
import { shownTexts, untranslated } from '../support/untranslated.ts';

const NOTES: SourceNote[] = [
  {
    code: 'instagram.hashtags-refused',
    params: { hashtags: ['soldes', 'noel'], limit: 30, freesAt: '2026-03-09T10:00:00.000Z' },
    text: '#soldes, #noel not followed: the account used its 30 hashtags of the last 7 days.',
  },
  {
    code: 'mastodon.instance-failing',
    params: { instance: 'piaille.fr', kind: 'server' },
    text: 'piaille.fr: Mastodon answered 503',
  },
  {
    code: 'mastodon.account-unknown',
    params: { instance: 'mastodon.social', account: 'nova@mastodon.social' },
    text: 'Mastodon mastodon.social does not know the brand account nova@mastodon.social: check it in Settings',
  },
  {
    code: 'rss.feed-failing',
    params: { feed: 'presse.example/feed.xml', kind: 'invalid-response' },
    text: 'presse.example/feed.xml: not a feed',
  },
  { code: 'stream.reconnecting', params: { kind: 'network' }, text: 'live stream reconnecting: the stream closed' },
];
/** A note from a newer connector: the page knows no words for it and quotes its English. */
const UNKNOWN_NOTE = { code: 'bluesky.firehose-lagging', params: {}, text: 'The firehose lags by 40 s' };

/** Each source's health as the engine would write it in `state`. */
function healthIn(source: SourceHealth, state: HealthState): SourceHealth {
  const at = new Date().toISOString();
  const failing = state === 'degraded' || state === 'failing';
  const { lastSuccessAt: _never, ...starting } = source;
  return {
    ...(state === 'starting' ? starting : source),
    state,
    consecutiveFailures: state === 'failing' ? 4 : state === 'degraded' ? 1 : 0,
    ...(failing
      ? { lastError: 'HTTP 503 from the network', lastErrorKind: 'server' as const, lastErrorAt: at, nextAttemptAt: at }
      : {}),
    ...(state === 'ok'
      ? {
          notes: [...NOTES, UNKNOWN_NOTE as unknown as SourceNote],
          slowdown: { usagePercent: 82, pollEveryMs: 240_000 },
          invalidItems: 2,
          lastRefusal: { code: 'no-author' as const, detail: 'author: no id, name or handle', at },
          budget: {
            postsReadThisMonth: 120,
            estimatedSpendUsd: 0.6,
            monthlyBudgetUsd: 5,
            hashtagsUsed: 30,
            hashtagsLimit: 30,
          },
        }
      : {}),
  };
}

let instances: RunningMastodonInstance[] = [];

test.beforeAll(async () => {
  const world = new MastodonWorld();
  instances = await Promise.all([
    startMastodonInstance(world, { domain: 'mastodon.social', index: 0 }),
    startMastodonInstance(world, { domain: 'piaille.fr', index: 1, tokens: ['a-token'], requireToken: true }),
  ]);
});

test.afterAll(async () => {
  await Promise.all(instances.map((i) => i.close()));
});

async function wordsShown(page: Page, language: 'fr' | 'en', known: string[], where: string): Promise<string[]> {
  return untranslated(await shownTexts(page), language, known).map((p) => `${where} — ${p}`);
}

for (const language of ['fr', 'en'] as const) {
  test(`a source's health in each state, with each connector note, says everything in ${language === 'fr' ? 'French' : 'English'}`, async ({
    page,
  }) => {
    const words = (language === 'fr' ? fr : en).settings;
    const closed = await freePort();
    const wall = await startWall({
      config: {
        setup: 'finished',
        language,
        sources: [
          { id: 'demo', type: 'demo', options: { postEverySeconds: 5, backfillHours: 1 } },
          {
            id: 'fediverse',
            type: 'mastodon',
            options: {
              instances: instances.map((i) => i.url),
              hashtags: ['ateliernova'],
              brandAccounts: ['inconnu@mastodon.social'],
            },
          },
          { id: 'site', type: 'site-reviews', options: { feedUrl: `http://127.0.0.1:${closed}/reviews.json` } },
          { id: 'archive', type: 'demo', enabled: false },
          { id: 'spare', type: 'demo', enabled: false },
        ],
      },
    });
    try {
      const guards = await guardPage(page);
      await page.goto(wall.settingsUrl);
      await expect(page.getByTestId('settings-page')).toBeVisible();
      const settings = (await (await page.request.get(`${wall.origin}/api/settings`)).json()) as SettingsResponse;
      const known = knownStrings(language === 'fr' ? 'en' : 'fr', settings.connectors);
      const health = (id: string) => page.locator(`[data-source="${id}"] [data-testid="source-health"]`);
      const problems: string[] = [];

      // The real wall: the notes of the Mastodon source, worded by the page.
      const fediverse = health('fediverse');
      await expect(fediverse.locator('[data-code="mastodon.instance-failing"]')).toContainText(
        new URL(instances[1]!.url).host,
      );
      await expect(fediverse.locator('[data-code="mastodon.account-unknown"]')).toContainText(
        'inconnu@mastodon.social',
      );
      await expect(health('demo')).toHaveAttribute('data-state', 'ok');
      await expect(health('site')).toHaveAttribute('data-state', /degraded|failing/);
      await expect(health('archive')).toHaveAttribute('data-state', 'paused');
      problems.push(...(await wordsShown(page, language, known, 'the real wall')));

      // Every state and every note at once, as the engine writes them.
      const states: Record<string, HealthState> = {
        demo: 'starting',
        fediverse: 'ok',
        site: 'degraded',
        archive: 'failing',
        spare: 'paused',
      };
      await page.route('**/api/health', async (route) => {
        const real = (await (await route.fetch()).json()) as HealthResponse;
        const sources = real.sources.map((s) => (states[s.sourceId] ? healthIn(s, states[s.sourceId]!) : s));
        await route.fulfill({ json: { ...real, sources } satisfies HealthResponse });
      });
      await page.reload();
      for (const [id, state] of Object.entries(states)) await expect(health(id)).toHaveAttribute('data-state', state);
      for (const note of NOTES) await expect(fediverse.locator(`[data-code="${note.code}"]`)).toBeVisible();
      // Worded by the page, not quoted: no part of a known note is in another language.
      await expect(
        fediverse.locator(`[data-testid="source-note"]:not([data-code="${UNKNOWN_NOTE.code}"]) [lang]`),
      ).toHaveCount(0);
      // The unknown code: the connector's English, quoted, after the page's own words.
      await expect(fediverse.locator(`[data-code="${UNKNOWN_NOTE.code}"]`)).toHaveText(
        `${words.health.connectorNote} ${UNKNOWN_NOTE.text}`,
      );
      await expect(fediverse.locator(`[data-code="${UNKNOWN_NOTE.code}"] [lang="en"]`)).toHaveText(UNKNOWN_NOTE.text);
      problems.push(...(await wordsShown(page, language, known, 'every state')));
      if (process.env.SCREENSHOTS === '1' && language === 'fr') {
        // Tall enough for the whole list: the sticky Save bar stays below it.
        await page.setViewportSize({ width: 1440, height: 2300 });
        await page.screenshot({ path: 'docs/screenshots/settings-source-health.png' });
      }
      expect(problems).toEqual([]);
      expect(await guards.problems()).toEqual([]);
    } finally {
      await wall.stop();
    }
  });
}
