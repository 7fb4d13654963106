// Garages, cars and prices the customers talk about.

export interface Garage {
  /** Short name used in sentences: "Atelier Nova Lyon Part-Dieu", "l'atelier de Lyon Part-Dieu". */
  name: string;
  city: string;
  /** The city as a hashtag, without '#'. */
  cityTag: string;
}

export const GARAGES: readonly Garage[] = [
  { name: 'Lyon Part-Dieu', city: 'Lyon', cityTag: 'Lyon' },
  { name: 'Lyon Gerland', city: 'Lyon', cityTag: 'Lyon' },
  { name: 'Villeurbanne', city: 'Lyon', cityTag: 'Lyon' },
  { name: 'Paris Bastille', city: 'Paris', cityTag: 'Paris' },
  { name: 'Paris Batignolles', city: 'Paris', cityTag: 'Paris' },
  { name: 'Boulogne', city: 'Paris', cityTag: 'Paris' },
  { name: 'Bordeaux Chartrons', city: 'Bordeaux', cityTag: 'Bordeaux' },
  { name: 'Bordeaux Bastide', city: 'Bordeaux', cityTag: 'Bordeaux' },
  { name: 'Nantes', city: 'Nantes', cityTag: 'Nantes' },
  { name: 'Lille Euralille', city: 'Lille', cityTag: 'Lille' },
  { name: 'Toulouse Compans', city: 'Toulouse', cityTag: 'Toulouse' },
  { name: 'Marseille Prado', city: 'Marseille', cityTag: 'Marseille' },
];

/** Feminine in French ("ma Clio", "ma 208"), so every sentence reads right. */
export const CARS = [
  'Clio',
  '208',
  'C3',
  'Mégane',
  '3008',
  'Twingo',
  'Golf',
  'Polo',
  'Yaris',
  'Sandero',
  'Kangoo',
  'Corsa',
  'Fiat 500',
] as const;

export const ELECTRIC_CARS = ['Zoé', 'e-208', 'Mégane E-Tech', 'Model 3', 'ID.3', '500e', 'Kona'] as const;

/** Quotes, and how much more the bill said (the "price surprise" complaints). */
export const QUOTES = [89, 120, 149, 180, 240, 320, 410, 560] as const;
export const SURCHARGES = [35, 48, 60, 85, 130, 190] as const;
