// One simulated hour of a Meta connector at its default settings, against the emulator on a fake clock:
// a customer post and a comment every 5 minutes, a poll every defaultPollSeconds. Counts the Graph calls.
import type { ConnectorDefinition } from '../../../src/connectors/connector.ts';
import { MetaDataset } from './meta-dataset.ts';
import { startMetaEmulator } from './meta-emulator.ts';

export interface HourOfCalls {
  polls: number;
  callsPerHour: number;
  /** Calls by edge, e.g. feed, comments, object. */
  byEdge: Record<string, number>;
}

export async function simulateHour(
  definition: ConnectorDefinition,
  extraOptions: (data: MetaDataset, url: string) => Record<string, unknown>,
): Promise<HourOfCalls> {
  let now = Date.UTC(2026, 2, 2, 9);
  const data = new MetaDataset(() => now);
  const brandPost = data.addPagePost('Opening hours this week', now - 3 * 3600_000);
  const brandMedia = data.addIgMedia(
    'Opening hours this week #ateliernova',
    'own',
    data.ig.username,
    now - 3 * 3600_000,
  );
  const emulator = await startMetaEmulator(data);
  try {
    const driver = definition.create(definition.optionsSchema.parse(extraOptions(data, emulator.url)), {
      sourceId: 'bench',
      now: () => now,
      assetBaseUrl: '/bundled',
    });
    const step = definition.defaultPollSeconds * 1000;
    let cursor: string | undefined;
    let polls = 0;
    // A first poll (the backfill) before the hour starts, as a running wall has done long ago.
    cursor = (await driver.poll({ cursor, signal: new AbortController().signal })).cursor ?? cursor;
    emulator.requests.length = 0;
    for (let t = 0; t < 3600_000; t += step) {
      now += step;
      if (t % 300_000 === 0) {
        const person = { id: `9${t}`, name: 'Customer' };
        data.addVisitorPost('A customer post', person, now);
        data.addComment(brandPost.id, 'A customer comment', person, now);
        data.addIgMedia('A customer photo #ateliernova', 'hashtag', 'someone', now);
        data.addIgComment(brandMedia.id, 'A customer comment', 'someone', now);
      }
      const result = await driver.poll({ cursor, signal: new AbortController().signal });
      cursor = result.cursor ?? cursor;
      polls++;
    }
    const byEdge: Record<string, number> = {};
    for (const r of emulator.requests) {
      const parts = r.path.split('/').filter(Boolean);
      const edge = parts.length > 1 ? parts[1]! : parts[0] === 'ig_hashtag_search' ? 'ig_hashtag_search' : 'object';
      byEdge[edge] = (byEdge[edge] ?? 0) + 1;
    }
    return { polls, callsPerHour: emulator.requests.length, byEdge };
  } finally {
    await emulator.close();
  }
}
