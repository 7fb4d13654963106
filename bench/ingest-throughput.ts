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
import type { Post } from '../src/shared/post.ts';
import { syntheticCandidate } from './synthetic-posts.ts';

const stamp = { sourceId: 'bench', cachePolicy: { mode: 'persist' } as const, fetchedAt: new Date().toISOString() };

export interface ThroughputResult {
  posts: number;
  pipelinePostsPerSecond: number;
  rawInsertPostsPerSecond: number;
  ratio: number;
}

export async function ingestThroughput(count = 20_000, batch = 500): Promise<ThroughputResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
  try {
    const candidates = Array.from({ length: count }, (_, i) => syntheticCandidate(i, 'tp'));
    const events: SourceEvent[] = candidates.map((item) => ({ type: 'upsert', item }));

    // Baseline: the same posts written raw — each mapped to its row (columns + the post as JSON, which
    // any store of posts must serialise) and inserted in batches into the same schema. No validation, no
    // change detection, no stream.
    await openSqliteStore({ path: join(dir, 'raw.db'), logger: memoryLogger('error') }).close();
    const posts = validateCandidates(events, stamp).posts;
    const raw = new Database(join(dir, 'raw.db'));
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    const columns = Object.keys(toPostRow(posts[0]!));
    const insert = raw.prepare(
      `INSERT INTO posts (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`,
    );
    const rawRow = (p: Post) => ({
      key: p.key,
      source_id: p.sourceId,
      network: p.network,
      kind: p.kind,
      parent_key: p.parentKey ?? null,
      root_key: p.rootKey ?? null,
      is_brand: p.author.isBrand ? 1 : 0,
      created_at: Date.parse(p.createdAt),
      state: p.state,
      rating: p.rating ?? null,
      expires_at: null,
      content_hash: '',
      json: JSON.stringify(p),
      sentiment: p.sentiment ?? null,
      intent: p.intent ?? null,
      theme: p.theme ?? null,
    });
    const insertBatch = raw.transaction((chunk: Post[]) => chunk.forEach((p) => insert.run(rawRow(p))));
    const rawStart = performance.now();
    for (let i = 0; i < posts.length; i += batch) insertBatch(posts.slice(i, i + batch));
    const rawSeconds = (performance.now() - rawStart) / 1000;
    raw.close();

    // The pipeline: validation, upsert with change detection, publication to a serialising subscriber.
    const store = openSqliteStore({ path: join(dir, 'pipeline.db'), logger: memoryLogger('error') });
    const feed = new ChangeFeed();
    let bytes = 0;
    // What each screen's stream writes: the event as JSON (serialised once by the feed).
    feed.events$.subscribe((e) => (bytes += e.json.length));
    const pipeline = new IngestPipeline({
      writer: store.writer,
      feed,
      logger: memoryLogger('error'),
      chunkSize: batch,
    });
    const start = performance.now();
    const report = await pipeline.submit(events, stamp);
    const seconds = (performance.now() - start) / 1000;
    await store.close();
    if (report.changed !== count || bytes === 0) throw new Error(`pipeline stored ${report.changed} of ${count}`);

    const pipelinePostsPerSecond = Math.round(count / seconds);
    const rawInsertPostsPerSecond = Math.round(count / rawSeconds);
    return {
      posts: count,
      pipelinePostsPerSecond,
      rawInsertPostsPerSecond,
      ratio: +(pipelinePostsPerSecond / rawInsertPostsPerSecond).toFixed(3),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
