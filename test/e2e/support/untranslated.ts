// Finds the words of the other language on a settings page: the page's shown text (text nodes, the labels of
// controls, the options of a select, placeholders, titles) less what declares itself as data or as another
// language (translate="no": ids, names, posts; a lang attribute: a network's own message, quoted). Two
// nets: the other language's known strings (the i18n resources, the connectors' labels and option texts),
// and its function words, which catch a server's sentence no resource knows ("hidden by a person",
// "Invalid input: expected string, received undefined"). Quoted text (« … », “ … ”) is a citation, an acronym
// ("IT") or a hyphenated token ("site-reviews", "If-None-Match") an id or code: skipped.
import type { Page } from '@playwright/test';

export type Language = 'fr' | 'en';

export interface ShownText {
  text: string;
  /** The element it comes from, for the failure message. */
  where: string;
}

/** Function words (and a few words of the wall's own vocabulary) that are not words of the other language. */
const MARKERS: Record<Language, ReadonlySet<string>> = {
  // Found on a French page: English.
  en: new Set(
    (
      'the and of to is are was were with by from your you this that these not be been has have will can could ' +
      'should must would for it its in at if when which what there their they we our into than then only please ' +
      'expected received invalid input undefined hidden person stored encrypted account accounts storage reviews ' +
      'review company error failed missing unknown wrong required choose enter save saved settings screen screens ' +
      'panel panels shown show'
    ).split(' '),
  ),
  // Found on an English page: French.
  fr: new Set(
    (
      'le la les des du est et pour avec une dans pas sur vous votre vos cette qui que au aux sont être été ne ou ' +
      'leur il elle mais aucun aucune déjà très sans chez réglages écran écrans panneau panneaux enregistrer ' +
      'publication publications réseau réseaux jeton'
    ).split(' '),
  ),
};

/** Words of a text, less what is cited or technical: quotes, addresses, paths, handles, code-like tokens. */
export function wordsOf(text: string): string[] {
  const plain = text
    .replace(/«[^»]*»|“[^”]*”|"[^"]*"/g, ' ')
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .split(/\s+/)
    // Addresses, paths, handles, ids and code ("site-reviews", "If-None-Match"), and acronyms ("IT", "API").
    .filter((token) => !/[/_@#=<>{}[\]\\-]|\.\w/.test(token) && !/^\p{Lu}{2,}\W*$/u.test(token))
    .join(' ');
  return plain
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}

/**
 * The texts of a page in `language` that are in the other one: a known string of the other language (the whole
 * text for a short one, contained for a long one), or a function word of it.
 */
export function untranslated(shown: readonly ShownText[], language: Language, otherKnown: readonly string[]): string[] {
  const other: Language = language === 'fr' ? 'en' : 'fr';
  const markers = MARKERS[other];
  // A known string's literal parts ("{{count}} posts" → "posts"): the long ones are looked for inside texts.
  const long = otherKnown
    .flatMap((s) => s.split(/\{\{[^}]*\}\}/).map((part) => part.trim()))
    .filter((p) => p.length >= 14);
  const whole = new Set(otherKnown.map((s) => s.trim()));
  const problems = new Set<string>();
  for (const { text, where } of shown) {
    const t = text.replace(/\s+/g, ' ').trim();
    if (!t) continue;
    const word = wordsOf(t).find((w) => markers.has(w));
    const known = whole.has(t) ? t : long.find((p) => t.includes(p));
    if (word !== undefined || known !== undefined)
      problems.add(
        `${where}: "${t.slice(0, 140)}"${known !== undefined ? ` (${other} string)` : ` (${other} word "${word}")`}`,
      );
  }
  return [...problems];
}

/** What the page shows, as text: run in the page (a string: this code is type-checked without the DOM). */
const COLLECT = `(() => {
  const page = document.documentElement.lang;
  const out = [];
  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
    (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/)[0] : '');
  const skipped = (el) => {
    if (el.closest('script, style, noscript, datalist, [translate="no"]')) return true;
    const lang = el.closest('[lang]');
    return !!lang && lang.getAttribute('lang') !== page;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || skipped(el) || !node.textContent.trim()) continue;
    // Hidden parts are not shown; the options of a select are, once opened.
    if (!el.closest('option') && el.checkVisibility && !el.checkVisibility()) continue;
    out.push({ text: node.textContent, where: name(el) });
  }
  for (const el of document.querySelectorAll('[placeholder], [aria-label], [title], [alt], [aria-description]')) {
    if (skipped(el)) continue;
    for (const attr of ['placeholder', 'aria-label', 'title', 'alt', 'aria-description']) {
      const value = el.getAttribute(attr);
      if (value) out.push({ text: value, where: attr + ' of ' + name(el) });
    }
  }
  out.push({ text: document.title, where: 'the page title' });
  return out;
})()`;

export function shownTexts(page: Page): Promise<ShownText[]> {
  return page.evaluate<ShownText[]>(COLLECT);
}
