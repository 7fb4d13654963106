// What customers write, by topic and language. Placeholders: {garage} {city} {cityTag} {car} {ev} {staff}
// {quote} {bill}. "@ateliernova" reads as the page's name on networks without handles (see compose-post).
import type { Localised, TextTopic } from '../demo-topics.ts';

export const CUSTOMER_TEXTS: Readonly<Record<TextTopic, Localised<readonly string[]>>> = {
  praise: {
    fr: [
      "Super accueil chez Atelier Nova {garage} ce matin, voiture prête à l'heure et tout bien expliqué. Merci {staff} !",
      'Révision de ma {car} faite en 2 h chrono à {garage}. Rien à redire.',
      'Franchement le meilleur garage de {city}. Devis respecté au centime près.',
      "Merci @ateliernova pour le véhicule de prêt pendant la réparation, ça m'a sauvé la semaine.",
      "Vidange et pneus faits pendant que je télétravaillais dans la salle d'attente. Wifi correct, café bon.",
      "Ma {car} n'a jamais aussi bien roulé. Bravo à l'équipe de {garage} !",
      "Ils ont trouvé le bruit que deux autres garages n'avaient pas trouvé. Chapeau. #AtelierNova",
      'Rapide, clair, pas cher. Que demander de plus ?',
      "Je me méfie toujours des garages, mais l'atelier de {garage} a fait fort : photos des pièces usées envoyées par SMS avant de toucher à quoi que ce soit, devis validé en ligne, et la voiture rendue lavée. C'est exactement comme ça que ça devrait toujours se passer.",
      'Contrôle technique passé du premier coup après le passage chez @ateliernova 💪',
      "{staff} a pris le temps de m'expliquer la différence entre les plaquettes. Enfin un garagiste pédagogue !",
      'Client depuis 4 ans, jamais déçu. #AtelierNova #{cityTag}',
      'Crevaison sur le périph, pris en charge à {garage} sans rendez-vous 40 min plus tard. Merci !',
      'Top 👍',
    ],
    en: [
      'Great service at Atelier Nova {garage} today, in and out in under an hour. Thanks {staff}!',
      'Shoutout to @ateliernova for fixing my {car} the same day. Lifesaver.',
      "Honest quote, no upselling, car ready when promised. That's rare. #AtelierNova",
      'Best garage in {city}, hands down.',
      'Booked online at 8, dropped the {car} at 9, got a text with photos of the worn brake pads at 10 and had the car back by lunch. Clear prices, friendly team at {garage}. Will be back.',
      'They found the rattle two other garages missed. Impressed.',
      'Passed my inspection first time after a check-up at @ateliernova 🙌',
      'Friendly, fast, fair. Exactly what you want from a garage.',
      'Flat tyre on the ring road, Atelier Nova {garage} fitted me in without an appointment. Thank you!',
    ],
  },
  late: {
    fr: [
      'Voiture promise pour 17 h, il est 19 h et toujours rien. Personne ne répond au téléphone à {garage}. @ateliernova',
      "3e jour sans ma {car} alors qu'on m'avait dit « 24 h max ». Je commence à perdre patience.",
      'Rendez-vous à 8 h 30, prise en charge à 10 h. Pourquoi donner des horaires si ce n’est pas pour les tenir ? #AtelierNova',
      'Toujours en attente de ma voiture à {garage}...',
      "On m'a rappelé pour me dire que la pièce n'était « pas encore arrivée ». Ça fait une semaine. @ateliernova vous pouvez me dire ce qui se passe ?",
      'Posé une demi-journée pour récupérer ma {car} à 14 h. À 16 h 30 on me dit de revenir demain. Super.',
    ],
    en: [
      "Was told my {car} would be ready at 5pm. It's 7 and nobody at {garage} picks up the phone. @ateliernova",
      'Day 3 without my car after being promised 24 hours. Not impressed.',
      'Still waiting at {garage}. Appointment was at 9. #AtelierNova',
      'Took the afternoon off to pick up the {car} at 2. At 4:30 they tell me to come back tomorrow. Great.',
    ],
  },
  price: {
    fr: [
      "Devis à {quote} €, facture à {bill} €. On m'explique que « c'était nécessaire ». Il aurait fallu m'appeler avant @ateliernova.",
      '{bill} € la révision de ma {car} à {garage}, sérieusement ?',
      "Personne ne m'a prévenu que le liquide de frein était en plus. Petite surprise à la caisse.",
      'Prix affiché en ligne {quote} €, payé {bill} €. Les « frais d’atelier » ne sont écrits nulle part. #AtelierNova',
    ],
    en: [
      'Quoted €{quote}, billed €{bill}. A phone call before doing the extra work would have been nice @ateliernova',
      '€{bill} for a service on a {car} at {garage}? Seriously?',
      'Nobody mentioned the "workshop fee" until I was at the till. Not cool. #AtelierNova',
    ],
  },
  desk: {
    fr: [
      'Accueil vraiment désagréable ce matin à {garage}. On peut être débordé et rester poli.',
      "On m'a parlé comme si je n'y connaissais rien, alors que je fais ma mécanique moi-même depuis 15 ans... @ateliernova",
      "Le monsieur de l'accueil a levé les yeux au ciel quand j'ai posé une question. Pas top.",
      "Au téléphone on me raccroche au nez deux fois de suite. C'est comme ça qu'on traite les clients chez #AtelierNova ?",
    ],
    en: [
      'The front desk at {garage} was downright rude this morning. Busy is no excuse.',
      "Got talked down to at the desk like I'd never seen a car before. @ateliernova you can do better.",
      'Hung up on twice when calling {garage}. Is that how you treat customers?',
    ],
  },
  hours: {
    fr: [
      '@ateliernova vous êtes ouverts le samedi après-midi à {garage} ?',
      'Bonjour, quels sont les horaires de {garage} pendant les vacances ?',
      'Est-ce qu’on peut déposer la voiture la veille au soir à {garage} ? Je commence tôt.',
      'Vous ouvrez à quelle heure le lundi à {city} ? #AtelierNova',
    ],
    en: [
      '@ateliernova are you open on Saturday afternoons at {garage}?',
      'What are your opening hours in {city} over the holidays?',
      'Can I drop my car off the night before at {garage}? I start work early.',
    ],
  },
  tyres: {
    fr: [
      'Comment on réserve un changement de pneus hiver ? Le site ne propose que des créneaux dans 3 semaines 🤔',
      'Vous gardez les pneus d’été en gardiennage à {garage} ? Et c’est combien ?',
      'Besoin de 4 pneus pour ma {car} avant les vacances, il faut prendre rendez-vous ou je peux passer ? @ateliernova',
    ],
    en: [
      'How do I book a winter tyre swap? Online booking only shows slots 3 weeks out. @ateliernova',
      'Do you store summer tyres at {garage}? How much?',
      'Need 4 new tyres for my {car} before the holidays, do I need to book or can I just come by?',
    ],
  },
  ev: {
    fr: [
      'Est-ce que je peux recharger ma {ev} pendant l’entretien à {garage} ? ⚡',
      "Vous faites la révision des voitures électriques ? J'ai une {ev} et mon concessionnaire est à 80 km. @ateliernova",
      'Les bornes de {garage} sont réservées aux clients ou ouvertes à tous ?',
    ],
    en: [
      'Can I charge my {ev} while it is being serviced at {garage}? ⚡',
      'Do you service EVs? Got a {ev} and the dealer is 50 miles away. @ateliernova',
    ],
  },
  'tip-good': {
    fr: [
      'Demandez le lavage offert après la révision.',
      'Réservez en ligne, on passe devant tout le monde.',
      'Le café de la salle d’attente est vraiment bon.',
      'Équipe honnête, ils ne vendent rien d’inutile.',
      'Bornes de recharge gratuites pendant l’entretien ⚡',
      'Le devis en ligne est fiable, pas de surprise.',
      'Karim à l’accueil est super pour expliquer.',
      'Arrivez à 8 h pile, le café est déjà prêt ☕',
      'La boîte à clés permet de déposer la voiture la veille.',
      'Véhicule de prêt sur demande, pensez à le réserver.',
    ],
    en: [
      'Ask for the free wash after your service.',
      'Book online and skip the queue.',
      'Honest team, no upselling.',
      'Free EV charging while you wait ⚡',
      'Use the key box to drop off the night before.',
      'Ask for a courtesy car when you book.',
      'Their online quotes are spot on.',
    ],
  },
  'tip-mixed': {
    fr: [
      'Bon travail mais prévoyez de la marge sur les délais.',
      'Parking difficile aux heures de pointe.',
      'Correct, sans plus. Le wifi de la salle d’attente rame.',
      'Bien pour l’entretien courant, un peu cher pour les pneus.',
    ],
    en: ['Good work but expect delays.', 'Parking is tight at rush hour.', 'Fine for a service, pricey for tyres.'],
  },
  'tip-bad': {
    fr: [
      'Vérifiez la facture avant de payer.',
      'Évitez le samedi matin, 2 h d’attente.',
      'Exigez un devis écrit avant toute intervention.',
      'Au téléphone, personne ne décroche.',
      'Délais jamais tenus, prévoyez un plan B.',
    ],
    en: [
      'Check your bill before paying.',
      'Avoid Saturday mornings, two-hour wait.',
      'Get a written quote first.',
      'Nobody answers the phone.',
    ],
  },
};

/** Sentences added at the end of some posts so lengths vary. */
export const CLOSING_LINES: Readonly<Record<'good' | 'bad' | 'neutral', Localised<readonly string[]>>> = {
  good: {
    fr: ['Je recommande.', 'Merci encore à toute l’équipe.', 'Je reviendrai sans hésiter.', 'Allez-y les yeux fermés.'],
    en: ['Highly recommend.', 'Thanks again to the whole team.', 'Will definitely be back.'],
  },
  bad: {
    fr: [
      'Grosse déception.',
      'Je ne sais pas si je reviendrai.',
      "J'attends une réponse.",
      'Dommage, je les aimais bien.',
    ],
    en: ['Very disappointed.', 'Not sure I will be back.', 'Waiting for an answer.'],
  },
  neutral: {
    fr: ['Merci d’avance !', 'Bonne journée.', 'Merci !'],
    en: ['Thanks in advance!', 'Cheers.', 'Thanks!'],
  },
};

export const EMOJI: Readonly<Record<'good' | 'bad' | 'neutral', readonly string[]>> = {
  good: ['🙌', '👏', '😊', '🔧', '✨', '🚗', '👍', '💯'],
  bad: ['😤', '😡', '🙄', '😞', '👎'],
  neutral: ['🙂', '🤔', '🚗'],
};
