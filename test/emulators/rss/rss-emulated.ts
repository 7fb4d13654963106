// `serve --emulate`: a press RSS feed and a Google Alert in Atom that keep bringing web mentions of the
// brand (and, in the press feed, articles that do not mention it, left out by the source's keyword).
import type { EmulatedNetwork } from '../emulated-wall.ts';
import { startRssEmulator } from './rss-emulator.ts';
import { every, stopsWith } from '../kit/living-dataset.ts';

const PRESS: [string, string][] = [
  [
    'Atelier Nova ouvre un second garage à Villeurbanne',
    '<p>Le réseau <b>Atelier Nova</b> recrute six mécaniciens.</p>',
  ],
  ['Le prix de l’entretien automobile en hausse', '<p>Une étude du secteur, sans citer de marque.</p>'],
  ['Essai : la révision express d’Atelier Nova', '<p>Quarante minutes montre en main, un devis tenu.</p>'],
];
const ALERTS = [
  'Atelier Nova élu garage préféré des Lyonnais',
  'Atelier Nova: customers praise the new booking app',
  'Forum : vos avis sur Atelier Nova ?',
];

export const rssEmulated: EmulatedNetwork = {
  async start() {
    const emulator = await startRssEmulator();
    let n = 0;
    const step = () => {
      const [title, html] = PRESS[n % PRESS.length] ?? ['', ''];
      emulator.press.add(new Date(), title, html, { author: 'La Rédaction' });
      const alert = ALERTS[n % ALERTS.length] ?? '';
      emulator.alerts.add(
        new Date(),
        alert,
        '<p>Un article de blog qui cite la marque, avec l’avis de ses lecteurs.</p>',
        { link: `https://blog.example/${n + 1}` },
      );
      n++;
    };
    for (let i = 0; i < 3; i++) step();
    return {
      emulator: stopsWith(emulator, every(step, 45_000)),
      sources: [
        {
          id: 'web',
          type: 'rss',
          enabled: true,
          pollSeconds: 60,
          options: {
            feeds: [
              { url: emulator.pressUrl, label: 'Le Journal de l’Auto' },
              { url: emulator.alertsUrl, label: 'Google Alert' },
            ],
            keywords: ['Atelier Nova'],
          },
        },
      ],
    };
  },
};
