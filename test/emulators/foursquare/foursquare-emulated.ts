// `serve --emulate`: an emulated Foursquare Places API whose place gets a new tip every few seconds (now
// and then with a photo, now and then one removed), and the source that reads it.
import type { EmulatedNetwork } from '../emulated-wall.ts';
import { FoursquareDataset, startFoursquareEmulator, type TipRecord } from './foursquare-emulator.ts';
import { every, stopsWith } from '../kit/living-dataset.ts';

const TIPS = [
  'Demandez le contrôle gratuit des freins, ils le font en 10 minutes.',
  "Salle d'attente calme, wifi rapide.",
  "Prenez rendez-vous le matin, l'après-midi c'est plein.",
  'Ask for Marc, he explains everything clearly.',
  'Le lavage offert après la révision, sympa.',
  'Parking un peu petit le samedi.',
];

export const foursquareEmulated: EmulatedNetwork = {
  async start() {
    const data = new FoursquareDataset();
    const added: TipRecord[] = [];
    let n = 0;
    const next = () => {
      added.push(data.add(new Date(), TIPS[n % TIPS.length] ?? '', data.firstPlace, n % 4 === 1));
      const old = added.at(-4);
      if (n % 9 === 8 && old) data.remove(old.fsq_tip_id);
      n++;
    };
    for (let i = 0; i < 6; i++) next();
    const emulator = await startFoursquareEmulator(data);
    return {
      emulator: stopsWith(emulator, every(next, 7_000)),
      sources: [
        {
          id: 'foursquare',
          type: 'foursquare',
          enabled: true,
          pollSeconds: 60,
          options: { baseUrl: emulator.url, placeIds: [data.firstPlace], serviceKey: data.serviceKey },
        },
      ],
    };
  },
};
