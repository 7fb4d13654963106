// Foursquare calls per hour of the Foursquare connector at its default settings (one place, tips polled
// every 5 minutes: one tips page per poll while fewer than 50 tips arrive between polls, and the place's
// rating read once an hour), run against the Foursquare emulator for a simulated hour (fake clock, a tip
// every 10 minutes). Foursquare publishes no hourly cap for the Places API: it bills each call (tips and
// ratings are Premium calls); the figure to watch is the monthly bill. The 429 limit per second is far.
import { foursquareConnector } from '../../src/connectors/foursquare/foursquare-connector.ts';
import { FoursquareDataset, startFoursquareEmulator } from '../../test/emulators/foursquare/foursquare-emulator.ts';

export async function foursquareCallsPerHour(places = 1, tipsPerHour = 6) {
  let now = Date.now();
  const ids = Array.from({ length: places }, (_, i) => `4b058803f964a520a9a422e${i}`);
  const data = new FoursquareDataset(ids);
  const emu = await startFoursquareEmulator(data);
  try {
    const options = foursquareConnector.optionsSchema.parse({
      baseUrl: emu.url,
      placeIds: ids,
      serviceKey: data.serviceKey,
    });
    const driver = foursquareConnector.create(options, {
      sourceId: 'foursquare',
      now: () => now,
      assetBaseUrl: '/bundled',
    });
    const start = now;
    const hour = 3_600_000;
    let nextTip = start;
    while (now < start + hour) {
      while (nextTip <= now) {
        for (const id of ids) data.add(new Date(nextTip), 'tip', id);
        nextTip += hour / tipsPerHour;
      }
      const result = await driver.poll({ cursor: undefined, signal: new AbortController().signal });
      now += Math.max(foursquareConnector.defaultPollSeconds * 1000, result.minDelayMs ?? 0);
    }
    const tips = emu.requests.filter((r) => r.path.endsWith('/tips')).length;
    const details = emu.requests.length - tips;
    return {
      network: 'foursquare',
      places,
      pollSeconds: foursquareConnector.defaultPollSeconds,
      callsPerHour: emu.requests.length,
      byEndpoint: { tips, placeDetails: details },
      limitPerHour: 'no hourly cap: billed per call (Premium)',
    };
  } finally {
    await emu.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  console.log(JSON.stringify(await foursquareCallsPerHour(), null, 2));
