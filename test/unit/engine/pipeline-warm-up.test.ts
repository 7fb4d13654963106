import { describe, expect, it } from 'vitest';
import { ChangeFeed } from '../../../src/main/engine/change-feed.ts';
import { IngestPipeline } from '../../../src/main/engine/ingest-pipeline.ts';
import { validateCandidates } from '../../../src/main/engine/validate-candidates.ts';
import { warmUpCandidates } from '../../../src/main/engine/warm-up-posts.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import type { PostWriter } from '../../../src/main/store/store-api.ts';

const NOW = '2026-03-02T10:00:00.000Z';

describe('the pipeline warms up before the first poll (issue 14, finding 9)', () => {
  it('reads sample posts that validation accepts whole: a refused or repaired sample would leave code cold', () => {
    const stamp = { sourceId: 'warm-up', cachePolicy: { mode: 'memory' } as const, fetchedAt: NOW };
    const candidates = warmUpCandidates(NOW);
    const result = validateCandidates(
      candidates.map((item) => ({ type: 'upsert' as const, item })),
      stamp,
    );
    expect(result.invalid).toEqual([]);
    expect(result.repaired).toEqual([]);
    expect(result.posts).toHaveLength(candidates.length);
    // Every optional part of a post the schema checks is in at least one sample.
    for (const part of ['url', 'parentKey', 'rating', 'metrics', 'lang'] as const)
      expect(result.posts.some((p) => p[part] !== undefined)).toBe(true);
    expect(result.posts.some((p) => p.media.length > 0 && p.author.avatarUrl !== undefined)).toBe(true);
  });

  it('stores nothing and tells the screens nothing', async () => {
    const written: unknown[] = [];
    const writer = {
      upsertMany: async (posts: unknown[]) => {
        written.push(...posts);
        return [];
      },
    };
    const feed = new ChangeFeed();
    const events: unknown[] = [];
    feed.events$.subscribe((e) => events.push(e));
    const pipeline = new IngestPipeline({
      writer: writer as unknown as PostWriter,
      feed,
      logger: memoryLogger('error'),
    });
    await pipeline.warmUp();
    expect(written).toEqual([]);
    expect(events).toEqual([]);
  });
});
