// `serve --emulate`: emulated Google Business Profile, Trustpilot and the company site's feed, each with
// reviews that keep coming (the brand answering some), and the sources that read them.
import type { EmulatedNetwork } from '../emulated-wall.ts';
import { GoogleDataset, startGoogleEmulator } from './google-emulator.ts';
import { SiteDataset, startSiteFeedEmulator } from './site-feed-emulator.ts';
import { TrustpilotDataset, startTrustpilotEmulator } from './trustpilot-emulator.ts';
import { every, stopsWith } from '../kit/living-dataset.ts';

const TEXTS: [number, string][] = [
  [5, "Accueil parfait, voiture prête à l'heure."],
  [2, 'Devis dépassé de 80 €, sans explication.'],
  [4, "Bon travail, un peu d'attente au comptoir."],
  [1, 'Rendez-vous annulé deux fois. Déçu.'],
  [5, 'Very professional team, fair price.'],
];
const REPLIES = ['Merci pour votre confiance !', "Nous sommes désolés : notre responsable vous rappelle aujourd'hui."];

/** Runs `step` now a few times and then every `everyMs`, until the returned stop is called. */
function living(step: (n: number) => void, everyMs: number, seed = 5): () => void {
  let n = 0;
  for (; n < seed; n++) step(n);
  return every(() => step(n++), everyMs);
}

export const googleReviewsEmulated: EmulatedNetwork = {
  async start() {
    const data = new GoogleDataset();
    const emulator = await startGoogleEmulator(data);
    const stop = living((n) => {
      const [stars, text] = TEXTS[n % TEXTS.length] ?? [5, ''];
      const review = data.add(new Date(), stars as 1 | 2 | 3 | 4 | 5, text);
      if (n % 2 === 0) data.reply(review.reviewId, REPLIES[stars >= 4 ? 0 : 1] ?? '', new Date(Date.now() + 1000));
    }, 9_000);
    return {
      emulator: stopsWith(emulator, stop),
      sources: [
        {
          id: 'google',
          type: 'google-reviews',
          enabled: true,
          pollSeconds: 10,
          options: {
            baseUrl: emulator.url,
            tokenUrl: `${emulator.url}/token`,
            accountId: data.accountId,
            locationId: data.locationId,
            accessToken: 'emulator-google-token',
            refreshToken: data.refreshToken,
            clientId: data.clientId,
          },
        },
      ],
    };
  },
};

export const trustpilotEmulated: EmulatedNetwork = {
  async start() {
    const data = new TrustpilotDataset();
    const emulator = await startTrustpilotEmulator(data);
    const stop = living((n) => {
      const [stars, text] = TEXTS[(n + 2) % TEXTS.length] ?? [5, ''];
      const review = data.add(new Date(), stars, text);
      if (n % 3 === 0)
        review.companyReply = {
          text: REPLIES[stars >= 4 ? 0 : 1] ?? '',
          createdAt: new Date(Date.now() + 1000).toISOString(),
          updatedAt: null,
        };
    }, 11_000);
    return {
      emulator: stopsWith(emulator, stop),
      sources: [
        {
          id: 'trustpilot',
          type: 'trustpilot',
          enabled: true,
          pollSeconds: 10,
          options: { baseUrl: emulator.url, apiKey: data.apiKey, businessName: data.name },
        },
      ],
    };
  },
};

export const siteReviewsEmulated: EmulatedNetwork = {
  async start() {
    const data = new SiteDataset();
    const emulator = await startSiteFeedEmulator(data);
    const stop = living((n) => {
      const [stars, text] = TEXTS[(n + 4) % TEXTS.length] ?? [5, ''];
      data.add(new Date(), stars, text);
    }, 13_000);
    return {
      emulator: stopsWith(emulator, stop),
      sources: [
        {
          id: 'site',
          type: 'site-reviews',
          enabled: true,
          pollSeconds: 10,
          options: { feedUrl: `${emulator.url}/reviews.rss`, format: 'rss' },
        },
      ],
    };
  },
};
