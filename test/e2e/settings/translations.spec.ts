// Every word on a French settings page is French, and on an English one English: the whole settings window
// walked in both languages on the real wall — the PIN prompt, each step of the guided setup (each network's
// form), each view of the page with what the server says in it (Test connection, a refused save, a failing
// source's health, moderation's audit, an import refused or a config.json named), read by
// support/untranslated.ts. Data (ids, names, posts) and a network's own quoted words declare themselves.
import { expect, test } from '@playwright/test';
import { adminTokenOf } from '../../../src/main/electron/settings/settings-access.ts';
import { en } from '../../../src/renderer/i18n/en.ts';
import { fr } from '../../../src/renderer/i18n/fr.ts';
import type { SettingsResponse } from '../../../src/shared/settings-contract.ts';
import { knownStrings } from '../support/known-strings.ts';
import { guardPage } from '../support/page-guards.ts';
import { vouchLikeTheKioskShell } from '../support/settings-window.ts';
import { openView } from '../support/settings-views.ts';
import { startWall } from '../support/start-wall.ts';
import { shownTexts, untranslated } from '../support/untranslated.ts';

const PIN = '482916';

for (const language of ['fr', 'en'] as const) {
  test(`the settings window says everything in ${language === 'fr' ? 'French' : 'English'}`, async ({ browser }) => {
    test.setTimeout(240_000);
    const words = (language === 'fr' ? fr : en).settings;
    const wall = await startWall({
      config: { language, sources: [{ id: 'demo', type: 'demo', options: { postEverySeconds: 2, backfillHours: 1 } }] },
    });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const problems: string[] = [];
    try {
      const page = await context.newPage();
      const guards = await guardPage(page);
      await page.goto(wall.settingsUrl);
      await expect(page.getByTestId('guided-setup')).toBeVisible();
      const settings = (await (await page.request.get(`${wall.origin}/api/settings`)).json()) as SettingsResponse;
      const known = knownStrings(language === 'fr' ? 'en' : 'fr', settings.connectors);
      const check = async (where: string) =>
        problems.push(...untranslated(await shownTexts(page), language, known).map((p) => `${where} — ${p}`));
      const button = (name: string) => page.getByRole('button', { name, exact: true });

      // The guided setup, step by step.
      await check('setup: PIN');
      await page.getByLabel(words.pin.newPin).fill(PIN);
      await page.getByLabel(words.pin.confirm).fill('000000');
      await button(words.setup.next).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await check('setup: PIN refused');
      await page.getByLabel(words.pin.confirm).fill(PIN);
      await button(words.setup.next).click();
      await check('setup: brand');
      await button(words.setup.next).click();
      const type = page.locator('#field-sources-1-type');
      for (const value of await type
        .locator('option')
        .evaluateAll((os) => os.map((o) => o.getAttribute('value') ?? ''))) {
        if (!value) continue;
        await type.selectOption(value);
        for (const summary of await page.locator('details:not([open]) > summary').all()) await summary.click();
        await check(`setup: account, ${value}'s form`);
      }
      // A Test connection refused by the server's checks (no webhook token, no feed): in the page's language.
      await type.selectOption('site-reviews');
      await button(words.test.button).click();
      await expect(page.getByTestId('test-result')).not.toBeEmpty();
      await check('setup: account, Test connection refused');
      await button(words.setup.next).click();
      await check('setup: screens');
      await button(words.setup.next).click();
      await check('setup: language');
      await button(words.setup.skip).click();

      // The page, view by view.
      await expect(page.getByTestId('settings-page')).toBeVisible();
      await check('sources');
      const demo = page.locator('[data-testid="source-row"][data-source="demo"]');
      await demo.getByRole('button', { name: new RegExp(`^${words.sources.edit}`) }).click();
      await button(words.test.button).first().click();
      await expect(demo.getByTestId('test-result')).not.toBeEmpty();
      await check('sources: demo open, tested');
      // The site's reviews added in the setup, whose feed cannot be reached: Test connection, then its live
      // health once saved.
      const site = page.locator('[data-testid="source-row"]').nth(1);
      await site.getByRole('button', { name: new RegExp(`^${words.sources.edit}`) }).click();
      await page.locator('#field-sources-1-options-feedUrl').fill('http://127.0.0.1:9/reviews.json');
      await site.getByRole('button', { name: words.test.button }).click();
      await expect(site.getByTestId('test-result')).toContainText(words.test.kinds.network);
      await check('sources: a failing Test connection');
      await button(words.save).click();
      await expect(page.getByTestId('save-status')).toContainText(words.saved);
      // Degraded at its first failures, failing after a few: either shows the error in the page's language.
      await expect(
        site.locator('[data-testid="source-health"]:is([data-state="degraded"], [data-state="failing"])'),
      ).toBeVisible({
        timeout: 30_000,
      });
      await check('sources: a failing source');
      // A refused save: each message next to its field.
      await openView(page, 'branding');
      await page.locator('#field-retentionDays').fill('0');
      await page.locator('#field-brand-colors-primary').fill('blue');
      await button(words.save).click();
      await expect(page.locator('#field-retentionDays')).toHaveAttribute('aria-invalid', 'true');
      await check('branding: a refused save');
      await button(words.discard).click();

      await openView(page, 'panels');
      await page.locator('[data-testid="panel-editor"][data-panel="1"]').getByLabel('Trustpilot').check();
      await page.locator('[data-testid="panel-editor"][data-panel="1"]').getByLabel('Facebook').uncheck();
      await page.locator('[data-testid="panel-editor"][data-panel="1"]').getByLabel('Instagram').uncheck();
      await expect(page.locator('[data-testid="panel-summary"][data-empty]')).toBeVisible();
      await check('panels: an empty screen');
      await button(words.discard).click();

      await openView(page, 'moderation');
      const hide = page.getByRole('button', { name: new RegExp(`^${words.moderation.recent.hide}`) }).first();
      await expect(hide).toBeVisible({ timeout: 15_000 });
      await hide.click();
      await expect(page.getByTestId('audit-entry').first()).toBeVisible();
      // A rule hides too: media-only (the posts without a picture leave), with its reason in the audit.
      await page.getByLabel(words.moderation.rules.content).selectOption('media-only');
      await button(words.save).click();
      await expect(page.locator('[data-testid="audit-entry"]').nth(1)).toBeVisible({ timeout: 15_000 });
      await check('moderation: hidden by a person and by a rule');

      await openView(page, 'profile');
      await check('profile');
      const importing = page.getByTestId('profile-import');
      const file = (name: string, body: unknown) => ({
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(body)),
      });
      await importing
        .locator('input[type="file"]')
        .setInputFiles(file('config.json', { sources: [], retentionDays: 0 }));
      await check('profile: a config.json chosen');
      await importing.getByRole('button', { name: words.profile.importButton }).click();
      await expect(importing.getByTestId('profile-import-errors')).toBeVisible();
      await check('profile: a config.json refused');
      await importing.locator('input[type="file"]').setInputFiles(file('other.json', { hello: 'world' }));
      await importing.getByRole('button', { name: words.profile.importButton }).click();
      await expect(importing.getByTestId('profile-import-errors')).toBeVisible();
      await check('profile: a file that is neither');
      expect(await guards.problems()).toEqual([]);

      // The kiosk's PIN prompt, in the PC's language.
      const windowContext = await browser.newContext({ locale: language === 'fr' ? 'fr-FR' : 'en-US' });
      try {
        await vouchLikeTheKioskShell(windowContext, wall.origin, adminTokenOf(wall.settingsUrl) ?? '');
        const prompt = await windowContext.newPage();
        await prompt.goto(`${wall.origin}/settings`);
        await prompt.getByLabel(words.pin.label).fill('1111');
        await prompt.keyboard.press('Enter');
        await expect(prompt.getByRole('alert')).toBeVisible();
        problems.push(...untranslated(await shownTexts(prompt), language, known).map((p) => `PIN prompt — ${p}`));
      } finally {
        await windowContext.close();
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await wall.stop();
    }
  });
}
