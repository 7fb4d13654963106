// `serve --emulate`: an emulated Bluesky with a seeded #ateliernova conversation that keeps going (a post
// every few seconds, the brand answering some), and the source that searches it.
import type { EmulatedNetwork } from '../emulated-wall.ts';
import { startBlueskyEmulator } from './bluesky-emulator.ts';
import { every, stopsWith } from '../kit/living-dataset.ts';

const TEXTS = [
  'Contrôle technique passé du premier coup grâce à #ateliernova',
  'Rendez-vous décalé deux fois… #ateliernova',
  'Équipe adorable chez #ateliernova, café offert',
  'Facture conforme au devis, merci #ateliernova',
];

export const blueskyEmulated: EmulatedNetwork = {
  async start() {
    const bsky = await startBlueskyEmulator();
    bsky.account('wall.ateliernova.fr', 'emulator-app-password');
    const brand = bsky.account('ateliernova.bsky.social');
    const people = [bsky.account('lea.bsky.social'), bsky.account('tom.bsky.social'), bsky.account('nour.bsky.social')];
    let n = 0;
    const next = () => {
      const post = bsky.post(
        people[n % people.length]!,
        TEXTS[n % TEXTS.length]!,
        n % 3 === 0 ? { images: [{ alt: 'à l’atelier' }] } : {},
      );
      if (n % 2 === 1) bsky.post(brand, 'Merci pour votre retour, on s’en occupe !', { replyTo: post });
      n++;
    };
    for (let i = 0; i < 6; i++) next();
    return {
      emulator: stopsWith(bsky, every(next, 6_000)),
      sources: [
        {
          id: 'bluesky',
          type: 'bluesky',
          enabled: true,
          pollSeconds: 5,
          options: {
            baseUrl: bsky.url,
            identifier: 'wall.ateliernova.fr',
            appPassword: 'emulator-app-password',
            queries: ['#ateliernova'],
            brandHandle: 'ateliernova.bsky.social',
          },
        },
      ],
    };
  },
};
