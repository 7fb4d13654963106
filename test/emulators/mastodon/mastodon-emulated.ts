// `serve --emulate`: two emulated instances of one fediverse, a seeded #ateliernova conversation that keeps
// going (a new status every few seconds, the brand answering some), and the source that reads them.
import type { EmulatedNetwork } from '../emulated-wall.ts';
import type { RunningEmulator } from '../kit/emulator.ts';
import { startMastodonInstance } from './mastodon-emulator.ts';
import { MastodonWorld, statusHtml } from './mastodon-world.ts';
import { every } from '../kit/living-dataset.ts';

const TEXTS = [
  'Révision faite en une heure chez #ateliernova, accueil top',
  'Trois jours pour une pièce… #ateliernova on attend toujours',
  'Merci pour le prêt de véhicule #ateliernova',
  'Le devis #ateliernova était clair, rien à redire',
  'Pneus changés, mais la facture a piqué #ateliernova',
];
const ANSWERS = [
  'Merci beaucoup, à bientôt !',
  'Désolés pour l’attente, on vous appelle aujourd’hui.',
  'Avec plaisir !',
];

export const mastodonEmulated: EmulatedNetwork = {
  async start() {
    const world = new MastodonWorld();
    const brand = world.account('ateliernova', 'mastodon.social', 'Atelier Nova');
    const people = [
      world.account('jane', 'mastodon.social', 'Jane'),
      world.account('malo', 'fosstodon.org', 'Malo'),
      world.account('ines', 'piaille.fr', 'Inès'),
    ];
    let n = 0;
    const next = () => {
      const author = people[n % people.length]!;
      const text = TEXTS[n % TEXTS.length]!;
      const status = world.post({
        account: author,
        content: statusHtml(text, author.domain),
        tags: ['ateliernova'],
        ...(n % 7 === 3 ? { spoilerText: 'prix' } : {}),
      });
      if (n % 2 === 0)
        world.post({
          account: brand,
          content: statusHtml(`@${author.username} ${ANSWERS[n % ANSWERS.length]}`, brand.domain),
          inReplyTo: status.uri,
        });
      n++;
    };
    for (let i = 0; i < 8; i++) next();
    const instances = await Promise.all([
      startMastodonInstance(world, { domain: 'mastodon.social', index: 0 }),
      startMastodonInstance(world, { domain: 'fosstodon.org', index: 1 }),
    ]);
    const stop = every(next, 5_000);
    const first = instances[0];
    const emulator: RunningEmulator = {
      url: first.url,
      switches: first.switches,
      requests: first.requests,
      close: async () => {
        stop();
        await Promise.all(instances.map((i) => i.close()));
      },
    };
    return {
      emulator,
      sources: [
        {
          id: 'mastodon',
          type: 'mastodon',
          enabled: true,
          pollSeconds: 5,
          options: {
            instances: instances.map((i) => i.url),
            hashtags: ['ateliernova'],
            brandAccounts: ['ateliernova@mastodon.social'],
          },
        },
      ],
    };
  },
};
