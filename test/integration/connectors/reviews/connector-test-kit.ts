// Drives a real connector through a real SourceRunner, ingest pipeline and SQLite store in a temp folder,
// on a clock the test moves: what the wall would do, one poll at a time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConnectorDefinition } from '../../../../src/connectors/connector.ts';
import { ChangeFeed } from '../../../../src/main/engine/change-feed.ts';
import { IngestPipeline } from '../../../../src/main/engine/ingest-pipeline.ts';
import { SourceRunner, type Timers } from '../../../../src/main/engine/source-runner.ts';
import { memoryLogger } from '../../../../src/main/logger.ts';
import { openSqliteStore } from '../../../../src/main/store/open-sqlite-store.ts';
import type { Store } from '../../../../src/main/store/store-api.ts';
import type { SourceHealth } from '../../../../src/shared/health.ts';
import type { Post } from '../../../../src/shared/post.ts';

export const T0 = Date.UTC(2026, 2, 10, 9, 0, 0);

export interface Harness {
  runner: SourceRunner;
  store: Store;
  dbPath: string;
  healths: SourceHealth[];
  clock: { now: number };
  /** Every live post of the source, newest first. */
  posts(): Post[];
  post(key: string): Post | undefined;
  close(): Promise<void>;
}

export function harness<O>(definition: ConnectorDefinition<O>, rawOptions: unknown, sourceId = 'src'): Harness {
  const dir = mkdtempSync(join(tmpdir(), `${definition.type}-`));
  const dbPath = join(dir, 'wall.db');
  const store = openSqliteStore({ path: dbPath, logger: memoryLogger() });
  const pipeline = new IngestPipeline(store.writer, new ChangeFeed(), memoryLogger());
  const clock = { now: T0 };
  const timers: Timers = { now: () => clock.now, setTimeout: () => 0, clearTimeout: () => {} };
  const options = definition.optionsSchema.parse(rawOptions);
  const driver = definition.create(options, { sourceId, now: () => clock.now, assetBaseUrl: '/bundled' });
  const healths: SourceHealth[] = [];
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
    logger: memoryLogger(),
    timers,
    random: () => 0.5,
  });
  return {
    runner,
    store,
    dbPath,
    healths,
    clock,
    posts: () => store.reader.newestForPanel({ networks: [], sources: [] }, 500),
    post: (key) => store.reader.getPost(key),
    close: async () => {
      await runner.stop();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const minutes = (n: number): number => n * 60_000;
export const at = (msFromT0: number): Date => new Date(T0 + msFromT0);
