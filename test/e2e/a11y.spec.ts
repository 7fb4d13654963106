// Automated accessibility check (axe-core, WCAG 2.0/2.1/2.2 A and AA rules) of every screen a person uses,
// on one real headless wall (serve CLI, demo source) and the built renderer in Chromium: the guided first
// setup (each step, with the "choose the IT PIN" step above it), the settings page's parts (sources, source
// editors open — X, Mastodon's instances —, panels and screens, branding, moderation, profile, errors), the
// PIN prompt as the kiosk's settings window opens it, and the wall's panels (feed and statistics). A new
// violation fails.
//
// What axe cannot judge (reading order, whether a name makes sense, focus after an action) is asserted by the
// feature specs; this one is the floor under all of them.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { adminTokenOf } from '../../src/main/electron/settings/settings-access.ts';
import { openView } from './support/settings-views.ts';
import { guardPage, type PageGuards } from './support/page-guards.ts';
import { vouchLikeTheKioskShell } from './support/settings-window.ts';
import { startWall, type RunningWall } from './support/start-wall.ts';

test.describe.configure({ mode: 'serial' });

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SETTINGS_VIEWPORT = { width: 1280, height: 860 };

/**
 * Known exceptions: one rule on one selector, each with the reason. Everything else fails the test.
 * Keep this empty unless a rule is wrong for a design that was chosen on purpose.
 */
const ACCEPTED: { rule: string; selector: string; why: string }[] = [];

let wall: RunningWall;
let admin: BrowserContext;
let settings: Page;
let guards: PageGuards;

test.beforeAll(async ({ browser }) => {
  wall = await startWall({
    config: {
      sources: [{ id: 'demo', type: 'demo', options: { postEverySeconds: 2, backfillHours: 2 } }],
      brand: { name: 'Atelier Nova', hashtags: ['AtelierNova'], handles: ['@ateliernova'] },
      panels: [
        { id: '1', title: 'Nos clients', type: 'feed' },
        { id: '2', title: 'Statistiques', type: 'stats' },
        // The demo posts on none of these: the empty feed (hashtags, handles, QR code).
        { id: '3', title: 'Mastodon', type: 'feed', networks: ['mastodon'] },
      ],
    },
  });
  // Reduced motion: axe reads colours of elements at rest, not halfway through a fade.
  admin = await browser.newContext({ viewport: SETTINGS_VIEWPORT, reducedMotion: 'reduce' });
  settings = await admin.newPage();
  guards = await guardPage(settings);
});

test.afterAll(async () => {
  await admin?.close();
  await wall?.stop();
});

test.afterEach(async () => {
  expect(await guards.problems()).toEqual([]);
});

/** axe's violations on the page (or inside `include`), one line per element, less the accepted ones. */
async function violations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations.flatMap((v) =>
    v.nodes
      .filter((n) => !ACCEPTED.some((a) => a.rule === v.id && n.target.join(' ') === a.selector))
      .map(
        (n) =>
          `${v.id} (${v.impact ?? '?'}): ${v.help} — ${n.target.join(' ')}\n    ${(n.failureSummary ?? '').replace(/\n/g, '\n    ')}\n    ${n.html}`,
      ),
  );
}

async function expectAccessible(page: Page, include?: string): Promise<void> {
  expect(await violations(page, include), `axe violations${include ? ` in ${include}` : ''}`).toEqual([]);
}

// One step after another on the same page (serial): each test is a few axe runs, so that a busy machine
// spends its time budget on each step's own checks rather than on the whole walk.
test.describe('the guided first setup', () => {
  test('the IT PIN step first, then its error tied to the field', async () => {
    expect((await settings.goto(wall.settingsUrl))?.status()).toBe(200);
    await expect(settings.getByTestId('guided-setup')).toBeVisible();
    await expect(settings.getByRole('heading', { name: 'Code IT' })).toBeFocused();
    await expectAccessible(settings);
    // A PIN that does not match its confirmation: the error shown and tied to the field.
    await settings.getByLabel('Nouveau code IT').fill('1234');
    await settings.getByLabel('Confirmez le code').fill('9999');
    await settings.getByRole('button', { name: 'Continuer' }).click();
    await expect(settings.getByRole('alert')).toBeVisible();
    await expectAccessible(settings);
  });

  test('the brand and the first account, with a network’s generated form', async () => {
    await settings.getByLabel('Confirmez le code').fill('1234');
    await settings.getByRole('button', { name: 'Continuer' }).click();
    await expect(settings.getByRole('heading', { name: 'Votre marque' })).toBeFocused();
    await expectAccessible(settings);

    await settings.getByLabel('Nom de la marque').fill('Garage Lumière');
    await settings.getByRole('button', { name: 'Continuer' }).click();
    await expect(settings.getByRole('heading', { name: 'Premier compte' })).toBeFocused();
    await expectAccessible(settings);
    // A network chosen: its generated form (a secret among the fields).
    await settings.getByLabel('Réseau').selectOption('x');
    await expect(settings.locator('#field-sources-1-options-bearerToken')).toBeVisible();
    await expectAccessible(settings);
  });

  test('the screens and the language', async () => {
    await settings.getByRole('button', { name: 'Continuer' }).click();
    await expect(settings.getByRole('heading', { name: 'Les écrans' })).toBeFocused();
    await expectAccessible(settings);

    await settings.getByRole('button', { name: 'Continuer' }).click();
    await expect(settings.getByRole('heading', { name: 'Langue' })).toBeFocused();
    await expectAccessible(settings);
  });
});

test.describe('the settings page', () => {
  test.beforeAll(async () => {
    // Leave the setup without saving it: the full page, the demo source still there.
    await settings.reload();
    await settings.getByRole('button', { name: 'Passer : aller aux réglages complets' }).click();
    await expect(settings.getByTestId('settings-page')).toBeVisible();
  });

  test('the whole page as it opens', async () => {
    await expect(settings.locator('[data-source="demo"] [data-testid="source-health"]')).toBeVisible({
      timeout: 15_000,
    });
    await expectAccessible(settings);
  });

  test("sources, with the demo source's editor open and a new X source being added", async () => {
    const demo = settings.locator('[data-testid="source-row"][data-source="demo"]');
    await openView(settings, 'sources');
    await demo.getByRole('button', { name: /Modifier/ }).click();
    await expect(demo.locator('.source-row__editor')).toBeVisible();
    await settings.getByRole('button', { name: 'Ajouter une source' }).click();
    await settings.locator('#field-sources-1-type').selectOption('x');
    await expect(settings.locator('#field-sources-1-options-bearerToken')).toBeVisible();
    await expectAccessible(settings, '#sources');
  });

  test('sources: a Mastodon source, its instances one sub-form each', async () => {
    await settings.getByRole('button', { name: 'Ajouter une source' }).click();
    await settings.locator('#field-sources-2-type').selectOption('mastodon');
    await settings.getByRole('button', { name: 'Ajouter : Instance' }).click();
    await expect(settings.getByRole('group', { name: 'Instance 1' })).toBeVisible();
    await expectAccessible(settings, '#sources');
  });

  test('panels and screens', async () => {
    await openView(settings, 'panels');
    await expectAccessible(settings, '#panels');
  });

  test('branding and language', async () => {
    await openView(settings, 'branding');
    await expect(settings.locator('#branding')).toBeVisible();
    await expectAccessible(settings, '#branding');
  });

  test('moderation, with the recent posts, then a post hidden and its line in the audit', async () => {
    await openView(settings, 'moderation');
    const section = settings.getByTestId('moderation-section');
    await expect(section).toBeVisible();
    const hide = section.getByRole('button', { name: /^Masquer cette publication/ }).first();
    await expect(hide).toBeVisible({ timeout: 15_000 });
    await expectAccessible(settings, '#moderation');
    await hide.click();
    await expect(settings.getByTestId('moderation-status')).toContainText('masquée');
    await expect(settings.getByTestId('audit-entry').first()).toBeVisible();
    await expectAccessible(settings, '#moderation');
  });

  test('profile: export, import, the IT PIN, and their errors', async () => {
    await openView(settings, 'profile');
    const profile = settings.getByTestId('profile-section');
    await expect(profile).toBeVisible();
    await expectAccessible(settings, '#profile');
    const exporting = profile.getByTestId('profile-export');
    await exporting.getByLabel('Phrase de passe', { exact: true }).fill('court');
    await exporting.getByLabel('Confirmer la phrase de passe').fill('court');
    await exporting.getByRole('button', { name: 'Exporter avec les secrets scellés' }).click();
    await expect(exporting.getByRole('alert')).toBeVisible();
    const importing = profile.getByTestId('profile-import');
    const bad = { format: 'social-wall-profile', config: { retentionDays: 0 } };
    await importing
      .getByLabel('Fichier de profil (JSON)')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await importing.getByRole('button', { name: 'Importer' }).click();
    await expect(importing.getByTestId('profile-import-status')).toContainText('Rien n’a été modifié.');
    const pin = profile.getByTestId('profile-pin');
    await pin.getByLabel('Nouveau code IT').fill('12');
    await pin.getByRole('button').click();
    await expect(pin.getByRole('alert')).toBeVisible();
    await expectAccessible(settings, '#profile');
  });

  test('a refused value: the error next to its field, the save bar saying so', async () => {
    await openView(settings, 'branding');
    await settings.locator('#field-retentionDays').fill('0');
    await settings.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(settings.locator('#field-retentionDays')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(settings);
  });
});

test.describe("the PIN prompt, as the kiosk's settings window opens it", () => {
  let window: BrowserContext;
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    const adminToken = adminTokenOf(wall.settingsUrl);
    if (!adminToken) throw new Error('no admin token in the settings URL');
    const chosen = await settings.request.post(`${wall.origin}/api/settings/pin`, {
      headers: { 'x-social-wall': '1', authorization: `Bearer ${adminToken}` },
      data: { pin: '2468' },
    });
    expect(chosen.status(), await chosen.text()).toBe(200);
    window = await browser.newContext({ viewport: SETTINGS_VIEWPORT, reducedMotion: 'reduce', locale: 'fr-FR' });
    await vouchLikeTheKioskShell(window, wall.origin, adminToken);
    page = await window.newPage();
  });
  test.afterAll(async () => {
    await window?.close();
  });

  test('before and after a wrong PIN', async () => {
    const pageGuards = await guardPage(page);
    await page.goto(`${wall.origin}/settings`);
    const pin = page.getByLabel('Code IT');
    await expect(pin).toBeFocused();
    await expectAccessible(page);
    await pin.fill('1111');
    await pin.press('Enter');
    await expect(page.getByRole('alert')).toHaveText('Code incorrect. Réessayez.');
    await expectAccessible(page);
    expect(await pageGuards.problems()).toEqual([]);
  });

  test('the check itself works under the page’s CSP: an unlabelled field and dim text are caught', async () => {
    // A string, because this file is type-checked for Node, without the DOM (as in page-guards.ts).
    await page.evaluate(`{
      const input = document.createElement('input');
      input.id = 'a11y-canary-input';
      const dim = document.createElement('p');
      dim.id = 'a11y-canary-text';
      dim.textContent = 'Texte trop sombre sur le fond sombre';
      dim.style.color = '#2a2f3a';
      document.querySelector('form').append(input, dim);
    }`);
    const caught = await violations(page);
    expect(caught.some((line) => line.startsWith('label ') && line.includes('#a11y-canary-input'))).toBe(true);
    expect(caught.some((line) => line.startsWith('color-contrast ') && line.includes('#a11y-canary-text'))).toBe(true);
  });
});

test.describe('the wall panels', () => {
  let display: BrowserContext;
  test.beforeAll(async ({ browser }) => {
    display = await browser.newContext({ reducedMotion: 'reduce' });
  });
  test.afterAll(async () => {
    await display?.close();
  });

  /** Adds CSS through a constructed stylesheet: the page's CSP allows no inline style, and this must not need `bypassCSP`. */
  async function addStyles(page: Page, css: string): Promise<void> {
    await page.evaluate(`{
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(${JSON.stringify(css)});
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }`);
  }

  /**
   * The wall at rest: its arrivals and fades (a card sliding in, the spotlight's entrance, the "new" badge
   * fading after 12 s) are transient, and a colour measured half-way through one is neither the designed
   * colour nor the same twice. Reduced motion already stops the drift and the FLIP moves; this stops the rest.
   */
  async function openPanelAtRest(id: string): Promise<{ page: Page; guards: PageGuards }> {
    const page = await display.newPage();
    const pageGuards = await guardPage(page);
    expect((await page.goto(panelUrl(id)))?.status()).toBe(200);
    await addStyles(page, '*, *::before, *::after { animation: none !important; transition: none !important; }');
    return { page, guards: pageGuards };
  }

  /**
   * axe leaves the text over the panels' gradients and under the cards' highlight rings "incomplete" (it
   * cannot tell the colour behind), which is most of the wall. A second pass flattens each of them to its
   * worst case for the text on it (the lightest end under light text, the darkest under the monogram's dark
   * letters) and hides the decorative layers (the highlight ring, the fade over the cut-off last cards), so
   * the colours the wall is made of are measured.
   */
  async function expectReadableOnSolidColours(page: Page): Promise<void> {
    await addStyles(
      page,
      `body { background: color-mix(in oklab, var(--brand-primary) 40%, var(--bg)) !important; }
      .spotlight-card { background: color-mix(in oklab, var(--brand-primary) 30%, var(--surface)) !important; }
      .brand-mark { background: color-mix(in oklab, var(--brand-accent) 60%, var(--brand-primary)) !important; }
      .post-card::after, .spotlight-card::after { display: none !important; }`,
    );
    const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    const unmeasured = results.incomplete.flatMap((v) =>
      v.nodes.map((n) => `${n.target.join(' ')}: ${n.any.map((a) => a.message).join('; ')}`),
    );
    // Only what has no text to measure may stay unmeasured (the stars are drawn characters, aria-hidden; the
    // rating has its words beside them). The "new" badge sits in the head's own flow: it covers nothing.
    const acceptable = (line: string) => /only non-text characters|too short to determine/.test(line);
    expect(unmeasured.filter((line) => !acceptable(line))).toEqual([]);
    const failing = results.violations.flatMap((v) =>
      v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    );
    expect(failing, 'text below WCAG AA contrast on the flattened panel').toEqual([]);
  }

  function panelUrl(id: string): string {
    const url = wall.panels.get(id);
    if (!url) throw new Error(`no panel ${id}`);
    return url;
  }

  test('the feed', async () => {
    const { page, guards: pageGuards } = await openPanelAtRest('1');
    await expect(page.getByTestId('post-card').first()).toBeVisible({ timeout: 15_000 });
    await expectAccessible(page);
    await expectReadableOnSolidColours(page);
    expect(await pageGuards.problems()).toEqual([]);
    await page.close();
  });

  test('the empty feed, with its call to action and QR code', async () => {
    const { page, guards: pageGuards } = await openPanelAtRest('3');
    await expect(page.getByTestId('feed-empty')).toBeVisible();
    await expect(page.getByTestId('empty-qr')).toBeVisible();
    await expectAccessible(page);
    await expectReadableOnSolidColours(page);
    expect(await pageGuards.problems()).toEqual([]);
    await page.close();
  });

  test('reduced motion: arrivals and the spotlight only fade, the empty wall holds still', async () => {
    const animationOf = (page: Page, selector: string) =>
      page.evaluate<string>(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).animationName`);
    const feed = await display.newPage();
    await feed.goto(panelUrl('1'));
    await expect(feed.getByTestId('spotlight')).toBeVisible({ timeout: 15_000 });
    expect(await animationOf(feed, '.spotlight-card')).toBe('card-return');
    const empty = await display.newPage();
    await empty.goto(panelUrl('3'));
    await expect(empty.getByTestId('feed-empty')).toBeVisible();
    expect(await animationOf(empty, '.empty-feed')).toBe('none');
    await feed.close();
    await empty.close();
  });

  test('the statistics', async () => {
    const { page, guards: pageGuards } = await openPanelAtRest('2');
    await expect(page.getByTestId('stats-panel')).toBeVisible();
    await expect(page.getByTestId('sentiment')).toBeVisible();
    await expectAccessible(page);
    await expectReadableOnSolidColours(page);
    expect(await pageGuards.problems()).toEqual([]);
    await page.close();
  });
});
