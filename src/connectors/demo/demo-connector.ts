// The embedded default source: a deterministic stream about the fictional garage chain Atelier Nova, so
// that a fresh install, a demo or a test shows a living wall without any account. Content is a pure
// function of (seed, slot); polls emit what falls in (cursor, now] of the injected clock.
import type { ConnectorContext, ConnectorDefinition, PollResult, SourceDriver } from '../connector.ts';
import { DemoGenerator } from './demo-generator.ts';
import { formatDemoCursor, parseDemoCursor } from './demo-cursor.ts';
import { DemoOptionsSchema, type DemoOptions } from './demo-options.ts';
import { DEMO_NETWORKS } from './demo-topics.ts';
import { MAX_REPLY_DELAY_MS } from './slot-plan.ts';

/** A first sync (or a catch-up after a long stop) covers at most this many slots: 24 h at the default pace. */
export const MAX_BACKFILL_SLOTS = 7200;

function createDemoDriver(options: DemoOptions, context: ConnectorContext): SourceDriver {
  const slotMs = Math.round(options.postEverySeconds * 1000);
  const generator = new DemoGenerator({
    seed: options.seed,
    slotMs,
    assetBaseUrl: context.assetBaseUrl.replace(/\/+$/, ''),
  });
  const maxWindowMs = MAX_BACKFILL_SLOTS * slotMs;
  const backfillMs = Math.min(options.backfillHours * 3_600_000, maxWindowMs);

  return {
    async poll({ cursor }): Promise<PollResult> {
      const now = Math.floor(context.now());
      const previous = parseDemoCursor(cursor);
      let from: number;
      let parentFloor: number | undefined;
      if (!previous) {
        from = now - backfillMs;
        parentFloor = from;
      } else if (now - previous.highWater > maxWindowMs) {
        // Off for days: catch up a bounded window rather than flooding the store.
        from = now - maxWindowMs;
        parentFloor = from;
      } else {
        from = previous.highWater;
        parentFloor = previous.parentFloor;
      }
      // The clock went back (or stood still): nothing new, keep the mark where it was.
      if (previous && now <= from) return { events: [], cursor: formatDemoCursor(previous) };

      const items = generator.collect(from, now, parentFloor);
      // Once no pending reply can belong to a post older than the floor, the floor is no longer needed.
      const keepFloor = parentFloor !== undefined && now - parentFloor < MAX_REPLY_DELAY_MS;
      return {
        events: items.map((item) => ({ type: 'upsert', item })),
        cursor: formatDemoCursor(
          keepFloor && parentFloor !== undefined ? { highWater: now, parentFloor } : { highWater: now },
        ),
      };
    },
  };
}

export const demoConnector: ConnectorDefinition<DemoOptions> = {
  type: 'demo',
  label: 'Demo (Atelier Nova)',
  networks: DEMO_NETWORKS,
  optionsSchema: DemoOptionsSchema,
  defaultPollSeconds: 2,
  minPollSeconds: 0.5,
  defaultCachePolicy: { mode: 'persist' },
  create: createDemoDriver,
};
