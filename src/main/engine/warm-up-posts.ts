// Sample candidates the ingest pipeline reads once when the sources start (IngestPipeline.warmUp), never stored:
// the first chunk of a cold pipeline spent 50–80 ms of CPU in one turn (zod compiling PostSchema's checks on
// first use, the classifiers' code not yet compiled), the longest stall of the event loop in `npm run bench`
// (issue 14, finding 9). French and English, each kind of evidence the classifiers read (cues, negation, a
// question, emoji, money, a complaint's theme), and every optional part of a post the schema checks.

const TEXTS: readonly (readonly [lang: string | undefined, text: string])[] = [
  ['fr', 'Toujours pas de nouvelles de ma commande depuis 3 semaines, service client injoignable 😡'],
  ['fr', 'Super accueil à l’atelier, voiture prête en avance, merci à toute l’équipe ! 👍 #AtelierNova'],
  ['fr', 'Bonjour, vous êtes ouverts le samedi ? Combien pour une vidange svp'],
  ['fr', 'Je ne recommande pas : facture de 380 € alors que le devis était de 250 €. Jamais plus.'],
  ['fr', 'Bravo… trois jours pour un rendez-vous annulé. Pas terrible, vraiment très déçu'],
  [undefined, 'Est-ce que je peux passer demain matin sans rdv ?'],
  ['en', 'Still waiting for a callback after two weeks. Not great @ateliernova'],
  ['en', 'Spotless car and a coffee while waiting. Will come back! #carcare 😍'],
  ['en', 'Do you do tyre changes on Saturdays? Please let me know'],
  ['en', 'Great, another cancelled appointment… thanks for nothing 🙄 but the staff were nice'],
  [undefined, 'Charged $340 when the quote said $250, nobody answers the phone. Never again!!'],
  ['de', 'Sehr gut, danke!'],
];

/** The candidates, as a connector hands them over, dated `nowIso`. */
export function warmUpCandidates(nowIso: string): Record<string, unknown>[] {
  return TEXTS.map(([lang, text], i) => ({
    key: `x:warm-up-${i}`,
    network: 'x',
    kind: i % 3 === 2 ? 'reply' : 'post',
    ...(i % 3 === 2 ? { parentKey: 'x:warm-up-0', rootKey: 'x:warm-up-0' } : {}),
    url: `https://x.com/i/status/${i}`,
    author: {
      id: `warm-up-${i}`,
      name: 'Warm Up',
      handle: 'warmup',
      avatarUrl: 'https://example.com/a.png',
      isBrand: false,
    },
    text,
    ...(lang ? { lang } : {}),
    media: i % 2 ? [{ type: 'image', url: 'https://example.com/p.jpg', alt: 'photo', width: 640, height: 480 }] : [],
    hashtags: ['AtelierNova'],
    mentions: ['ateliernova'],
    ...(i % 4 === 1 ? { rating: 4 } : {}),
    metrics: { likes: i, replies: 1, reposts: 0, asOf: nowIso },
    createdAt: nowIso,
  }));
}
