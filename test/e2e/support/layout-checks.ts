// In-page layout checks of the settings window, run as strings (this code is type-checked for Node, without
// the DOM): what sticks out of its card, a page that scrolls sideways, and what hides under the Save bar.
import type { Locator, Page } from '@playwright/test';

/** The boxes that hold fields: nothing drawn inside one may stick out of it. */
const CARDS = [
  '.settings-section',
  '.source-row',
  '.panel-editor',
  '.screens-editor',
  '.profile__part',
  '.setup__step',
  '.save-bar',
  '.settings__nav',
].join(', ');

const OVERFLOWS = `(() => {
  const problems = [];
  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
    (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') +
    (el.textContent ? ' "' + el.textContent.trim().slice(0, 40) + '"' : '');
  for (const el of document.querySelectorAll('.settings *')) {
    const card = el.parentElement && el.parentElement.closest(${JSON.stringify(CARDS)});
    if (!card) continue;
    const style = getComputedStyle(el);
    // Screen-reader-only text is clipped on purpose.
    if (style.position === 'absolute' || style.position === 'fixed' || style.display === 'none') continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const c = card.getBoundingClientRect();
    const out = Math.max(r.right - c.right, c.left - r.left);
    if (out > 1) problems.push(name(el) + ' sticks out of ' + name(card).slice(0, 60) + ' by ' + Math.round(out) + ' px');
  }
  if (document.documentElement.scrollWidth > innerWidth + 1)
    problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px wide in ' + innerWidth);
  return problems;
})()`;

/** Every element of the settings that sticks out of its card, and a page wider than the window. */
export function overflows(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(OVERFLOWS);
}

/** How many pixels of `target` are hidden under the sticky Save bar (0: none). */
export async function hiddenUnderSaveBar(page: Page, target: Locator): Promise<number> {
  const box = await target.boundingBox();
  const bar = await page.getByTestId('save-bar').boundingBox();
  if (!box || !bar) return 0;
  const overlap = Math.min(box.y + box.height, bar.y + bar.height) - Math.max(box.y, bar.y);
  return Math.max(0, Math.round(overlap));
}
