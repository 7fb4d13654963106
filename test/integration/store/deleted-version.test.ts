// A source may say a post is gone by sending it again with `state: 'deleted'` (a replay line, a feed item)
// rather than as a delete event: on a real SQLite file, through the ingest pipeline, the post leaves the
// screens (a `remove` event), is no longer served, and a post the screens never had makes no event.
import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../../src/shared/api-contract.ts';
import type { Post } from '../../../src/shared/post.ts';
import { ChangeFeed } from '../../../src/main/engine/change-feed.ts';
import { IngestPipeline } from '../../../src/main/engine/ingest-pipeline.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { ALL, keysOf, openTestStore, tempDbPath, TestClock } from './store-test-kit.ts';
import { makePost } from './post-factory.ts';

const STAMP = {
  sourceId: 'source-a',
  cachePolicy: { mode: 'persist' as const },
  fetchedAt: '2026-03-01T10:00:05.000Z',
};

function setup() {
  const store = openTestStore(tempDbPath(), new TestClock(Date.parse('2026-03-01T12:00:00.000Z')));
  const feed = new ChangeFeed();
  const events: StreamEvent[] = [];
  feed.events$.subscribe((e) => events.push(e.event));
  const pipeline = new IngestPipeline({ writer: store.writer, feed, logger: memoryLogger() });
  const submit = (...posts: Post[]) =>
    pipeline.submit(
      posts.map((item) => ({ type: 'upsert', item })),
      STAMP,
    );
  return { store, events, submit };
}

describe('a post sent again as deleted', () => {
  it('leaves the screens and is no longer served', async () => {
    const { store, events, submit } = setup();
    await submit(makePost({ id: 'p', text: 'Un avis' }));
    expect(events.at(-1)).toMatchObject({ type: 'post' });
    const report = await submit(
      makePost({ id: 'p', text: 'Un avis', state: 'deleted', editedAt: '2026-03-01T10:05:00.000Z' }),
    );
    expect(events.at(-1)).toEqual({ type: 'remove', data: { key: 'mastodon:p', reason: 'deleted' } });
    expect(report.changed).toBe(1);
    expect(keysOf(await store.reader.newestForPanel(ALL, 10))).toEqual([]);
  });

  it('makes no event for a post the screens never had', async () => {
    const { events, submit } = setup();
    await submit(makePost({ id: 'q', text: 'Jamais montré', state: 'deleted' }));
    expect(events).toEqual([]);
  });
});
