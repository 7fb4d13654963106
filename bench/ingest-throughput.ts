// Ingest throughput of the whole pipeline (validate → store → stream to a subscriber that serialises
// each event as the SSE route does) against a raw better-sqlite3 batched INSERT of the same rows, into
// the same schema, in the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { SourceEvent } from '../src/connectors/connector.ts';
import { ChangeFeed } from '../src/main/engine/change-feed.ts';
import { IngestPipeline } from '../src/main/engine/ingest-pipeline.ts';
import { validateCandidates } from '../src/main/engine/validate-candidates.ts';
import { memoryLogger } from '../src/main/logger.ts';
import { openSqliteStore } from '../src/main/store/open-sqlite-store.ts';
import { toPostRow } from '../src/main/store/post-row.ts';
import { syntheticCandidate } from './synthetic-posts.ts';

const stamp = { sourceId: 'bench', cachePolicy: { mode: 'persist' } as const, fetchedAt: new Date().toISOString() };

export interface ThroughputResult {
  posts: number;
  pipelinePostsPerSecond: number;
  rawInsertPostsPerSecond: number;
  ratio: number;
}

export async function ingestThroughput(posts = 20_000, batch = 500): Promise<ThroughputResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
  try {
    const candidates = Array.from({ length: posts }, (_, i) => syntheticCandidate(i, 'tp'));
    const events: SourceEvent[] = candidates.map((item) => ({ type: 'upsert', item }));

    // Baseline: the same rows, already mapped, inserted raw in batches into the same schema.
    openSqliteStore({ path: join(dir, 'raw.db'), logger: memoryLogger('error') }).close();
    const rows = validateCandidates(events, stamp).posts.map(toPostRow);
    const raw = new Database(join(dir, 'raw.db'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    // The same columns the store writes, whatever the schema holds today.
    const columns = Object.keys(rows[0] ?? {});
    const insert = raw.prepare(`INSERT INTO posts (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`);
    const insertBatch = raw.transaction((chunk: typeof rows) => chunk.forEach((r) => insert.run(r)));
    const rawStart = performance.now();
    for (let i = 0; i < rows.length; i += batch) insertBatch(rows.slice(i, i + batch));
    const rawSeconds = (performance.now() - rawStart) / 1000;
    raw.close();

    // The pipeline: validation, upsert with change detection, publication to a serialising subscriber.
    const store = openSqliteStore({ path: join(dir, 'pipeline.db'), logger: memoryLogger('error') });
    const feed = new ChangeFeed();
    let bytes = 0;
    feed.events$.subscribe((e) => (bytes += JSON.stringify(e.event.data).length));
    const pipeline = new IngestPipeline(store.writer, feed, memoryLogger('error'), batch);
    const start = performance.now();
    const report = await pipeline.submit(events, stamp);
    const seconds = (performance.now() - start) / 1000;
    store.close();
    if (report.changed !== posts || bytes === 0) throw new Error(`pipeline stored ${report.changed} of ${posts}`);

    const pipelinePostsPerSecond = Math.round(posts / seconds);
    const rawInsertPostsPerSecond = Math.round(posts / rawSeconds);
    return { posts, pipelinePostsPerSecond, rawInsertPostsPerSecond, ratio: +(pipelinePostsPerSecond / rawInsertPostsPerSecond).toFixed(3) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
