// Drives a real connector through the real SourceRunner, ingest pipeline and SQLite store in a temp folder:
// what the wall does with one source, stepped by the test (`runner.pollOnce()`) or run on its timers.
// Every connector's tests need this same runtime, so it lives here once; what is a network's own (its
// emulator, its options, the clock its data is dated by) stays in that network's kit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConnectorDefinition, SourceDriver } from '../../src/connectors/connector.ts';
import type { BackoffPolicy } from '../../src/main/engine/backoff.ts';
import { ChangeFeed } from '../../src/main/engine/change-feed.ts';
import { IngestPipeline } from '../../src/main/engine/ingest-pipeline.ts';
import { SourceRunner, type Timers } from '../../src/main/engine/source-runner.ts';
import { memoryLogger } from '../../src/main/logger.ts';
import { openSqliteStore } from '../../src/main/store/open-sqlite-store.ts';
import type { Store } from '../../src/main/store/store-api.ts';
import type { SourceHealth } from '../../src/shared/health.ts';
import type { Post } from '../../src/shared/post.ts';

/** A clock the test moves; its timers never fire, so the test steps the runner with pollOnce(). */
export interface TestClock extends Timers {
  advance(ms: number): void;
}

export function testClock(start: number): TestClock {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms), setTimeout: () => 0, clearTimeout: () => {} };
}

export interface HarnessSetup {
  /** The runner's timers, whose clock the driver gets too. Default: the real clock, timers that never fire. */
  timers?: Timers;
  sourceId?: string;
  backoff?: BackoffPolicy;
}

export interface ConnectorHarness {
  runner: SourceRunner;
  driver: SourceDriver;
  store: Store;
  dbPath: string;
  /** Every health the runner reported, oldest first. */
  healths: SourceHealth[];
  /** What the runner and the driver logged (JSON lines). */
  logLines: string[];
  /** Every live post, newest first. */
  posts(): Promise<Post[]>;
  post(key: string): Promise<Post | undefined>;
  /** Stops the runner, closes the store and removes the temp folder. */
  close(): Promise<void>;
}

const steppedRealClock: Timers = { now: () => Date.now(), setTimeout: () => 0, clearTimeout: () => {} };

/** A harness for a connector, its driver made from `rawOptions` (parsed by the connector's schema). */
export function connectorHarness<O>(
  definition: ConnectorDefinition<O>,
  rawOptions: unknown,
  setup: HarnessSetup = {},
): ConnectorHarness {
  const logger = memoryLogger();
  const timers = setup.timers ?? steppedRealClock;
  const driver = definition.create(definition.optionsSchema.parse(rawOptions), {
    sourceId: setup.sourceId ?? 'src',
    now: () => timers.now(),
    assetBaseUrl: '/bundled',
    log: logger,
  });
  return runtime(definition, driver, setup, logger);
}

/** A harness for a driver the test made itself (and keeps a hand on). */
export function driverHarness<O>(
  definition: ConnectorDefinition<O>,
  driver: SourceDriver,
  setup: HarnessSetup = {},
): ConnectorHarness {
  return runtime(definition, driver, setup, memoryLogger());
}

function runtime<O>(
  definition: ConnectorDefinition<O>,
  driver: SourceDriver,
  setup: HarnessSetup,
  logger: ReturnType<typeof memoryLogger>,
): ConnectorHarness {
  const sourceId = setup.sourceId ?? 'src';
  const dir = mkdtempSync(join(tmpdir(), `${definition.type}-`));
  const dbPath = join(dir, 'wall.db');
  const store = openSqliteStore({ path: dbPath, logger: memoryLogger() });
  const pipeline = new IngestPipeline({ writer: store.writer, feed: new ChangeFeed(), logger: memoryLogger() });
  const healths: SourceHealth[] = [];
  const runner = new SourceRunner({
    sourceId,
    type: definition.type,
    networks: definition.networks,
    driver,
    intervalMs: definition.defaultPollSeconds * 1000,
    cachePolicy: definition.defaultCachePolicy,
    ingest: (events, stamp) => pipeline.submit(events, stamp),
    loadState: () => store.writer.loadSourceState(sourceId),
    saveState: (state) => store.writer.saveSourceState(state),
    onHealth: (h) => healths.push(h),
    logger,
    timers: setup.timers ?? steppedRealClock,
    ...(setup.backoff ? { backoff: setup.backoff } : {}),
    random: () => 0.5,
  });
  return {
    runner,
    driver,
    store,
    dbPath,
    healths,
    logLines: logger.lines,
    posts: () => store.reader.newestForPanel({ networks: [], sources: [] }, 500),
    post: (key) => store.reader.getPost(key),
    close: async () => {
      await runner.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
