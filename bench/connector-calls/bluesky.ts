// Bluesky calls per hour of the Bluesky connector at its default settings (poll every 30 s: one search
// per query, the brand's feed, up to 5 threads of customer posts whose reply count grew, a getPosts
// re-check every 5th poll; one login, and a refresh when the access token expires), run against the
// Bluesky emulator for a simulated hour (fake clock, a customer post every 2 minutes, the brand answering
// every other one), beside Bluesky's published limit (3 000 calls per 5 minutes per IP = 36 000 per hour).
import { blueskyConnector } from '../../src/connectors/bluesky/bluesky-connector.ts';
import { startBlueskyEmulator } from '../../test/emulators/bluesky/bluesky-emulator.ts';

export const BLUESKY_LIMIT_PER_HOUR = 36_000;

export async function blueskyCallsPerHour(postsPerHour = 30) {
  // From the wall clock: the emulators stamp rate-limit resets with it.
  let now = Date.now();
  const bsky = await startBlueskyEmulator();
  bsky.account('wall.ateliernova.fr', 'bench-app-password');
  const brand = bsky.account('ateliernova.bsky.social');
  const jane = bsky.account('jane.bsky.social');
  try {
    const options = blueskyConnector.optionsSchema.parse({
      baseUrl: bsky.url,
      identifier: 'wall.ateliernova.fr',
      appPassword: 'bench-app-password',
      queries: ['#ateliernova'],
      brandHandle: 'ateliernova.bsky.social',
    });
    const driver = blueskyConnector.create(options, { sourceId: 'bluesky', now: () => now, assetBaseUrl: '/bundled' });
    const start = now;
    const hour = 3_600_000;
    const every = hour / postsPerHour;
    let nextPost = start;
    let cursor: string | undefined;
    let n = 0;
    while (now < start + hour) {
      while (nextPost <= now) {
        const p = bsky.post(jane, `question ${n} #ateliernova`, { createdAt: new Date(nextPost).toISOString() });
        if (n++ % 2 === 0)
          bsky.post(brand, 'Merci !', { replyTo: p, createdAt: new Date(nextPost + 1000).toISOString() });
        nextPost += every;
      }
      // Access tokens live ~2 h: one expiry in the hour.
      if (now - start >= hour / 2 && bsky.counts.refreshSession === 0) bsky.expireAccessTokens();
      bsky.rate.remaining = bsky.rate.limit;
      const result = await driver.poll({ cursor, signal: new AbortController().signal });
      cursor = result.cursor ?? cursor;
      now += Math.max(blueskyConnector.defaultPollSeconds * 1000, result.minDelayMs ?? 0);
    }
    const byMethod: Record<string, number> = {};
    for (const r of bsky.requests)
      byMethod[r.path.replace('/xrpc/', '')] = (byMethod[r.path.replace('/xrpc/', '')] ?? 0) + 1;
    const calls = bsky.requests.length;
    return {
      network: 'bluesky',
      pollSeconds: blueskyConnector.defaultPollSeconds,
      callsPerHour: calls,
      limitPerHour: BLUESKY_LIMIT_PER_HOUR,
      share: calls / BLUESKY_LIMIT_PER_HOUR,
      byMethod,
    };
  } finally {
    await bsky.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await blueskyCallsPerHour(), null, 2));
