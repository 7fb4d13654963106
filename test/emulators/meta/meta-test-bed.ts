// What the Facebook and Instagram tests share: a clock the test moves, the Meta Graph emulator serving a
// dataset dated by that clock, and a connector run on the wall's runtime (test/support/connector-harness.ts)
// on the same clock, closed with the bed.
import type { ConnectorDefinition } from '../../../src/connectors/connector.ts';
import { connectorHarness, testClock, type ConnectorHarness, type TestClock } from '../../support/connector-harness.ts';
import { MetaDataset } from './meta-dataset.ts';
import { startMetaEmulator, type RunningMetaEmulator } from './meta-emulator.ts';

export interface MetaTestBed {
  clock: TestClock;
  data: MetaDataset;
  emulator: RunningMetaEmulator;
  /** The connector on the real runner, pipeline and SQLite store; step it with `runner.pollOnce()`. */
  run<O>(definition: ConnectorDefinition<O>, options: unknown): ConnectorHarness;
  close(): Promise<void>;
}

export async function metaTestBed(start = Date.UTC(2026, 2, 2, 12)): Promise<MetaTestBed> {
  const clock = testClock(start);
  const data = new MetaDataset(clock.now);
  const emulator = await startMetaEmulator(data);
  const opened: ConnectorHarness[] = [];
  return {
    clock,
    data,
    emulator,
    run(definition, options) {
      const harness = connectorHarness(definition, options, { timers: clock });
      opened.push(harness);
      return harness;
    },
    async close() {
      for (const harness of opened.splice(0)) await harness.close();
      await emulator.close();
    },
  };
}
