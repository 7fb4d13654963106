// Read from the hall: the feed's sizes, measured from computed styles on every layout (landscape, portrait,
// 4K, a near panel) and in both languages, on fixed posts of every kind (a picture, stars, a brand answer, a
// warning, a long name, long texts). At 1920×1080 CSS px (4K ×2): the spotlit text ≥ 60 px, the other posts'
// text ≥ 40 px, author, network, time and the brand's answer ≥ 28 px, nothing that says something below
// 24 px; the spotlight and at most four other posts; a name never cut before 12 characters. A near panel
// shows up to eight posts, nothing below 24 px. On every layout, every word is whole: none broken across two
// lines, none cut by a box (text-fit-checks.ts).
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { PanelsResponse } from '../../src/shared/api-contract.ts';
import type { Language } from '../../src/shared/config.ts';
import type { Post } from '../../src/shared/post.ts';
import { makePost } from './support/make-post.ts';
import { guardPage } from './support/page-guards.ts';
import { ScriptedWall } from './support/scripted-wall.ts';
import { cutText } from './support/text-fit-checks.ts';

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString();
const LONG_NAME = 'Wilhelmina-Maximiliane Wolkenstein-Trostburg';

function posts(): Post[] {
  const customer = (key: string, minutes: number, over: Parameters<typeof makePost>[0] = {}) =>
    makePost({ key: `instagram:${key}`, network: 'instagram', createdAt: minutesAgo(minutes), ...over });
  return [
    customer('long-name', 1, {
      text: 'Accueil parfait ce matin, voiture prête avant midi. Merci à toute l’équipe ! #AtelierNova',
      author: { name: LONG_NAME, handle: 'wilhelmina' },
    }),
    customer('picture', 3, {
      text: 'Ma voiture sur le pont, enfin la bonne pièce ! Un grand merci pour la patience et les explications.',
      media: [{ type: 'image', url: '/bundled/demo/car-lift.svg', alt: 'Une voiture sur un pont élévateur' }],
    }),
    customer('question', 8, {
      text: 'Vous faites le changement de pneus le samedi ? J’aimerais passer avant les vacances, avec deux enfants.',
    }),
    makePost({
      key: 'instagram:answer',
      network: 'instagram',
      kind: 'reply',
      parentKey: 'instagram:question',
      createdAt: minutesAgo(2),
      text: 'Oui, le samedi de 8 h à 13 h, sans rendez-vous. À bientôt !',
      author: { name: 'Atelier Nova', handle: 'ateliernova', isBrand: true },
    }),
    customer('review', 12, { kind: 'review', rating: 4, text: 'Très bon accueil, un peu d’attente.' }),
    customer('warning', 15, {
      text: 'Regardez l’état de ma portière après le passage au lavage.',
      contentWarning: 'Photo d’un accident',
      media: [{ type: 'image', url: '/bundled/demo/car-lift.svg' }],
    }),
    ...Array.from({ length: 6 }, (_, i) =>
      customer(`more-${i}`, 20 + i, { text: `Merci pour le café pendant l’attente, numéro ${i}. `.repeat(4) }),
    ),
  ];
}

function panels(language: Language): PanelsResponse {
  return {
    language,
    brand: {
      name: 'Atelier Nova',
      hashtags: ['AtelierNova'],
      handles: [],
      colors: { primary: '#0b3d91', accent: '#ffb000' },
    },
    panels: [
      { id: 'hall', title: 'Instagram', type: 'feed', networks: ['instagram'], sources: [], demo: false },
      {
        id: 'near',
        title: 'Instagram',
        type: 'feed',
        networks: ['instagram'],
        sources: [],
        demo: false,
        density: 'near',
      },
    ],
  };
}

interface Measure {
  what: string;
  size: number;
  text: string;
}

/**
 * Every element on screen that carries words, with its font size in CSS px and what it is: the spotlit text,
 * a card's text, a head or answer line, or anything else. A card that wrapped beyond the edge is not on screen.
 */
async function measure(page: Page): Promise<{ items: Measure[]; cards: number; nameWidths: number[][] }> {
  // A string, because this file is type-checked for Node, without the DOM.
  return page.evaluate(`(() => {
    const cardsBox = document.querySelector('[data-testid="feed-cards"]').getBoundingClientRect();
    const onScreen = (el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) return false;
      const card = el.closest('[data-testid="post-card"]');
      if (!card) return true;
      const c = card.getBoundingClientRect();
      return c.left >= cardsBox.left - 1 && c.right <= cardsBox.right + 1 && c.bottom <= cardsBox.bottom + 1;
    };
    const kind = (el) => {
      if (el.closest('.spotlight-card .post-card__text')) return 'spotlight text';
      if (el.closest('.post-card .post-card__text')) return 'card text';
      if (el.closest('.post-head, .brand-reply, .brand-reply__label')) return 'info';
      return 'other';
    };
    const items = [];
    for (const el of document.querySelectorAll('#root *')) {
      const text = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim();
      if (!text || !onScreen(el)) continue;
      items.push({ what: kind(el), size: parseFloat(getComputedStyle(el).fontSize), text: text.slice(0, 40) });
    }
    const cards = [...document.querySelectorAll('[data-testid="post-card"]')].filter(onScreen).length;
    // Each name on screen: its box's width, and the width its first twelve characters need in its font.
    const canvas = document.createElement('canvas').getContext('2d');
    const nameWidths = [...document.querySelectorAll('.post-head__name-text')].filter(onScreen).map((el) => {
      const style = getComputedStyle(el);
      canvas.font = style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;
      return [el.getBoundingClientRect().width, canvas.measureText([...el.textContent].slice(0, 12).join('')).width];
    });
    return { items, cards, nameWidths };
  })()`);
}

const LAYOUTS = [
  { name: 'landscape 1920×1080', width: 1920, height: 1080, scale: 1 },
  { name: 'portrait 1080×1920', width: 1080, height: 1920, scale: 1 },
  { name: '4K 3840×2160', width: 3840, height: 2160, scale: 2 },
];

for (const language of ['fr', 'en'] as const) {
  for (const layout of LAYOUTS) {
    test(`hall sizes, ${layout.name}, ${language}`, async ({ page }) => {
      await checkSizes(page, language, layout, 'hall', { spotlight: 60, card: 40, info: 28, floor: 24, cards: 4 });
    });
  }
  test(`near panel sizes, 1920×1080, ${language}`, async ({ page }) => {
    const layout = { name: 'near', width: 1920, height: 1080, scale: 1 };
    await checkSizes(page, language, layout, 'near', { spotlight: 40, card: 28, info: 24, floor: 24, cards: 8 });
  });
}

async function checkSizes(
  page: Page,
  language: Language,
  layout: (typeof LAYOUTS)[number],
  panel: 'hall' | 'near',
  min: { spotlight: number; card: number; info: number; floor: number; cards: number },
): Promise<void> {
  const guards = await guardPage(page);
  await page.setViewportSize({ width: layout.width, height: layout.height });
  const all = posts();
  const wall = new ScriptedWall({
    panels: panels(language),
    posts: { hall: all, near: all },
    health: { sources: [], notices: [] },
    // A feed panel never asks for the statistics.
    stats: {} as never,
  });
  await wall.install(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${wall.origin}/panel/${panel}`);
  await expect(page.getByTestId('spotlight')).toBeVisible();
  await expect(page.getByTestId('post-card').first()).toBeVisible();
  // The stream is open: a normal wall, without the "Reconnecting…" marker.
  await expect(page.getByTestId('stream-status')).toHaveCount(0);

  if (process.env.SCREENSHOTS === '1') {
    // The layouts the default panels do not show (portrait, near, English), for docs/screenshots/.
    const name = `feed-${panel}-${layout.width}x${layout.height}-${language}.png`;
    await page.screenshot({ path: join(import.meta.dirname, '..', '..', 'docs', 'screenshots', name) });
  }
  const { items, cards, nameWidths } = await measure(page);
  const s = layout.scale;
  const below = (what: string, floor: number) =>
    items.filter((i) => i.what === what && i.size < floor * s - 0.01).map((i) => `${i.size}px "${i.text}"`);
  expect(items.filter((i) => i.what === 'spotlight text').length).toBeGreaterThan(0);
  expect(items.filter((i) => i.what === 'card text').length).toBeGreaterThan(0);
  expect(below('spotlight text', min.spotlight), 'the spotlit text').toEqual([]);
  expect(below('card text', min.card), 'the other posts’ text').toEqual([]);
  expect(below('info', min.info), 'author, network, time, the brand’s answer').toEqual([]);
  expect(below('other', min.floor), 'anything else that says something').toEqual([]);
  expect(cards).toBeGreaterThan(0);
  expect(cards).toBeLessThanOrEqual(min.cards);
  expect(await cutText(page), 'every word whole, nothing cut').toEqual([]);
  for (const [box, twelve] of nameWidths)
    expect(box, 'a name shows its first 12 characters').toBeGreaterThanOrEqual(twelve! - 1);
  wall.release();
  expect(await guards.problems()).toEqual([]);
}
