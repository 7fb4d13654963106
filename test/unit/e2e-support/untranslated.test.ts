// The translation check of the settings pages (test/e2e/settings/translations.spec.ts) catches what the first
// hour found on French pages, and lets French, data and citations through.
import { describe, expect, it } from 'vitest';
import { untranslated, wordsOf, type ShownText } from '../../e2e/support/untranslated.ts';

const shown = (...texts: string[]): ShownText[] => texts.map((text) => ({ text, where: 'p' }));

describe('untranslated', () => {
  it('catches the English the first hour met on French pages', () => {
    const problems = untranslated(
      shown(
        "The company site's reviews (webhook, feed)",
        'hidden by a person',
        'Stockage des secrets : Secrets are encrypted with a key kept in /home/it/.local/share/social-wall/secret.key.',
        'Invalid input: expected string, received undefined',
      ),
      'fr',
      [],
    );
    expect(problems).toHaveLength(4);
  });

  it('catches a known English string without a function word, whole or inside a longer text', () => {
    expect(untranslated(shown('Trustpilot reviews'), 'fr', ['Trustpilot reviews'])).toHaveLength(1);
    expect(
      untranslated(shown('Votre compte : Google Business Profile reviews'), 'fr', ['Google Business Profile reviews']),
    ).toHaveLength(1);
  });

  it('lets French through, with its accents, elisions and the wall’s data', () => {
    expect(
      untranslated(
        shown(
          'Montrera les publications Facebook et Instagram de « demo ».',
          'L’identifiant numérique de la Page (Page → À propos → Transparence de la Page)',
          'Un jeton d’accès (Explorateur de l’API Graph → « Get Page Access Token »)',
          'Où le trouver : GET /2/users/by/username/<nom>, voir https://developer.x.com/en/docs',
        ),
        'fr',
        ['Will show the statistics of every source.'],
      ),
    ).toEqual([]);
  });

  it('catches French on an English page', () => {
    expect(untranslated(shown('Will show the posts of “demo”.', 'Cet écran restera vide'), 'en', [])).toEqual([
      'p: "Cet écran restera vide" (fr word "écran")',
    ]);
  });

  it('reads words without quotes, addresses, paths and handles', () => {
    expect(wordsOf('« Keys and tokens » at https://x.com/a and @the_brand a/b')).toEqual(['at', 'and']);
  });
});
