// Mastodon calls per hour of the Mastodon connector at its default settings (poll every 30 s: each
// hashtag timeline of each instance, the brand's statuses on its home instance, 4 re-checks every 5th
// poll), run against the Mastodon emulator for a simulated hour (fake clock, a customer status every
// 2 minutes, the brand answering every other one), beside Mastodon's published limit (300 calls per
// 5 minutes per account/IP and instance = 3 600 per hour). The live stream, when a token enables it, is
// one long connection per instance and hashtag and costs no calls.
import { mastodonConnector } from '../../src/connectors/mastodon/mastodon-connector.ts';
import { startMastodonInstance } from '../../test/emulators/mastodon/mastodon-emulator.ts';
import { MastodonWorld, statusHtml } from '../../test/emulators/mastodon/mastodon-world.ts';

export const MASTODON_LIMIT_PER_HOUR = 3_600;

export async function mastodonCallsPerHour(statusesPerHour = 30, hashtags = ['ateliernova']) {
  // From the wall clock: the emulators stamp rate-limit resets with it.
  let now = Date.now();
  const world = new MastodonWorld();
  const jane = world.account('jane', 'mastodon.social');
  const brand = world.account('ateliernova', 'mastodon.social');
  const instance = await startMastodonInstance(world, { domain: 'mastodon.social', index: 0 });
  try {
    const options = mastodonConnector.optionsSchema.parse({
      instances: [instance.url],
      hashtags,
      brandAccounts: ['ateliernova@mastodon.social'],
    });
    const driver = mastodonConnector.create(options, {
      sourceId: 'mastodon',
      now: () => now,
      assetBaseUrl: '/bundled',
    });
    const start = now;
    const hour = 3_600_000;
    const every = hour / statusesPerHour;
    let nextStatus = start;
    let cursor: string | undefined;
    let n = 0;
    while (now < start + hour) {
      while (nextStatus <= now) {
        const s = world.post({
          account: jane,
          content: statusHtml(`question ${n} #${hashtags[0]}`, 'mastodon.social'),
          tags: hashtags,
          createdAt: new Date(nextStatus).toISOString(),
        });
        if (n++ % 2 === 0)
          world.post({
            account: brand,
            content: '<p>Merci !</p>',
            inReplyTo: s.uri,
            createdAt: new Date(nextStatus).toISOString(),
          });
        nextStatus += every;
      }
      // The emulator's window runs on the wall clock; the simulated hour spreads these calls over an hour.
      instance.rate.remaining = instance.rate.limit;
      const result = await driver.poll({ cursor, signal: new AbortController().signal });
      cursor = result.cursor ?? cursor;
      now += Math.max(mastodonConnector.defaultPollSeconds * 1000, result.minDelayMs ?? 0);
    }
    const calls = instance.requests.length;
    return {
      network: 'mastodon',
      pollSeconds: mastodonConnector.defaultPollSeconds,
      hashtags: hashtags.length,
      callsPerHour: calls,
      limitPerHour: MASTODON_LIMIT_PER_HOUR,
      share: calls / MASTODON_LIMIT_PER_HOUR,
    };
  } finally {
    await instance.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(
    JSON.stringify(
      [await mastodonCallsPerHour(), await mastodonCallsPerHour(30, ['ateliernova', 'ateliernovagarage'])],
      null,
      2,
    ),
  );
}
