// X calls per hour of the X connector at its default settings (poll every 30 s: recent search, mentions,
// the brand's timeline; delete re-check every 15 min), measured against the X emulator over a simulated
// hour with a fake clock and a customer post every 2 minutes, beside X's published per-app limits — and
// what the hour costs, since X charges per post read.
import { xConnector } from '../../src/connectors/x/x-connector.ts';
import { XDataset } from '../../test/emulators/x/x-dataset.ts';
import { startXEmulator, X_EMULATOR_TOKEN } from '../../test/emulators/x/x-emulator.ts';

/** X API v2 per-app limits (app-only Bearer), per 15 minutes. Search is from shared/network-apis.md; the others from X's docs (check). */
export const X_LIMITS_PER_15_MIN = { search: 450, mentions: 450, 'user tweets': 10_000, 'post lookup': 3_500 } as const;

const PATHS: Record<keyof typeof X_LIMITS_PER_15_MIN, (path: string) => boolean> = {
  search: (p) => p === '/2/tweets/search/recent',
  mentions: (p) => p.endsWith('/mentions'),
  'user tweets': (p) => p.startsWith('/2/users/') && p.endsWith('/tweets'),
  'post lookup': (p) => p === '/2/tweets',
};

export async function xCallsPerHour(postsPerHour = 30) {
  let now = Date.UTC(2026, 10, 25, 9, 0, 0);
  const clock = () => now;
  const dataset = new XDataset(clock);
  dataset.addUser({ id: '2244994945', username: 'ateliernova', name: 'Atelier Nova' });
  dataset.addUser({ id: '1000000000000000001', username: 'jane', name: 'Jane' });
  const emulator = await startXEmulator({ dataset, now: clock });
  try {
    const options = xConnector.optionsSchema.parse({
      baseUrl: emulator.url,
      bearerToken: X_EMULATOR_TOKEN,
      brandUserId: '2244994945',
      brandHandle: 'ateliernova',
      brandTerms: ['atelier nova'],
      hashtags: ['AtelierNova'],
    });
    const driver = xConnector.create(options, { sourceId: 'x', now: clock, assetBaseUrl: '/bundled' });
    const start = now;
    const hour = 3_600_000;
    const postEvery = hour / postsPerHour;
    let nextPost = start;
    let cursor: string | undefined;
    let budget: Record<string, number | string> = {};
    while (now < start + hour) {
      while (nextPost <= now) {
        dataset.post({
          authorId: '1000000000000000001',
          text: `@ateliernova question ${nextPost}`,
          createdAt: nextPost,
        });
        nextPost += postEvery;
      }
      const result = await driver.poll({ cursor, signal: new AbortController().signal });
      cursor = result.cursor ?? cursor;
      budget = result.budget ?? budget;
      now += Math.max(xConnector.defaultPollSeconds * 1000, result.minDelayMs ?? 0);
    }
    const rows = (Object.keys(X_LIMITS_PER_15_MIN) as (keyof typeof X_LIMITS_PER_15_MIN)[]).map((endpoint) => {
      const calls = emulator.requests.filter((r) => PATHS[endpoint](r.path)).length;
      const limitPerHour = X_LIMITS_PER_15_MIN[endpoint] * 4;
      return { endpoint, callsPerHour: calls, limitPerHour, share: calls / limitPerHour };
    });
    return {
      network: 'x',
      pollSeconds: xConnector.defaultPollSeconds,
      callsPerHour: emulator.requests.length,
      rows,
      postsReadPerHour: Number(budget['postsReadThisMonth'] ?? 0),
      spendPerHourUsd: Number(budget['estimatedSpendUsd'] ?? 0),
    };
  } finally {
    await emulator.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await xCallsPerHour(), null, 2));
