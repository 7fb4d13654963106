// Calls per hour of the rss connector at its default settings (two feeds — a press RSS feed and a Google
// Alert in Atom — read every 5 minutes with If-None-Match, a 304 when nothing changed), run against the
// web-feed emulator for a simulated hour (fake clock, a new item every 20 minutes in each feed). Feeds are
// other people's servers with no published limit; one conditional GET per feed and poll is the cost.
import { rssConnector } from '../../src/connectors/rss/rss-connector.ts';
import { startRssEmulator } from '../../test/emulators/rss/rss-emulator.ts';

export async function rssCallsPerHour(itemsPerHourPerFeed = 3) {
  let now = Date.now();
  const emu = await startRssEmulator();
  try {
    const options = rssConnector.optionsSchema.parse({ feeds: [emu.pressUrl, emu.alertsUrl] });
    const driver = rssConnector.create(options, { sourceId: 'rss', now: () => now, assetBaseUrl: '/bundled' });
    const start = now;
    const hour = 3_600_000;
    let nextItem = start;
    let cursor: string | undefined;
    let notModified = 0;
    while (now < start + hour) {
      while (nextItem <= now) {
        emu.press.add(new Date(nextItem), 'Atelier Nova dans la presse');
        emu.alerts.add(new Date(nextItem), 'Atelier Nova sur un blog');
        nextItem += hour / itemsPerHourPerFeed;
      }
      const result = await driver.poll({ cursor, signal: new AbortController().signal });
      cursor = result.cursor ?? cursor;
      notModified += Number(result.budget?.['notModified'] ?? 0);
      now += Math.max(rssConnector.defaultPollSeconds * 1000, result.minDelayMs ?? 0);
    }
    return {
      network: 'web',
      feeds: 2,
      pollSeconds: rssConnector.defaultPollSeconds,
      callsPerHour: emu.requests.length,
      notModified,
      limitPerHour: "none published: the feeds' own servers",
    };
  } finally {
    await emu.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await rssCallsPerHour(), null, 2));
