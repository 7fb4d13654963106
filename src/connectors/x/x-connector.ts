// X (API v2): recent search, mentions and the brand's replies by polling, the filtered stream as an
// option; every post read is paid for, so reads are counted against a monthly budget.
import type { ConnectorDefinition } from '../connector.ts';
import { createXDriver } from './x-driver.ts';
import { XOptionsSchema, type XOptions } from './x-options.ts';

export const xConnector: ConnectorDefinition<XOptions> = {
  type: 'x',
  label: 'X (API v2)',
  networks: ['x'],
  optionsSchema: XOptionsSchema,
  // Recent search allows 450 calls per 15 min per app: every 30 s uses 30 of them for each call made.
  defaultPollSeconds: 30,
  minPollSeconds: 5,
  defaultCachePolicy: { mode: 'persist' },
  create: createXDriver,
};
