// `serve --emulate`: one Graph API emulator for Facebook and Instagram, a seeded conversation about the
// brand that keeps going (a customer post or comment every few seconds, the brand answering some), and the
// two sources that read it.
import type { EmulatedNetwork } from '../emulated-wall.ts';
import { MetaDataset } from './meta-dataset.ts';
import { startMetaEmulator } from './meta-emulator.ts';
import { every, stopsWith } from '../kit/living-dataset.ts';

const PICTURES = [
  'workshop-front',
  'car-on-lift',
  'washed-car',
  'coffee-corner',
  'ev-charging',
  'keys-handover',
  'tyre-stack',
].map((p) => `/bundled/demo/${p}.svg`);
const FB_TEXTS = [
  'Car serviced in under an hour at Atelier Nova, and the coffee was good too.',
  'Three days waiting for a part… any news?',
  'Thanks for the courtesy car this morning!',
  'Clear quote, no surprise on the bill. Recommended.',
  'The new tyres are great but the waiting room was packed.',
];
const IG_TEXTS = [
  'Shiny again ✨ #ateliernova',
  'Winter tyres done #ateliernova #roadtrip',
  'Best coffee corner of any garage #ateliernova',
  'EV charged while I waited #ateliernova',
];
const ANSWERS = ['Thank you, see you soon!', 'Sorry for the wait — we are calling you today.', 'Our pleasure!'];
const PEOPLE = [
  { id: '700001', name: 'Jane Dupont' },
  { id: '700002', name: 'Malo Kerbrat' },
  { id: '700003', name: 'Inès Farah' },
];
const IG_PEOPLE = ['jane.d', 'malo_k', 'ines.f'];
const MINUTE = 60_000;

export const metaEmulated: EmulatedNetwork = {
  async start() {
    const data = new MetaDataset();
    data.page.name = 'Atelier Nova';
    data.ig.username = 'ateliernova';
    const picture = (n: number) => PICTURES[n % PICTURES.length]!;
    const brandPost = data.addPagePost(
      'Our workshop is open on Saturdays from this week 🔧',
      Date.now() - 6 * 60 * MINUTE,
      picture(0),
    );
    const brandMedia = data.addIgMedia(
      'Saturday opening starts now #ateliernova',
      'own',
      data.ig.username,
      Date.now() - 5 * 60 * MINUTE,
    );
    brandMedia.mediaUrl = picture(1);
    let n = 0;
    const next = () => {
      const person = PEOPLE[n % PEOPLE.length]!;
      const at = Date.now();
      switch (n % 4) {
        case 0: {
          const post = data.addVisitorPost(FB_TEXTS[n % FB_TEXTS.length]!, person, at);
          if (n % 8 === 0) data.addBrandReply(post.id, ANSWERS[n % ANSWERS.length]!, undefined, at + 1000);
          break;
        }
        case 1: {
          const c = data.addComment(brandPost.id, FB_TEXTS[n % FB_TEXTS.length]!, person, at);
          data.addBrandReply(brandPost.id, ANSWERS[n % ANSWERS.length]!, c.id, at + 1000);
          break;
        }
        case 2: {
          const m = data.addIgMedia(
            IG_TEXTS[n % IG_TEXTS.length]!,
            n % 8 === 2 ? 'tagged' : 'hashtag',
            IG_PEOPLE[n % IG_PEOPLE.length],
            at,
          );
          m.mediaUrl = picture(n);
          break;
        }
        default: {
          const c = data.addIgComment(
            brandMedia.id,
            'Will you be open on the 1st Saturday of the month?',
            IG_PEOPLE[n % IG_PEOPLE.length]!,
            at,
          );
          if (n % 8 === 3) data.addIgBrandReply(brandMedia.id, c.id, `@${c.username} yes, every Saturday!`, at + 1000);
        }
      }
      n++;
    };
    for (let i = 0; i < 12; i++) next();
    const emulator = stopsWith(await startMetaEmulator(data), every(next, 4_000));
    const common = { baseUrl: emulator.url, token: data.token };
    return {
      emulator,
      sources: [
        {
          id: 'facebook',
          type: 'facebook',
          enabled: true,
          pollSeconds: 10,
          options: { ...common, pageId: data.page.id },
        },
        {
          id: 'instagram',
          type: 'instagram',
          enabled: true,
          pollSeconds: 10,
          options: { ...common, igUserId: data.ig.id, hashtags: ['ateliernova'] },
        },
      ],
    };
  },
};
