// Which of the two languages the wall reads (French, English) a text is in, when its network did not say: how
// many of the text's words are each language's commonest words, accented letters tipping it to French; on a tie,
// how many of its words only one language's word lists know ("Service client injoignable, chat automatique
// inutile." has no common word of either). Set lookups over the tokens the classifiers read anyway.
import type { TokenisedText } from './text/tokens.ts';

export type Language = 'fr' | 'en';

const FRENCH_WORDS: ReadonlySet<string> = new Set(
  (
    "le la les un une des du de et est je j' tu il elle nous vous vos votre ils pas ne n' tres trop pour avec sur " +
    "dans mais ou c' ca qu' que qui mon ma mes sa son ses merci bonjour au aux chez encore toujours jamais rien plus " +
    'en ai suis sont ce cette depuis aucun aucune personne quand comment pourquoi combien si tout bien fait ' +
    'franchement vraiment voiture magasin commande moi te se lui leur y donc car demain hier aujourd jours heures ' +
    'semaines mois rendez-vous rdv svp alors ici deja apres avant'
  ).split(' '),
);
const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  (
    "the an and is are was were i i'm you your we they it it's not no very too for with in but or this that my our " +
    "thanks thank hello hi at to of never just so have has had been be do did don't can can't still nobody what why " +
    'how when will would got get again he she him her from all out up off after before ' +
    'there hours hour days minutes weeks please am us its been any one'
  ).split(' '),
);

/** "pouvez-vous", "avez-vous", "sera-t-il": only French joins a pronoun to its verb. */
const FRENCH_INVERSION = /-(?:vous|t-il|t-elle|t-on|je|nous)$/u;

/** The network's language tag read: 'fr' or 'en', 'other' for another language, undefined when it says nothing. */
export function languageTag(lang: string | undefined): Language | 'other' | undefined {
  if (!lang) return undefined;
  const primary = lang.toLowerCase().split(/[-_]/)[0];
  if (primary === 'fr' || primary === 'en') return primary;
  // "und" (undetermined) and the like carry no information.
  return primary === 'und' || primary === '' ? undefined : 'other';
}

/** English when nothing points either way (the emoji-only post, "Top 👍"). */
export function guessLanguage(text: TokenisedText, knownTo?: (folded: string) => Language | undefined): Language {
  let french = 0;
  let english = 0;
  let accents = 0;
  for (const token of text.tokens) {
    if (token.kind !== 'word') continue;
    if (FRENCH_WORDS.has(token.folded) || FRENCH_INVERSION.test(token.folded)) french += 1;
    if (ENGLISH_WORDS.has(token.folded)) english += 1;
    if (token.text !== token.folded && accents < 3 && token.text.length === token.folded.length) accents += 1;
  }
  french += accents;
  if (knownTo && french === english) {
    for (const token of text.tokens) {
      if (token.kind !== 'word') continue;
      const language = knownTo(token.folded);
      if (language === 'fr') french += 1;
      if (language === 'en') english += 1;
    }
  }
  return french > english ? 'fr' : 'en';
}
