// What a complaint is about, so that the panel can say what customers expect this week: waiting, price and bills,
// getting through to someone, the quality of the work, appointments and bookings, parts and deliveries, how
// they were treated. Words of each theme in both languages, on the folded text (tokens.ts); the theme with the
// most words wins, the first listed on a tie; none found is 'other'.
import type { ComplaintTheme } from '../../../shared/post.ts';
import type { Language } from './language.ts';
import type { TokenisedText } from './text/tokens.ts';

type ThemeWords = readonly [Exclude<ComplaintTheme, 'other'>, RegExp];

const words = (source: string): RegExp => new RegExp(`(?:^| )(?:${source})(?= |$)`, 'g');

const THEMES: Readonly<Record<Language, readonly ThemeWords[]>> = {
  fr: [
    [
      'waiting',
      words(
        String.raw`attente|attendu|attendre|attends?|retards?|en retard|lent\w*|lenteur|delai\w*|toujours pas|toujours rien|depuis|semaines?|jours|des heures|une eternite|queue|patiente\w*|encore`,
      ),
    ],
    [
      'price',
      words(
        String.raw`prix|factur\w*|devis|tarifs?|cher|chere|payer|paye|payes?|euros?|\d+ ?€|€ ?\d+|rembours\w*|debite\w*|preleve\w*|frais|arnaque|surfactur\w*|hors de prix|supplement\w*`,
      ),
    ],
    [
      'contact',
      words(
        String.raw`telephone|tel|appel\w*|rappel\w*|joindre|injoignable|repond\w*|reponse|mails?|e-mail|courriel|messagerie|repondeur|standard|chat|service client|sav|raccroch\w*|decroch\w*|relance\w*`,
      ),
    ],
    [
      'quality',
      words(
        String.raw`panne|repar\w*|travail|bacle|mal fait|defaut\w*|defectueu\w*|casse\w*|abime\w*|ray\w*|rayure\w*|sale|voyant|bruit|fuite|qualite|cloque|monte\w*|conforme|probleme|souci|endommage\w*`,
      ),
    ],
    [
      'appointments',
      words(
        String.raw`rendez-vous|rdv|reservation\w*|reserve\w*|annul\w*|creneau\w*|planning|report\w*|decale\w*|surbooking|embarquement|supprime\w*`,
      ),
    ],
    [
      'parts',
      words(
        String.raw`pieces?|stock|rupture|livraison|livre\w*|colis|commande\w*|expedi\w*|recu|reception|disponib\w*|manquant\w*|incomplet\w*|valise|bagage\w*`,
      ),
    ],
    [
      'staff',
      words(
        String.raw`accueil|personnel|vendeu\w*|employe\w*|conseiller\w*|mecanicien|technicien|chef|equipe|impoli\w*|desagreable|meprisant\w*|arrogan\w*|froid|glacial|controleur|agent`,
      ),
    ],
  ],
  en: [
    [
      'waiting',
      words(
        String.raw`wait\w*|waited|late|delay\w*|slow\w*|still|yet|weeks?|days|hours|ages|forever|queue\w*|on hold|again|took`,
      ),
    ],
    [
      'price',
      words(
        String.raw`price\w*|bill\w*|invoice\w*|quote\w*|estimate|charg\w*|paid|pay\w*|cost\w*|expensive|pricey|overpriced|fees?|refund\w*|money|\$ ?\d+|\d+ ?\$|£ ?\d+|rip ?off|scam`,
      ),
    ],
    [
      'contact',
      words(
        String.raw`phone\w*|call\w*|calls|rings?|reach|unreachable|answer\w*|repl\w*|respon\w*|emails?|voicemail|chatbot|chat|customer service|hung up|hang up|hold music|agent|follows? up`,
      ),
    ],
    [
      'quality',
      words(
        String.raw`broke\w*|broken|repair\w*|fix\w*|work|sloppy|botched|faulty|defective|damage\w*|scratch\w*|dirty|stain\w*|warning light|noise|rattle|leak\w*|quality|problem|issue|fault`,
      ),
    ],
    [
      'appointments',
      words(
        String.raw`appointment\w*|booking\w*|booked|book|reservation\w*|cancel\w*|slot|reschedul\w*|overbooked|boarding|no record`,
      ),
    ],
    [
      'parts',
      words(
        String.raw`parts?|stock|delivery|deliver\w*|parcel|package|order\w*|shipping|shipped|tracking|received|missing|incomplete|suitcase|bag|luggage`,
      ),
    ],
    [
      'staff',
      words(
        String.raw`staff|rude|welcome|manager|mechanic|technician|assistant|employee\w*|cashier|driver|inspector|crew|attitude|eyes|frosty|dismissive|condescending|arrogant`,
      ),
    ],
  ],
};

export function complaintThemeOf(text: TokenisedText, language: Language): ComplaintTheme {
  let best: ComplaintTheme = 'other';
  let bestHits = 0;
  for (const [theme, pattern] of THEMES[language]) {
    pattern.lastIndex = 0;
    let hits = 0;
    while (pattern.exec(text.joined) !== null) hits += 1;
    if (hits > bestHits) {
      best = theme;
      bestHits = hits;
    }
  }
  return best;
}
