// Realistic candidate posts for the benchmarks: the sizes and fields a connector hands the pipeline.
import type { Network } from '../src/shared/post.ts';

const NETWORKS: Network[] = ['facebook', 'instagram', 'x', 'foursquare'];
const TEXTS = [
  'Super accueil à l’atelier de Lyon, voiture prête en avance 👍 #AtelierNova',
  'Waited two hours past the promised time for a simple oil change. Not great @ateliernova',
  'Vous faites le changement de pneus le samedi ? Merci !',
  'Spotless car and a coffee while waiting. Will come back. #AtelierNova #carcare',
];

export function syntheticCandidate(i: number, runId: string, createdAtMs = Date.now()): Record<string, unknown> {
  const network = NETWORKS[i % NETWORKS.length]!;
  return {
    key: `${network}:bench-${runId}-${i}`,
    network,
    kind: network === 'foursquare' ? 'tip' : 'post',
    author: { id: `u${i % 997}`, handle: `user${i % 997}`, name: `User ${i % 997}`, isBrand: false },
    text: `${TEXTS[i % TEXTS.length]} (${i})`,
    lang: i % 3 ? 'fr' : 'en',
    media: i % 5 === 0 ? [{ type: 'image', url: '/bundled/demo/car-lift.svg', alt: 'photo' }] : [],
    hashtags: ['AtelierNova'],
    mentions: [],
    ...(network === 'foursquare' ? { rating: 1 + (i % 5) } : {}),
    metrics: { likes: i % 50, replies: i % 7, reposts: i % 3, asOf: new Date(createdAtMs).toISOString() },
    createdAt: new Date(createdAtMs - (i % 1000)).toISOString(),
  };
}
