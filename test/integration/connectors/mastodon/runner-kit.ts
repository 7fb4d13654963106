// Drives a real connector through a real SourceRunner, ingest pipeline and SQLite store in a temp folder
// (shared by the Mastodon and Bluesky tests).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConnectorDefinition, SourceDriver } from '../../../../src/connectors/connector.ts';
import { ChangeFeed } from '../../../../src/main/engine/change-feed.ts';
import { IngestPipeline } from '../../../../src/main/engine/ingest-pipeline.ts';
import { SourceRunner, realTimers, type Timers } from '../../../../src/main/engine/source-runner.ts';
import { memoryLogger } from '../../../../src/main/logger.ts';
import { openSqliteStore } from '../../../../src/main/store/open-sqlite-store.ts';
import type { Store } from '../../../../src/main/store/store-api.ts';
import type { Post } from '../../../../src/shared/post.ts';

export interface RunnerHarness {
  runner: SourceRunner;
  driver: SourceDriver;
  store: Store;
  post(key: string): Post | undefined;
  posts(): Post[];
  close(): Promise<void>;
}

export function runnerHarness<O>(definition: ConnectorDefinition<O>, rawOptions: unknown, opts: { timers?: Timers; backoff?: { baseMs: number; capMs: number; authRetryMs: number } } = {}): RunnerHarness {
  const dir = mkdtempSync(join(tmpdir(), `${definition.type}-`));
  const store = openSqliteStore({ path: join(dir, 'wall.db'), logger: memoryLogger() });
  const pipeline = new IngestPipeline(store.writer, new ChangeFeed(), memoryLogger());
  const timers = opts.timers ?? { now: () => Date.now(), setTimeout: () => 0, clearTimeout: () => {} };
  const driver = definition.create(definition.optionsSchema.parse(rawOptions), { sourceId: 'src', now: () => timers.now(), assetBaseUrl: '/bundled' });
  const runner = new SourceRunner({
    sourceId: 'src',
    type: definition.type,
    networks: definition.networks,
    driver,
    intervalMs: definition.defaultPollSeconds * 1000,
    cachePolicy: definition.defaultCachePolicy,
    ingest: (events, stamp) => pipeline.submit(events, stamp),
    loadState: () => store.reader.loadSourceState('src'),
    saveState: (state) => store.writer.saveSourceState(state),
    onHealth: () => {},
    logger: memoryLogger(),
    timers,
    ...(opts.backoff ? { backoff: opts.backoff } : {}),
    random: () => 0.5,
  });
  return {
    runner,
    driver,
    store,
    post: (key) => store.reader.getPost(key),
    posts: () => store.reader.newestForPanel({ networks: [], sources: [] }, 500),
    close: async () => {
      await runner.stop();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export { realTimers };
