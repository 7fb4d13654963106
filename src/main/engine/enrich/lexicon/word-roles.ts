// Words that change the score of the words around them, per language (folded forms): negators, intensifiers and
// softeners, contrasts, comparisons; and the words whose praise sarcasm turns around or politeness empties.
import type { Language } from '../language.ts';

type Words = ReadonlySet<string>;

/** A negator flips a scored word among the next few ("pas terrible", "not good", "zéro professionnalisme"). */
export const NEGATORS: Readonly<Record<Language, Words>> = {
  fr: new Set(['pas', 'jamais', 'rien', 'aucun', 'aucune', 'sans', 'ni', 'guere', 'zero', '0', 'nullement']),
  en: new Set([
    'not',
    'no',
    'never',
    'nothing',
    'nobody',
    'none',
    'neither',
    'nor',
    'without',
    'hardly',
    'zero',
    '0',
    'cannot',
    "can't",
    "don't",
    "doesn't",
    "didn't",
    "isn't",
    "wasn't",
    "aren't",
    "weren't",
    "won't",
    "wouldn't",
    "shouldn't",
    "couldn't",
    "haven't",
    "hasn't",
    "hadn't",
    "ain't",
  ]),
};

/** French "ne … pas": the particle before the verb, its partner after it. */
export const FRENCH_PARTICLES: Words = new Set(['ne', "n'"]);
export const FRENCH_PARTNERS: Words = new Set(['pas', 'plus', 'jamais', 'rien', 'guere', 'point', 'aucun', 'aucune']);

/** "jamais aussi bien", "never so good", "never had such a pleasant": a negator before a comparison praises. */
export const COMPARISONS: Readonly<Record<Language, Words>> = {
  fr: new Set(['aussi', 'si', 'autant', 'tant', 'tellement', 'mieux', 'meilleur', 'meilleure']),
  en: new Set(['so', 'as', 'such', 'this', 'that', 'better', 'more']),
};

/** Multiply the next scored word. */
export const INTENSIFIERS: Readonly<Record<Language, Readonly<Record<string, number>>>> = {
  fr: {
    tres: 1.5,
    vraiment: 1.5,
    trop: 1.3,
    tellement: 1.5,
    hyper: 1.5,
    extremement: 1.8,
    totalement: 1.5,
    completement: 1.5,
    absolument: 1.5,
    franchement: 1.2,
    vachement: 1.5,
    carrement: 1.5,
    particulierement: 1.3,
    peu: 0.5,
    assez: 0.8,
    plutot: 0.8,
    legerement: 0.5,
    moyennement: 0.5,
  },
  en: {
    very: 1.5,
    really: 1.5,
    so: 1.4,
    extremely: 1.8,
    totally: 1.5,
    absolutely: 1.6,
    incredibly: 1.6,
    super: 1.5,
    truly: 1.4,
    utterly: 1.8,
    completely: 1.5,
    seriously: 1.3,
    quite: 1.1,
    bit: 0.5,
    slightly: 0.5,
    somewhat: 0.7,
    kinda: 0.7,
  },
};

/** "X mais Y": what follows the contrast weighs more than what precedes it. */
export const CONTRASTS: Readonly<Record<Language, Words>> = {
  fr: new Set(['mais', 'cependant', 'pourtant', 'toutefois', 'neanmoins', 'sauf']),
  en: new Set(['but', 'however', 'though', 'although', 'yet', 'except']),
};

/** Praise words sarcasm uses ("Bravo, 3 semaines pour une pièce", "Great job, logistics"): turned when it is sarcasm. */
export const SARCASM_PRONE: Readonly<Record<Language, Words>> = {
  fr: new Set([
    'bravo',
    'super',
    'genial',
    'chapeau',
    'merci',
    'parfait',
    'top',
    'excellent',
    'adore',
    'plaisir',
    'bonheur',
    'sympa',
    'bien',
    'magnifique',
    'formidable',
    'felicitations',
    'incroyable',
    'joli',
    'beau',
    'belle',
    'brillant',
    'efficacite',
    'impressionnant',
    'ponctualite',
    'rapidite',
    'professionnalisme',
  ]),
  en: new Set([
    'great',
    'awesome',
    'brilliant',
    'thanks',
    'thank',
    'cheers',
    'love',
    'lovely',
    'wonderful',
    'fantastic',
    'amazing',
    'perfect',
    'nice',
    'joy',
    'treat',
    'pleasure',
    'excellent',
    'good',
    'well',
    'superb',
    'fabulous',
    'incredible',
    'bravo',
    'congrats',
    'congratulations',
    'impressive',
    'genius',
    'quality',
    'efficiency',
    'punctuality',
    'professionalism',
    'stellar',
  ]),
};

/** Courtesy that says nothing of the service in a question ("Combien pour une vidange ? Merci"). */
export const POLITENESS: Readonly<Record<Language, Words>> = {
  fr: new Set(['merci', 'bonjour', 'bonsoir', 'svp', 'cordialement', 'salut']),
  en: new Set(['thanks', 'thank', 'please', 'hello', 'hi', 'cheers', 'regards']),
};
