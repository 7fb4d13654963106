// Who writes on the demo wall: stable customers (first × last name) shown the way each network shows
// people, and the brand's own account.
import type { Author } from '../../shared/post.ts';
import { FIRST_NAMES, LAST_NAMES } from './corpus/people.ts';
import type { DemoLang, DemoNetwork } from './demo-topics.ts';
import { SeededRandom } from './seeded-random.ts';

export interface DemoCustomer {
  author: Author;
  firstName: string;
}

/** "Élodie" → "elodie", "O'Brien" → "obrien": what people type in handles. */
function asciiLower(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** The same person always gets the same handle, whatever the slot. */
function handleFor(first: string, last: string, personSeed: number): string {
  const rng = new SeededRandom(personSeed);
  const f = asciiLower(first);
  const l = asciiLower(last);
  const styles = [
    `${f}.${l}`,
    `${f}_${l}`,
    `${f}${l.slice(0, 1)}${rng.int(10, 99)}`,
    `${f.slice(0, 1)}${l}`,
    `${f}${l}`,
    `${f}_${rng.int(1975, 2005)}`,
  ];
  return rng.pick(styles);
}

export function pickCustomer(network: DemoNetwork, lang: DemoLang, seed: number, rng: SeededRandom): DemoCustomer {
  const firsts = FIRST_NAMES[lang];
  const lasts = LAST_NAMES[lang];
  const fi = rng.int(0, firsts.length - 1);
  const li = rng.int(0, lasts.length - 1);
  const first = firsts[fi] as string;
  const last = lasts[li] as string;
  const id = `demo-${lang}-${fi}-${li}`;
  const handle = handleFor(first, last, SeededRandom.for(seed, fi, li, lang === 'fr' ? 1 : 2).int(0, 2 ** 31));
  switch (network) {
    // Facebook pages show full names and no handle; Foursquare shows "Julie M.".
    case 'facebook':
      return { firstName: first, author: { id, name: `${first} ${last}`, isBrand: false } };
    case 'foursquare':
      return { firstName: first, author: { id, name: `${first} ${last.slice(0, 1)}.`, isBrand: false } };
    case 'instagram':
    case 'x':
      return {
        firstName: first,
        author: { id, handle, name: rng.chance(0.75) ? `${first} ${last}` : first, isBrand: false },
      };
  }
}

export function brandAuthor(network: DemoNetwork): Author {
  const author: Author = { id: 'ateliernova', name: 'Atelier Nova', isBrand: true };
  if (network === 'x' || network === 'instagram') author.handle = 'ateliernova';
  return author;
}
