// The settings window's layout at the sizes IT meets (the kiosk's settings window is 1200×860 at most; a
// laptop 1280×720, 1440×900): every view, every source form (each connector's), nothing sticking out of its
// card, no sideways scrolling, and a Test connection result never under the sticky Save bar.
import { expect, test, type Page } from '@playwright/test';
import { hiddenUnderSaveBar, overflows } from '../support/layout-checks.ts';
import { guardPage } from '../support/page-guards.ts';
import { startWall, type RunningWall } from '../support/start-wall.ts';

test.describe.configure({ mode: 'serial' });

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
];
const VIEWS = ['sources', 'panels', 'branding', 'moderation', 'profile'];

let wall: RunningWall;

test.beforeAll(async () => {
  wall = await startWall({
    config: {
      // Set up already: the page opens on the full settings, not the guided setup.
      setup: 'finished',
      sources: [
        { id: 'demo', type: 'demo', options: { postEverySeconds: 5, backfillHours: 2 } },
        { id: 'site', type: 'site-reviews', options: { webhookToken: 'layout-test-webhook-token-0123456789' } },
      ],
    },
  });
});

test.afterAll(async () => {
  await wall?.stop();
});

async function expectNoOverflow(page: Page, where: string): Promise<void> {
  expect(await overflows(page), where).toEqual([]);
}

for (const size of SIZES) {
  test(`every view at ${size.width}×${size.height}: nothing sticks out, nothing under the Save bar`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: size });
    const page = await context.newPage();
    const guards = await guardPage(page);
    try {
      await page.goto(wall.settingsUrl);
      await expect(page.getByTestId('settings-page')).toBeVisible();
      for (const view of VIEWS) {
        await page.getByRole('navigation').getByRole('link').nth(VIEWS.indexOf(view)).click();
        await expect(page.getByTestId('settings-page')).toHaveAttribute('data-view', view);
        await expectNoOverflow(page, `view ${view}`);
      }

      // Sources: each saved source open, then a new one drawn with each connector's form.
      await page.getByRole('link', { name: 'Sources' }).click();
      for (const id of ['demo', 'site']) {
        await page
          .locator(`[data-testid="source-row"][data-source="${id}"]`)
          .getByRole('button', { name: /^Modifier/ })
          .click();
        await expectNoOverflow(page, `the source ${id} open`);
      }
      await page.getByRole('button', { name: 'Ajouter une source' }).click();
      const type = page.locator('#field-sources-2-type');
      const types = await type
        .locator('option')
        .evaluateAll((options) => options.map((o) => o.getAttribute('value') ?? '').filter(Boolean));
      expect(types.length).toBeGreaterThan(8);
      for (const t of types) {
        await type.selectOption(t);
        for (const details of await page.locator('details:not([open]) > summary').all()) await details.click();
        await expectNoOverflow(page, `the form of a new ${t} source`);
      }

      // Test connection clicked just above the Save bar: its result comes into view above the bar.
      const demo = page.locator('[data-testid="source-row"][data-source="demo"]');
      await demo.getByRole('button', { name: /^Modifier/ }).click();
      const button = demo.getByRole('button', { name: 'Tester la connexion' });
      const bar = await page.getByTestId('save-bar').boundingBox();
      const box = await button.boundingBox();
      if (!bar || !box) throw new Error('no Save bar or no Test connection button');
      await page.mouse.wheel(0, box.y + box.height - (bar.y - 4));
      await expect.poll(async () => hiddenUnderSaveBar(page, button)).toBe(0);
      await button.click();
      const result = demo.getByTestId('test-result');
      await expect(result).toContainText('Connexion réussie');
      await expect.poll(async () => hiddenUnderSaveBar(page, result)).toBe(0);
      expect(await guards.problems()).toEqual([]);
    } finally {
      await context.close();
    }
  });
}
