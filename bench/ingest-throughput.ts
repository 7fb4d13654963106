// Ingest throughput of the whole pipeline (validate → moderate → enrich → store with the rollups → stream to a
// subscriber that serialises each event as the SSE route does) against a raw better-sqlite3 batched INSERT of the
// same rows, into the same schema, in the same run: the two sides in turn, 2,000 posts at a time, in elapsed time
// and in the main thread's CPU time.
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
  /** The same ratio in the main thread's CPU time (raw CPU time / pipeline CPU time). */
  cpuRatio: number;
}

/** Posts per turn of the two sides. */
const SLICE = 2_000;

const now = (): { ms: number; cpuMs: number } => {
  const { user, system } = process.threadCpuUsage();
  return { ms: performance.now(), cpuMs: (user + system) / 1000 };
};

/** Adds the time since `mark` to `side`; returns a new mark. */
function since(mark: { ms: number; cpuMs: number }, side: { ms: number; cpuMs: number }) {
  const next = now();
  side.ms += next.ms - mark.ms;
  side.cpuMs += next.cpuMs - mark.cpuMs;
  return next;
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
    await pipeline.warmUp();

    // The two sides in turn, slice by slice, so that a change of the machine's load falls on both; each timed in
    // elapsed time and in the main thread's CPU time (what a busy machine's waits for a core leave out).
    const raw$ = { ms: 0, cpuMs: 0 };
    const pipeline$ = { ms: 0, cpuMs: 0 };
    let changed = 0;
    for (let from = 0; from < count; from += SLICE) {
      let mark = now();
      for (let i = from; i < Math.min(count, from + SLICE); i += batch)
        insertBatch(posts.slice(i, Math.min(i + batch, from + SLICE)));
      mark = since(mark, raw$);
      changed += (await pipeline.submit(events.slice(from, from + SLICE), stamp)).changed;
      since(mark, pipeline$);
    }
    raw.close();
    await store.close();
    if (changed !== count || bytes === 0) throw new Error(`pipeline stored ${changed} of ${count}`);

    const pipelinePostsPerSecond = Math.round((count / pipeline$.ms) * 1000);
    const rawInsertPostsPerSecond = Math.round((count / raw$.ms) * 1000);
    return {
      posts: count,
      pipelinePostsPerSecond,
      rawInsertPostsPerSecond,
      ratio: +(pipelinePostsPerSecond / rawInsertPostsPerSecond).toFixed(3),
      cpuRatio: +(raw$.cpuMs / pipeline$.cpuMs).toFixed(3),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
