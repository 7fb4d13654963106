// The statistics panel against a scripted API (support/scripted-wall.ts), in French and English at 1920×1080:
// the headline and the tiles say the same thing about the same posts, nothing overflows its box, every word is
// in the wall's language (the default title too), stats events update it in place. With SCREENSHOTS=1 it also
// writes docs/screenshots/panel-stats-{fr,en}.png, to be looked at after each visual change.
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { PanelsResponse } from '../../src/shared/api-contract.ts';
import type { WallStats } from '../../src/shared/stats.ts';
import { sampleStats } from './fixtures/wall-stats.ts';
import { guardPage, type PageGuards } from './support/page-guards.ts';
import { ScriptedWall } from './support/scripted-wall.ts';

const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

function panels(language: 'fr' | 'en'): PanelsResponse {
  return {
    language,
    brand: {
      name: 'Atelier Nova',
      hashtags: ['ateliernova'],
      handles: [],
      colors: { primary: '#0b3d91', accent: '#ffb000' },
    },
    // The default title of the configuration, which is French: an English wall shows its own.
    panels: [{ id: '3', title: 'Statistiques', type: 'stats', networks: [], sources: [], demo: false }],
  };
}

async function open(page: Page, language: 'fr' | 'en', stats: WallStats): Promise<ScriptedWall> {
  const wall = new ScriptedWall({
    panels: panels(language),
    posts: {},
    health: { sources: [], notices: [] },
    stats,
  });
  await wall.install(page);
  await page.goto(`${wall.origin}/panel/3`);
  await expect(page.getByTestId('stats-panel')).toBeVisible();
  return wall;
}

/** Elements of the panel whose content is wider or taller than their box (text cut or spilling out). */
async function overflowing(page: Page): Promise<string[]> {
  // A string, run in the page (the tests' TypeScript has no DOM types).
  const found: unknown = await page.locator('.panel').evaluate(`(root) => {
    const out = [];
    const box = root.getBoundingClientRect();
    for (const el of root.querySelectorAll('*')) {
      if (el.closest('.chart') || el instanceof SVGElement) continue;
      const r = el.getBoundingClientRect();
      const name = el.tagName.toLowerCase() + '.' + (el.className || el.getAttribute('data-testid') || '');
      const clips = getComputedStyle(el).overflow !== 'visible';
      if (clips && el.scrollWidth > el.clientWidth + 1) out.push(name + ' cuts ' + (el.scrollWidth - el.clientWidth) + 'px wide');
      if (clips && el.scrollHeight > el.clientHeight + 1) out.push(name + ' cuts ' + (el.scrollHeight - el.clientHeight) + 'px high');
      if (r.right > box.right + 1 || r.bottom > box.bottom + 1 || r.left < box.left - 1) out.push(name + ' leaves the panel');
    }
    return out;
  }`);
  return Array.isArray(found) ? found.map(String) : [];
}

/** The tiles and the headline agree: the same posts, the same window. */
async function expectAgreement(page: Page, stats: WallStats): Promise<void> {
  const { answers } = stats;
  const headline = page.getByTestId('stats-headline');
  await expect(headline).toHaveAttribute('data-awaited', String(answers.awaited));
  await expect(headline).toHaveAttribute('data-waiting', String(answers.waiting));
  await expect(page.getByTestId('stat-answered')).toHaveAttribute('data-awaited', String(answers.awaited));
  const answered = Number(await page.getByTestId('stat-answered').getAttribute('data-answered'));
  const waiting = Number(await page.getByTestId('stat-waiting').getAttribute('data-waiting'));
  expect(answered + waiting).toBe(answers.awaited);
  expect(Number(await headline.getAttribute('data-rate'))).toBeCloseTo(answered / answers.awaited, 9);
  await expect(page.getByTestId('waiting-list')).toHaveAttribute('data-waiting', String(waiting));
}

let guards: PageGuards;

test.beforeEach(async ({ page }) => {
  guards = await guardPage(page);
});

test.afterEach(async () => {
  expect(await guards.problems()).toEqual([]);
});

test('French: the headline says the answered share against the target, the tiles agree, nothing overflows', async ({
  page,
}) => {
  const stats = sampleStats();
  await open(page, 'fr', stats);
  await expect(page.getByTestId('panel-header')).toContainText('Statistiques');
  await expect(page.getByTestId('stats-headline')).toContainText('49 % des clients ont eu une réponse — objectif 80 %');
  await expect(page.getByTestId('stats-headline')).toContainText('7 derniers jours');
  await expect(page.getByTestId('stats-headline')).toContainText(
    '312 questions et réclamations · 159 attendent encore',
  );
  await expect(page.getByTestId('stat-waiting')).toContainText('159');
  await expect(page.getByTestId('stat-waiting')).toContainText('le plus ancien depuis 2 j');
  await expect(page.getByTestId('stat-answered')).toContainText('153');
  await expect(page.getByTestId('stat-answered')).toContainText('sur 312 · 49 %');
  await expect(page.getByTestId('stat-response')).toContainText('35 min');
  await expect(page.getByTestId('stat-response')).toContainText('9 sur 10 en 4 h 20 max · objectif 1 h');
  // Ratings on one scale, each network's own scale said.
  await expect(page.getByTestId('stat-rating')).toContainText('3,8 / 5');
  await expect(page.getByTestId('network-rating').nth(1)).toHaveText('Foursquare 4,1 (8,2/10)');
  await expect(page.getByTestId('waiting-post')).toHaveCount(3);
  await expect(page.getByTestId('waiting-post').first()).toContainText('Marie');
  await expect(page.getByTestId('waiting-post').first()).toContainText('Facebook · réclamation');
  await expect(page.getByTestId('theme-waiting')).toContainText('Délais, attente');
  await expect(page.getByTestId('theme-waiting')).toHaveAttribute('data-count', '41');
  await expect(page.getByTestId('sentiment')).toContainText('Négatif 25 %');
  await expect(page.getByTestId('stats-hidden')).toContainText('Modération : rien n’est masqué');
  await expectAgreement(page, stats);
  expect(await overflowing(page)).toEqual([]);
  if (process.env.SCREENSHOTS === '1') {
    await page.waitForTimeout(1_200);
    await page.screenshot({ path: join(SCREENSHOTS, 'panel-stats-fr.png') });
  }
});

test('English: every word in English, the default title too, and nothing overflows', async ({ page }) => {
  const stats = sampleStats();
  await open(page, 'en', stats);
  await expect(page.getByTestId('panel-header')).toContainText('Statistics');
  await expect(page.getByTestId('stats-headline')).toContainText('49% of customers got an answer — target 80%');
  await expect(page.getByTestId('stats-headline')).toContainText('last 7 days');
  await expect(page.getByTestId('stat-response')).toContainText('9 in 10 within 4 h 20 · target 1 h');
  await expect(page.getByTestId('waiting-post').first()).toContainText('Facebook · complaint');
  await expect(page.getByTestId('theme-price')).toContainText('Price, bills');
  const text = await page.locator('.panel').innerText();
  for (const french of ['Statistiques', 'réponse', 'attente', 'objectif', 'aujourd', 'Modération', ' sur '])
    expect(text, french).not.toContain(french);
  await expectAgreement(page, stats);
  expect(await overflowing(page)).toEqual([]);
  if (process.env.SCREENSHOTS === '1') {
    await page.waitForTimeout(1_200);
    await page.screenshot({ path: join(SCREENSHOTS, 'panel-stats-en.png') });
  }
});

test('long names, many networks and large figures still fit, in both languages', async ({ page }) => {
  const base = sampleStats();
  const stats = sampleStats({
    perNetwork: (['facebook', 'instagram', 'x', 'google', 'trustpilot', 'mastodon', 'bluesky', 'site'] as const).map(
      (network, i) => ({ network, today: 1_000 + i * 111, total: 123_456 }),
    ),
    answers: {
      ...base.answers,
      awaited: 123_456,
      answered: 100_000,
      waiting: 23_456,
      rate: 100_000 / 123_456,
      oldestWaiting: base.answers.oldestWaiting.map((post, i) => ({
        ...post,
        // First names are capped by the engine (24 characters): the longest real ones.
        firstName: i % 2 ? 'Marie-Christine-Eugénie' : 'Jean-Christophe-Alexandr…',
      })),
    },
  });
  for (const language of ['fr', 'en'] as const) {
    await open(page, language, stats);
    await expect(page.getByTestId('stat-others')).toBeVisible();
    expect(await overflowing(page), language).toEqual([]);
  }
});

test('stats events update the figures in place; a week without questions says so', async ({ page }) => {
  const wall = await open(page, 'fr', sampleStats());
  await page
    .getByTestId('chart-last24h')
    .locator('canvas')
    .evaluate((c) => c.setAttribute('data-marked', 'yes'));
  const quiet = sampleStats({
    generatedAt: new Date(Date.now() + 1_000).toISOString(),
    hidden: 2,
    answers: {
      ...sampleStats().answers,
      awaited: 0,
      answered: 0,
      waiting: 0,
      rate: null,
      medianResponseSeconds: null,
      p90ResponseSeconds: null,
      withinTargetRate: null,
      oldestWaitSeconds: null,
      oldestWaiting: [],
    },
  });
  wall.send([{ id: '1', type: 'stats', data: { stats: quiet } }]);
  await expect(page.getByTestId('stats-headline')).toContainText(
    'Aucune question ni réclamation sur les 7 derniers jours',
  );
  await expect(page.getByTestId('stat-waiting')).toContainText('personne n’attend');
  await expect(page.getByTestId('waiting-list')).toContainText('Tout le monde a eu une réponse.');
  await expect(page.getByTestId('stats-hidden')).toContainText('2 publications masquées');
  await expect(page.getByTestId('chart-last24h').locator('canvas')).toHaveAttribute('data-marked', 'yes');
  expect(await overflowing(page)).toEqual([]);
});
