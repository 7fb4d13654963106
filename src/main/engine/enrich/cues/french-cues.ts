// French cues (cue.ts), on folded text: "ça" is "ca", "n'a" is "n' a", "déçu" is "decu".
import { cue, FEW_FR, MONEY, type Cue } from './cue.ts';

/** Up to 80 characters that do not end the sentence. */
const SAME_SENTENCE = String.raw`(?:(?! [.!?](?: |$)).){0,80}`;
const SPAN = String.raw`(?:${FEW_FR}) (?:h|heures?|min\w*|jours?|j|semaines?|sem|mois)|\d+h\d*`;

export const FRENCH_CUES: readonly Cue[] = [
  // Promises not kept: still not, still waiting, not yet.
  cue('complaint', -3, String.raw`toujours (?:pas|rien|aucune?|sans|en attente|pas de)`),
  cue(
    'complaint',
    -3,
    String.raw`(?:on|j'|nous|je) (?:attend|attends|attendons) toujours|(?:j' )?attends? (?:depuis|toujours|encore)`,
  ),
  cue(
    'complaint',
    -3,
    String.raw`toujours (?:le meme|la meme|les memes|en panne|allume|casse|pareil|en retard|en preparation|en cours)`,
  ),
  cue('complaint', -3, String.raw`(?:la|le) meme (?:panne|probleme|bruit|voyant)`),
  cue('complaint', -2, String.raw`pas encore (?:recu|livre|rembourse|eu|arrive|repare)\w*`),
  cue('complaint', -2, String.raw`toujours en attente|en attente depuis`),
  // Waits counted in hours, days, weeks.
  cue('complaint', -2, String.raw`(?:ca|sa|cela) fait (?:${SPAN})`),
  cue(
    'complaint',
    -2,
    String.raw`depuis (?:${SPAN}|ce matin|hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|des (?:heures|jours|semaines|mois))`,
  ),
  cue(
    'complaint',
    -3,
    String.raw`(?:${SPAN}) (?:d' attente|de retard|d' immobilisation|de queue|a attendre|au telephone|debout|bloques?|de (?:musique|patience) d' attente|en ligne)`,
  ),
  cue('complaint', -2, String.raw`(?:en|apres) (?:seulement|a peine|juste) (?:${FEW_FR}) (?:jours?|semaines?|mois)`),
  cue('complaint', -2, String.raw`(?:${SPAN}|${MONEY}) (?:de main d' oeuvre )?pour(?! le moment| l' instant)`),
  cue('complaint', -2, String.raw`(?:attendu|attendre|patiente) (?:${SPAN})`),
  // The same failure again.
  cue('complaint', -1, String.raw`(?<!en )(?:${FEW_FR}|\d+e|\d+eme|troisieme|quatrieme) fois`),
  cue('complaint', -1, String.raw`encore (?:un|une|des)|encore \.`),
  // Nobody answers, nobody knows.
  cue('complaint', -3, String.raw`personne (?:ne|n')|personne (?:au telephone|pour m|a l' accueil)`),
  cue(
    'complaint',
    -3,
    String.raw`ne (?:repond|rappelle|repondent|rappellent|decroche) (?:pas|jamais|plus)|n' (?:a|ont) (?:jamais|pas) (?:repondu|rappele)`,
  ),
  cue('complaint', -3, String.raw`sonne dans le vide|repondeur|injoignables?`),
  cue(
    'complaint',
    -3,
    String.raw`(?:aucune?|pas de|pas d'|pas un|pas une|zero|0|sans) (?:reponse|rappel|retour|nouvelles?|info\w*|suivi|explications?|excuses?|geste|solution|mail|appel|message|agent|interlocuteur|mot|personnel|remboursement|clim|professionnalisme|respect)`,
  ),
  cue('complaint', -3, String.raw`impossible de (?:joindre|contacter|payer|acheter|avoir|parler|reserver|obtenir)`),
  cue('complaint', -2, String.raw`sans (?:prevenir|explication|nouvelles|un mot|reponse|mon accord|raison)`),
  // Bills above the quote, charges never asked for.
  cue(
    'complaint',
    -3,
    String.raw`(?:devis|affiche|annonce|indiquait|indique)${SAME_SENTENCE}(?:factur\w*|en caisse|debite|preleve)`,
  ),
  cue(
    'complaint',
    -3,
    String.raw`(?:au-dessus|au dessus|de plus|en plus|de trop) (?:du devis|sur la facture|que le devis|que prevu)`,
  ),
  cue(
    'complaint',
    -3,
    String.raw`(?:${MONEY}|\d+ ?%) (?:de plus|en plus|supplementaires?|au-dessus|au dessus|plus cher)`,
  ),
  cue(
    'complaint',
    -3,
    String.raw`(?:factur\w*|debite|preleve)[^.!?]{0,20}(?:${FEW_FR}) fois|facture (?:salee|gonflee)`,
  ),
  cue('complaint', -3, String.raw`(?:jamais|pas) demande\w*|sans mon accord`),
  // Pointed words.
  cue('complaint', -4, String.raw`merci pour rien`),
  cue(
    'complaint',
    -3,
    String.raw`plus jamais|jamais plus|on croit rever|c' est une blague|a fuir|ne venez pas|on se debrouille`,
  ),
  cue('complaint', -3, String.raw`s' en (?:fiche|fout|moque)\w*|se (?:fiche|fout|moque)\w* (?:de|du|des)`),
  cue('complaint', -3, String.raw`je change de (?:garage|magasin|compagnie|cremerie|prestataire|banque)`),
  cue(
    'complaint',
    -3,
    String.raw`je n' y (?:retournerai|reviendrai|remettrai)|je ne (?:reviendrai|retournerai) (?:pas|plus|jamais)`,
  ),
  // Things not done, not come, not there.
  cue(
    'complaint',
    -2,
    String.raw`(?:pas|jamais) ete fait\w*|(?:pas|jamais) (?:ete )?(?:livre\w*|arrive\w*|recu\w*|rembourse\w*|rappele\w*|prevenu\w*|respecte\w*|passe|venu\w*|repare\w*|commence\w*|ouvert\w*)`,
  ),
  cue(
    'complaint',
    -2,
    String.raw`pas une seule fois|hors service|marque « ?livre|rupture de stock|(?:rien|aucun\w*|zero) en (?:stock|rayon)`,
  ),
  cue(
    'complaint',
    -2,
    String.raw`a l' envers|de travers|dans un (?:etat|sale etat)|(?:pas|non) (?:du tout )?conforme|rien a voir avec|quand (?:il|ca|elle) (?:marche|fonctionne)`,
  ),
  cue(
    'complaint',
    -2,
    String.raw`(?:j' adore|quel plaisir de|quel bonheur de) (?:payer|attendre|appeler|faire la queue)`,
  ),
  cue('complaint', -1, String.raw`« [^»]{1,40} »|" [^"]{1,40} "|coute\w* (?:${MONEY})|paye (?:${MONEY})`),
  cue('complaint', -3, String.raw`[0-3] / 10|[01] / 5|zero sur (?:dix|10)`),
  cue(
    'complaint',
    -2,
    String.raw`leve les yeux au ciel|raccroche au nez|sans un mot|fait attendre|m' a rendu|rendu (?:la voiture|le vehicule) (?:avec|sale)`,
  ),
  cue(
    'complaint',
    -3,
    String.raw`remboursez(?:-moi)?|rendez(?:-| )?moi mon argent|remboursement refuse|refus\w* (?:de )?(?:me )?rembours\w*`,
  ),
  cue('complaint', -2, String.raw`(?:une )?seule? personne pour|(?:${FEW_FR}) caisses? ouvertes?`),
  cue('complaint', -2, String.raw`(?:^|\. )c' est (?:pas )?normal \?|c' est normal \?`),
  cue(
    'complaint',
    -3,
    String.raw`n' importe quoi|foutage de gueule|(?:quelle?|c' est une) (?:blague|honte|arnaque|galere|horreur|catastrophe|plaisanterie)|ras(?:-| )le(?:-| )bol|y en a marre`,
  ),
  cue(
    'complaint',
    -3,
    String.raw`hors de prix|frais caches|prendre? pour des (?:pigeons|cons|idiots|imbeciles)|(?:du )?jamais vu (?:ca|sa|un|une)|j' ai jamais vu (?:ca|sa)`,
  ),
  cue(
    'complaint',
    -2,
    String.raw`plus cher que (?:prevu|le devis|annonce|affiche)|le double du (?:devis|prix)|(?:frais|couts?) supplementaires?`,
  ),
  cue(
    'complaint',
    -2,
    String.raw`(?:vous etes|c' est|pas) serieux \?|(?:pas|peu) serieux|(?:si|aussi|tellement|trop) (?:difficile|complique|long|lent|cher)|une eternite|des heures`,
  ),
  cue(
    'complaint',
    -2,
    String.raw`quand (?:est-ce que )?(?:(?! [.!?] ).){0,40}enfin|jamais eu (?:de|d')|(?:zero|0) (?:contact|effort|consideration|competence|serieux|organisation|communication)`,
  ),
  // Promises broken, customers lost, time wasted, effort the customer had to make.
  cue(
    'complaint',
    -2,
    String.raw`(?:on m' a|on m' avait|vous m' aviez|vous m' avez|m' a|m' avait|m' aviez|vous aviez|on nous a|on nous avait) (?:pourtant )?(?:garanti|promis|assure|annonce|dit|jure)`,
  ),
  cue(
    'complaint',
    -3,
    String.raw`(?:j' irai|on ira|je vais aller|j' irai voir|aller voir) ailleurs|perdu (?:un|une) (?:client|cliente)|la derniere fois que`,
  ),
  cue(
    'complaint',
    -3,
    String.raw`(?:fait |faire )?perdre (?:ma|mon|mes|du|notre|une) (?:temps|matinee|journee|apres-midi|soiree|week-end)|perte de temps`,
  ),
  cue(
    'complaint',
    -2,
    String.raw`je m' attendais a (?:mieux|plus)|on (?:s' )?attendait (?:a )?mieux|se renvoient la balle|aux abonnes absents|nulle part`,
  ),
  cue(
    'complaint',
    -2,
    String.raw`(?:du|dû) (?:rappeler|appeler|revenir|relancer|insister|repasser)|(?:a|ai) (?:du|dû) (?:rappeler|revenir|relancer)`,
  ),
  cue(
    'complaint',
    -3,
    String.raw`sans (?:avoir )?rien (?:repare|fait|resolu|regle)|rien (?:n' a ete |n' est )?(?:repare|regle|resolu)`,
  ),
  cue(
    'complaint',
    -3,
    String.raw`encore en panne|(?:de nouveau|a nouveau|re)tombee? en panne|(?:${FEW_FR}) (?:jours?|semaines?) apres (?:la |le )?(?:reparation|revision|passage|intervention)`,
  ),
  cue(
    'complaint',
    -3,
    String.raw`il n' y en avait pas|(?:change|remplace|facture)\w* une piece qui n' (?:avait|etait) (?:rien|pas)|pourquoi (?:me |m' |nous )?factur\w*`,
  ),
  cue(
    'complaint',
    -2,
    String.raw`prix fort|au rabais|pas terrible|pas top|pas ouf|serieusement \?|serieux \?|vraiment \?|impossible d' avoir (?:quelqu' un|qqn|une reponse|un conseiller|un humain)`,
  ),
  // Irony marks.
  cue(
    'sarcasm',
    0,
    String.raw`(?:super|bonne|brillante|geniale) idee|c' est beau (?:la|le|les)|trop fort|quelle? (?:efficacite|rapidite|professionnalisme|ponctualite|organisation)|oui oui|ben voyons|mon oeil|bien sur|ah bah|mais oui|mdr|lol|sympa le|bienvenue (?:en|chez|a)`,
  ),
  cue('sarcasm', 0, String.raw`« [^»]{1,40} »|" [^"]{1,40} "|🙄|🙃|😒|😏`),
  cue('sarcasm', 0, String.raw`(?:quel|quelle) (?:plaisir|bonheur|joie)|j' adore (?:payer|attendre|quand)`),
  // Praise the words miss.
  cue('praise', 2, String.raw`pas mal(?! de)|pas si mal|pas (?:trop |si )?chere?s?|(?:tres|vraiment) pas chere?s?`),
  cue('praise', 3, String.raw`(?:pas|jamais|jamais ete) (?:decu|decue|decus|decues)`),
  cue('praise', 3, String.raw`rien a (?:redire|reprocher|dire)|pas grand(?:-| )chose a (?:redire|dire)`),
  cue('praise', 1, String.raw`rien d' autre a dire`),
  cue('praise', 3, String.raw`merci infiniment|je ne vous remercierai jamais assez|mille mercis`),
  cue(
    'praise',
    2,
    String.raw`(?:rayures?|bosses?|bruits?|problemes?|pannes?|fuites?|voyants?|taches?) (?:\w+ ){0,2}(?:a|ont|est|sont) (?:disparu|partis?|parties?|reparee?s?)`,
  ),
  cue(
    'praise',
    2,
    String.raw`(?:aucun|pas de|sans|zero) (?:souci|soucis|probleme|problemes|mauvaises? surprises?|accroc|encombre)`,
  ),
  cue(
    'praise',
    2,
    String.raw`sans (?:hesiter|hesitation|aucun doute|discuter|chichis?)|je ne regrette (?:pas|rien)|aucun regret`,
  ),
  cue('praise', 1, String.raw`a l' heure|dans les temps|en avance|avant l' heure|dans les delais|au rendez-vous`),
  cue(
    'praise',
    2,
    String.raw`(?:je|on|nous) (?:reviendrai|reviendrons|reviendra|repasserai|y retournerai)|comme au premier jour`,
  ),
  cue('praise', 1, String.raw`en (?:${FEW_FR}) (?:h|heures?|min\w*)(?: chrono)?|en \d+h\d*`),
  cue('rhetoric', 3, String.raw`que demander de plus|quoi de mieux|que dire de plus|que vouloir de plus`),
  // Requests without a question mark.
  cue(
    'ask',
    0,
    String.raw`(?:je voudrais|j' aimerais|je souhaiterais|je souhaite) (?:savoir|connaitre|un renseignement|des informations|une information)`,
  ),
  cue(
    'ask',
    0,
    String.raw`(?:pouvez|pourriez|sauriez|savez)(?:-| )vous|merci de me (?:dire|rappeler|contacter|confirmer|tenir)|est-ce qu|quelqu' un sait`,
  ),
  // Bad luck, no one blamed.
  cue(
    'mishap',
    -1,
    String.raw`(?:tombee?|tombe) en panne|en panne sur|crevaison|creve|accident|batterie a plat|triste de`,
  ),
];
