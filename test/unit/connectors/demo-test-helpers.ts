// Drives the demo source on a fake clock.
import type { z } from 'zod';
import type { SourceDriver } from '../../../src/connectors/connector.ts';
import { demoConnector } from '../../../src/connectors/demo/demo-connector.ts';
import type { DemoOptionsSchema } from '../../../src/connectors/demo/demo-options.ts';
import type { PostInput } from '../../../src/shared/post.ts';

/** Friday 14 March 2025, 12:00 in Lyon (the demo's fixed UTC+1). */
export const FRIDAY_NOON = Date.UTC(2025, 2, 14, 11, 0);
export const ASSET_BASE = '/bundled';

export interface FakeClock {
  now: number;
}

export type DemoItem = Omit<PostInput, 'sourceId' | 'fetchedAt'> & { createdAt: string };

export function createDemo(clock: FakeClock, options: z.input<typeof DemoOptionsSchema> = {}): SourceDriver {
  return demoConnector.create(demoConnector.optionsSchema.parse(options), {
    sourceId: 'demo',
    now: () => clock.now,
    assetBaseUrl: ASSET_BASE,
  });
}

export async function pollDemo(
  driver: SourceDriver,
  cursor: string | undefined,
): Promise<{ items: DemoItem[]; cursor: string | undefined }> {
  const result = await driver.poll({ cursor, signal: new AbortController().signal });
  const items = result.events.map((event) => {
    if (event.type !== 'upsert') throw new Error(`unexpected ${event.type} event from the demo`);
    return event.item as DemoItem;
  });
  return { items, cursor: result.cursor };
}
