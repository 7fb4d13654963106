// Customers' and staff names. Customers are first × last name combinations, so regulars come back.
import type { Localised } from '../demo-topics.ts';

export const FIRST_NAMES: Localised<readonly string[]> = {
  fr: [
    'Julie', 'Thomas', 'Camille', 'Nicolas', 'Sarah', 'Mehdi', 'Léa', 'Antoine', 'Chloé', 'Karim',
    'Manon', 'Julien', 'Inès', 'Maxime', 'Pauline', 'Yanis', 'Émilie', 'Hugo', 'Clara', 'Romain',
    'Fatou', 'Baptiste', 'Océane', 'Lucas', 'Aurélie', 'Sébastien', 'Nadia', 'Kevin', 'Élodie', 'Mathieu',
    'Amina', 'Guillaume', 'Margaux', 'Rachid', 'Sophie', 'Jérôme',
  ],
  en: [
    'Emma', 'James', 'Olivia', 'Liam', 'Sophie', 'Daniel', 'Grace', 'Ryan', 'Chloe', 'Ben',
    'Hannah', 'Tom', 'Priya', 'Marcus', 'Amy', 'Jack', 'Zoe', 'Ethan', 'Lucy', 'Sam',
    'Aisha', 'Owen', 'Megan', 'Raj',
  ],
};

export const LAST_NAMES: Localised<readonly string[]> = {
  fr: [
    'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
    'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'Benali', 'Nguyen', 'Faure', 'Rousseau', 'Blanc',
    'Guérin', 'Muller', 'Henry', 'Roussel', 'Mercier', 'Bonnet', 'Diallo', 'Lambert', 'Fontaine', 'Chevalier',
    'Haddad', 'Perrin',
  ],
  en: [
    'Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Evans', 'Clarke', 'Patel', 'Walker', 'Wright',
    'Hughes', 'Green', 'Hall', 'Wood', 'Khan', 'Murphy', "O'Brien", 'Davies', 'Turner', 'Price',
  ],
};

/** The garages' staff, named in praise ("merci Karim !"). */
export const STAFF = ['Karim', 'Sophie', 'Mehdi', 'Laura', 'Julien', 'Nathalie', 'Steve', 'Aïcha'] as const;

/** Who signs the brand's answers. */
export const BRAND_SIGNATURES: Localised<readonly string[]> = {
  fr: ['— Inès, service client', '— Hugo', '^IB', '^HL', "— L'équipe Atelier Nova", '— Margot, relation client'],
  en: ['— Inès, customer care', '— Hugo', '^IB', '^HL', '— The Atelier Nova team'],
};
