// `serve --emulate`: an emulated api.x.com with a seeded conversation about the brand that keeps going
// (a post every few seconds, the brand answering some, now and then an edit or a delete), and the source
// that reads it — by polling and through the filtered stream.
import type { EmulatedNetwork } from '../emulated-wall.ts';
import { XDataset, type EmuTweet } from './x-dataset.ts';
import { startXEmulator, X_EMULATOR_TOKEN } from './x-emulator.ts';
import { every, stopsWith } from '../kit/living-dataset.ts';

const BRAND = { id: '2244994945', username: 'ateliernova', name: 'Atelier Nova' };
const PEOPLE = [
  { id: '1000000000000000001', username: 'jane_d', name: 'Jane D.' },
  { id: '1000000000000000002', username: 'omar_b', name: 'Omar B.' },
  { id: '1000000000000000003', username: 'lea_m', name: 'Léa M.' },
  { id: '1000000000000000004', username: 'tom_r', name: 'Tom R.' },
];
const TEXTS = [
  'Vidange faite en 40 minutes chez @ateliernova, impeccable',
  "Ça fait 2h que j'attends mon véhicule #AtelierNova…",
  "Quelqu'un connaît les horaires du samedi chez atelier nova ?",
  'Great service at #AtelierNova today, friendly staff',
  "@ateliernova mon devis n'est toujours pas arrivé",
  "Le café de la salle d'attente #AtelierNova est enfin bon",
  'Pneus hiver montés, prix correct. Merci @ateliernova',
];
const ANSWERS = [
  'Merci, à très vite !',
  "Désolés pour l'attente, on regarde ça tout de suite.",
  'Ouvert de 9h à 17h le samedi.',
  'Thank you!',
];

export const xEmulated: EmulatedNetwork = {
  async start() {
    const dataset = new XDataset();
    dataset.addUser(BRAND);
    PEOPLE.forEach((p) => dataset.addUser(p));
    let n = 0;
    const posted: EmuTweet[] = [];
    const next = () => {
      const author = PEOPLE[n % PEOPLE.length]!;
      const tweet = dataset.post({
        authorId: author.id,
        text: TEXTS[n % TEXTS.length]!,
        lang: n % 7 === 3 ? 'en' : 'fr',
        likes: (n * 7) % 23,
      });
      posted.push(tweet);
      if (n % 3 === 0)
        dataset.post({
          authorId: BRAND.id,
          text: `@${author.username} ${ANSWERS[n % ANSWERS.length]}`,
          replyTo: tweet.id,
        });
      // Now and then an author edits or deletes an earlier post: the wall follows.
      if (n % 11 === 5 && posted.length > 3) dataset.edit(posted.at(-3)!.id, `${posted.at(-3)!.text} (édité)`);
      if (n % 13 === 7 && posted.length > 4) dataset.delete(posted.at(-4)!.id);
      n++;
    };
    for (let i = 0; i < 8; i++) next();
    const emulator = await startXEmulator({ dataset });
    return {
      emulator: stopsWith(emulator, every(next, 4_000)),
      sources: [
        {
          id: 'x',
          type: 'x',
          enabled: true,
          pollSeconds: 10,
          options: {
            baseUrl: emulator.url,
            bearerToken: X_EMULATOR_TOKEN,
            brandUserId: BRAND.id,
            brandHandle: 'ateliernova',
            brandTerms: ['atelier nova'],
            hashtags: ['AtelierNova'],
            deleteRecheckMinutes: 1,
            streamEnabled: true,
          },
        },
      ],
    };
  },
};
