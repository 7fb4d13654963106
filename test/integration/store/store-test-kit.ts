// A real SQLite file in a fresh temporary folder per test, removed when the test finishes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { memoryLogger } from '../../../src/main/logger.ts';
import { openSqliteStore } from '../../../src/main/store/open-sqlite-store.ts';
import type { Store } from '../../../src/main/store/store-api.ts';

export function tempDbPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'social-wall-store-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return join(dir, 'wall.db');
}

/** A clock the test moves by hand. */
export class TestClock {
  constructor(public ms: number) {}
  readonly now = (): number => this.ms;
}

export interface TestStore extends Store {
  logLines: string[];
}

export function openTestStore(path: string, clock?: TestClock, memoryPostsPerSource?: number): TestStore {
  const logger = memoryLogger();
  const store = openSqliteStore({
    path,
    logger,
    ...(clock ? { now: clock.now } : {}),
    ...(memoryPostsPerSource ? { memoryPostsPerSource } : {}),
  });
  onTestFinished(() => store.close());
  return Object.assign(store, { logLines: logger.lines });
}

export function keysOf(posts: readonly { key: string }[]): string[] {
  return posts.map((p) => p.key);
}

export const ALL = { networks: [], sources: [] } as const;
