// In-page checks that the words on a panel are whole, run as a string (this code is type-checked for Node,
// without the DOM): no word broken across two lines, no text cut by its own box or by a box around it. Text
// clamped on purpose (a post's text and the brand's answer end with an ellipsis; a long name too) may hide
// its end, but nothing may cut it from outside.
import type { Page } from '@playwright/test';

/** Boxes that end their text with an ellipsis on purpose. */
const CLAMPED = ['.post-card__text', '.brand-reply__text', '.post-head__name-text', '.post-head__handle'].join(', ');

const CHECK = `(() => {
  const problems = [];
  const clamped = ${JSON.stringify(CLAMPED)};
  const quote = (el) => '"' + el.textContent.trim().slice(0, 40) + '"';
  const visible = (r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  // A card wrapped beyond the edge of its column is not on screen, so not checked.
  const cardsBox = document.querySelector('[data-testid="feed-cards"]')?.getBoundingClientRect();
  const shown = (el) => {
    const card = el.closest('[data-testid="post-card"]');
    if (!card || !cardsBox) return true;
    const c = card.getBoundingClientRect();
    return c.left >= cardsBox.left - 1 && c.right <= cardsBox.right + 1 && c.bottom <= cardsBox.bottom + 1;
  };
  for (const el of document.querySelectorAll('#root *')) {
    const texts = [...el.childNodes].filter((n) => n.nodeType === 3 && n.textContent.trim());
    if (texts.length === 0) continue;
    const box = el.getBoundingClientRect();
    if (!visible(box) || !shown(el)) continue;
    const style = getComputedStyle(el);
    const isClamped = el.closest(clamped) !== null;
    // Cut by its own box, if it hides what overflows (what overflows a box that shows it is checked against the boxes around).
    const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
    if (!isClamped && clips && style.display !== 'inline' &&
        (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1))
      problems.push('cut by its own box: ' + quote(el));
    // Cut by a box around it that hides what overflows (up to its card or panel; a clamp ends the walk).
    for (let up = el.parentElement; up && up.id !== 'root'; up = up.parentElement) {
      if (up.matches(clamped)) break;
      const s = getComputedStyle(up);
      if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
        const r = up.getBoundingClientRect();
        if (box.left < r.left - 1 || box.right > r.right + 1 || box.top < r.top - 1 || box.bottom > r.bottom + 1) {
          problems.push('cut by ' + up.className + ': ' + quote(el));
          break;
        }
      }
      if (up.matches('[data-testid="post-card"], [data-testid="spotlight"]')) break;
    }
    // A word on two lines (words split at spaces and hyphens, where a line may end).
    for (const node of texts) {
      for (const word of node.textContent.matchAll(/[^\\s\\-\\u2010]+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) problems.push('word broken across lines: "' + word[0] + '" in ' + quote(el));
      }
    }
  }
  return problems;
})()`;

/** What on the panel is cut or broken, in words (empty: every word whole). */
export function cutText(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(CHECK);
}
