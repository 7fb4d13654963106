// Migration 008 rewrites the cursors a wall stored before the cursor fields were named (v 1) into the
// format each connector reads now (v 2): a restarted wall resumes where it was, it does not sync again.
// The v 1 cursors below are as the connectors wrote them.
import { describe, expect, it } from 'vitest';
import { blueskyCursor } from '../../../src/connectors/bluesky/bluesky-cursor.ts';
import { facebookCursor } from '../../../src/connectors/facebook/facebook-cursor.ts';
import { instagramCursor } from '../../../src/connectors/instagram/instagram-cursor.ts';
import { mastodonCursor } from '../../../src/connectors/mastodon/mastodon-cursor.ts';
import { parseWindowCursor } from '../../../src/connectors/reviews/shared/window-cursor.ts';
import { xCursor } from '../../../src/connectors/x/x-cursor.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { MIGRATIONS } from '../../../src/main/store/migrations/index.ts';
import { migrate } from '../../../src/main/store/migrator.ts';
import { openWritableConnection } from '../../../src/main/store/sqlite-handles.ts';
import { tempDbPath } from './store-test-kit.ts';

const V1: Record<string, unknown> = {
  facebook: {
    v: 1,
    hw: 1_772_400_000,
    polls: 12,
    posts: [{ id: '100_1', t: 1_772_390_000, u: 1_772_399_000, n: 3, lc: 1_772_398_000, tg: true }],
    recent: [{ id: '1_9', k: 'c', t: 1_772_398_000, r: '100_1' }],
    off: 4,
  },
  instagram: {
    v: 1,
    username: 'ateliernova',
    hw: 1_772_400_000,
    polls: 3,
    media: [
      { id: '1790', t: 1_772_390_000, n: 2, o: 'o' },
      { id: '1791', t: 1_772_391_000, n: 0, o: 'g' },
    ],
    recent: [{ id: '1800', k: 'c', t: 1_772_395_000, r: '1790' }],
    off: 0,
    tags: { ateliernova: '1784' },
    searches: [{ tag: 'ateliernova', at: 1_772_000_000_000 }],
  },
  x: {
    v: 1,
    query: '(#AtelierNova) -is:retweet',
    searchSinceId: '1899000000000000009',
    lastRecheckAt: 1_772_400_000_000,
    recent: [
      { o: '1899000000000000001', l: '1899000000000000005', c: '2026-03-01T10:00:00.000Z', s: 1_772_400_000_000 },
    ],
    budget: { month: '2026-03', postsRead: 42, day: '2026-03-01', readToday: ['1899000000000000001'] },
  },
  mastodon: {
    v: 1,
    tags: { 'https://mastodon.social ateliernova': '110' },
    brand: { 'https://mastodon.social ateliernova@mastodon.social': '111' },
    recent: [{ i: 'https://mastodon.social', id: '110', key: 'mastodon:mastodon.social/users/jane/statuses/1' }],
    polls: 7,
    recheckAt: 2,
  },
  bluesky: {
    v: 1,
    since: { '#ateliernova': '2026-03-01T10:00:00.000Z' },
    brandSince: '2026-03-01T09:00:00.000Z',
    recent: [{ uri: 'at://did:plc:a/app.bsky.feed.post/1', key: 'bluesky:did:plc:a/1' }],
    polls: 5,
    recheckAt: 1,
  },
  trustpilot: {
    v: 1,
    hwm: 1_772_400_000_000,
    recent: [
      ['r1', 1_772_400_000_000, 1],
      ['r2', 1_772_300_000_000],
    ],
    bu: '5c0f',
    buName: 'atelier-nova.fr',
  },
  replay: { v: 1, file: '/tmp/a.jsonl', offset: 120, line: 3, cycle: 0, startedAt: 1, played: 3 },
  rss: { feeds: { 'https://example.com/feed': { etag: '"abc"' } } },
};

function migrated(): Record<string, string> {
  const db = openWritableConnection(tempDbPath());
  migrate(db, MIGRATIONS, { logger: memoryLogger(), toVersion: 7 });
  const insert = db.prepare('INSERT INTO source_state (source_id, cursor, invalid_items) VALUES (?, ?, 0)');
  for (const [id, cursor] of Object.entries(V1)) insert.run(id, JSON.stringify(cursor));
  insert.run('demo', '1772400000000/1772300000000');
  migrate(db, MIGRATIONS, { logger: memoryLogger() });
  const rows = db.prepare('SELECT source_id, cursor FROM source_state').all() as {
    source_id: string;
    cursor: string;
  }[];
  db.close();
  return Object.fromEntries(rows.map((r) => [r.source_id, r.cursor]));
}

describe('migration 008: cursor field names', () => {
  it('Facebook and Instagram: their marks, posts and media, followed comments and hashtags, by name', () => {
    const after = migrated();
    expect(facebookCursor.parse(after['facebook'])).toEqual({
      v: 2,
      newestPostAt: 1_772_400_000,
      polls: 12,
      posts: [
        {
          id: '100_1',
          createdAt: 1_772_390_000,
          updatedAt: 1_772_399_000,
          commentCount: 3,
          newestCommentAt: 1_772_398_000,
          tagged: true,
        },
      ],
      recentComments: [{ id: '1_9', createdAt: 1_772_398_000, postId: '100_1' }],
      recheckOffset: 4,
    });
    expect(instagramCursor.parse(after['instagram'])).toMatchObject({
      v: 2,
      username: 'ateliernova',
      newestMediaAt: 1_772_400_000,
      media: [
        { id: '1790', createdAt: 1_772_390_000, commentCount: 2, origin: 'own' },
        { id: '1791', createdAt: 1_772_391_000, commentCount: 0, origin: 'tagged' },
      ],
      recentComments: [{ id: '1800', createdAt: 1_772_395_000, postId: '1790' }],
      hashtagIds: { ateliernova: '1784' },
      hashtagSearches: [{ tag: 'ateliernova', at: 1_772_000_000_000 }],
    });
  });

  it('X: since_ids and the month budget kept, recent posts by name', () => {
    const after = migrated();
    expect(xCursor.parse(after['x'])).toMatchObject({
      v: 2,
      searchSinceId: '1899000000000000009',
      budget: { postsRead: 42 },
      recent: [
        {
          originalId: '1899000000000000001',
          latestId: '1899000000000000005',
          createdAt: '2026-03-01T10:00:00.000Z',
          firstSeenAt: 1_772_400_000_000,
        },
      ],
    });
  });

  it('Mastodon, Bluesky and the review windows', () => {
    const after = migrated();
    expect(mastodonCursor.parse(after['mastodon'])).toMatchObject({
      newestByHashtag: { 'https://mastodon.social ateliernova': '110' },
      newestByBrandAccount: { 'https://mastodon.social ateliernova@mastodon.social': '111' },
      recent: [{ instance: 'https://mastodon.social', id: '110' }],
      recheckOffset: 2,
    });
    expect(blueskyCursor.parse(after['bluesky'])).toMatchObject({
      newestByQuery: { '#ateliernova': '2026-03-01T10:00:00.000Z' },
      brandNewest: '2026-03-01T09:00:00.000Z',
      recheckOffset: 1,
    });
    expect(parseWindowCursor(after['trustpilot'])).toEqual({
      newestAt: 1_772_400_000_000,
      firstPage: [
        { id: 'r1', at: 1_772_400_000_000, reply: true },
        { id: 'r2', at: 1_772_300_000_000 },
      ],
      businessUnitId: '5c0f',
      businessUnitName: 'atelier-nova.fr',
    });
  });

  it('leaves alone the cursors whose names needed no change (replay, web feeds, the demo)', () => {
    const after = migrated();
    expect(JSON.parse(after['replay'] ?? '')).toEqual(V1['replay']);
    expect(JSON.parse(after['rss'] ?? '')).toEqual(V1['rss']);
    expect(after['demo']).toBe('1772400000000/1772300000000');
  });
});
