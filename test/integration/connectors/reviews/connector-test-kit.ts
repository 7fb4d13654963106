// What the review and Foursquare tests share: a connector on the wall's runtime
// (test/support/connector-harness.ts) on a clock the test moves, starting at T0, and time helpers.
import type { ConnectorDefinition } from '../../../../src/connectors/connector.ts';
import {
  connectorHarness,
  testClock,
  type ConnectorHarness,
  type TestClock,
} from '../../../support/connector-harness.ts';

export const T0 = Date.UTC(2026, 2, 10, 9, 0, 0);

export interface Harness extends ConnectorHarness {
  clock: TestClock;
}

export function harness<O>(definition: ConnectorDefinition<O>, rawOptions: unknown, sourceId = 'src'): Harness {
  const clock = testClock(T0);
  return { ...connectorHarness(definition, rawOptions, { sourceId, timers: clock }), clock };
}

export const minutes = (n: number): number => n * 60_000;
export const at = (msFromT0: number): Date => new Date(T0 + msFromT0);
