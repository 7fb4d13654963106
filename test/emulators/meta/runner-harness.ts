// Drives a real connector through the real SourceRunner, ingest pipeline and SQLite store in a temp dir,
// on a clock the test moves: what the Meta connectors' tests use to check health, backoff and storage.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConnectorDefinition, SourceDriver } from '../../../src/connectors/connector.ts';
import { ChangeFeed } from '../../../src/main/engine/change-feed.ts';
import { IngestPipeline } from '../../../src/main/engine/ingest-pipeline.ts';
import { SourceRunner, type Timers } from '../../../src/main/engine/source-runner.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { openSqliteStore } from '../../../src/main/store/open-sqlite-store.ts';
import type { Store } from '../../../src/main/store/store-api.ts';
import type { SourceHealth } from '../../../src/shared/health.ts';

export interface TestClock {
  now(): number;
  advance(ms: number): void;
}

export function testClock(start = Date.UTC(2026, 2, 2, 12)): TestClock {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

export interface RunnerHarness {
  store: Store;
  healths: SourceHealth[];
  /** A runner for the connector; step it with pollOnce() (returns the delay it would wait). */
  runner(definition: ConnectorDefinition, options: unknown, sourceId?: string): { runner: SourceRunner; driver: SourceDriver; logLines: string[] };
  close(): void;
}

export function runnerHarness(clock: TestClock): RunnerHarness {
  const dir = mkdtempSync(join(tmpdir(), 'meta-runner-'));
  const store = openSqliteStore({ path: join(dir, 'wall.db'), logger: memoryLogger() });
  const pipeline = new IngestPipeline(store.writer, new ChangeFeed(), memoryLogger());
  const healths: SourceHealth[] = [];
  const timers: Timers = { now: clock.now, setTimeout: () => 0, clearTimeout: () => {} };
  return {
    store,
    healths,
    runner(definition, options, sourceId = 'src') {
      const logger = memoryLogger();
      const parsed = definition.optionsSchema.parse(options);
      const driver = definition.create(parsed, { sourceId, now: clock.now, assetBaseUrl: '/bundled', log: logger });
      const runner = new SourceRunner({
        sourceId,
        type: definition.type,
        networks: definition.networks,
        driver,
        intervalMs: definition.defaultPollSeconds * 1000,
        cachePolicy: definition.defaultCachePolicy,
        ingest: (events, stamp) => pipeline.submit(events, stamp),
        loadState: () => store.reader.loadSourceState(sourceId),
        saveState: (state) => store.writer.saveSourceState(state),
        onHealth: (h) => healths.push(h),
        logger,
        timers,
        random: () => 0.5,
      });
      return { runner, driver, logLines: logger.lines };
    },
    close() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
