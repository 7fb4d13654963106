// countsPerNetwork reads the live_posts_per_hour rollup: it must give exactly what a scan of the posts table
// gives, whatever mix of writes came before, and whatever `since` (a day can start at a :30 offset).
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../src/main/store/migrations/index.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { migrate } from '../../../src/main/store/migrator.ts';
import { configureWritableConnection, openWritableConnection } from '../../../src/main/store/sqlite-handles.ts';
import type { Network, Post } from '../../../src/shared/post.ts';
import {
  bruteForceBuckets,
  bruteForceCounts,
  rollupBuckets,
  seededRandom,
  type MemoryPostFact,
} from './live-counts-oracle.ts';
import { makePost } from './post-factory.ts';
import { openTestStore, tempDbPath, TestClock } from './store-test-kit.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const START = Date.parse('2026-03-31T12:17:23.456Z');
const RETENTION_DAYS = 2;
const NETWORKS_USED: Network[] = ['facebook', 'instagram', 'x', 'foursquare', 'mastodon'];

type Policy = Post['cachePolicy'];

/** What the memory cache must hold, modelled by the test: entries by key, and the keys deleted by authors. */
class MemoryModel {
  readonly entries = new Map<string, { network: string; createdMs: number; state: string }>();
  private readonly tombstones = new Set<string>();

  upsert(post: Post): void {
    if (this.tombstones.has(post.key)) return;
    if (post.state === 'deleted') this.markDeleted(post.key, true);
    else {
      const createdMs = Date.parse(post.createdAt);
      this.entries.set(post.key, { network: post.network, createdMs, state: post.state });
    }
  }

  markDeleted(key: string, always = false): void {
    if (!always && !this.entries.has(key)) return;
    this.entries.delete(key);
    this.tombstones.add(key);
  }

  purgeCreatedBefore(cutoffMs: number): void {
    for (const [key, entry] of this.entries) if (entry.createdMs < cutoffMs) this.entries.delete(key);
  }

  live(): MemoryPostFact[] {
    return [...this.entries.values()].filter((e) => e.state === 'live');
  }
}

describe('countsPerNetwork over the hourly rollup', () => {
  it('equals a brute-force count after a random mix of inserts, edits, deletes, TTL, memory posts, purges', async () => {
    const path = tempDbPath();
    const clock = new TestClock(START);
    const store = openTestStore(path, clock);
    const random = seededRandom(20260331);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const chance = (p: number): boolean => random() < p;

    const memory = new MemoryModel();
    /** The last version of each post the test wrote, by key; memory posts keep their policy for life. */
    const written = new Map<string, Post>();
    let serial = 0;

    const randomCreatedAt = (): string =>
      new Date(clock.ms - Math.floor(random() * 3 * DAY) + Math.floor(random() * 5 * MINUTE)).toISOString();
    const randomFilePolicy = (): Policy =>
      chance(0.25) ? { mode: 'ttl', seconds: 60 + Math.floor(random() * 3_600) } : { mode: 'persist' };
    const randomState = (): Post['state'] => (chance(0.9) ? 'live' : chance(0.5) ? 'hidden' : 'deleted');

    const write = async (posts: Post[]): Promise<void> => {
      await store.writer.upsertMany(posts);
      for (const post of posts) {
        if (post.cachePolicy.mode === 'memory') memory.upsert(post);
        written.set(post.key, post);
      }
    };

    const newPost = (): Post => {
      serial += 1;
      const network = pick(NETWORKS_USED);
      return makePost({
        id: `r${serial}`,
        network,
        sourceId: `src-${network}`,
        createdAt: randomCreatedAt(),
        fetchedAt: new Date(clock.ms).toISOString(),
        state: randomState(),
        cachePolicy: chance(0.2) ? { mode: 'memory' } : randomFilePolicy(),
      });
    };

    /** An edit (new text, maybe a new date, state or policy) or a plain re-fetch (a TTL renewal). */
    const revisit = (post: Post): Post => {
      const fetchedAt = new Date(clock.ms).toISOString();
      if (chance(0.3)) return { ...post, fetchedAt };
      const inMemory = post.cachePolicy.mode === 'memory';
      return {
        ...post,
        text: `${post.text} (edited ${serial})`,
        fetchedAt,
        createdAt: chance(0.3) ? randomCreatedAt() : post.createdAt,
        state: chance(0.2) ? randomState() : post.state,
        cachePolicy: inMemory ? post.cachePolicy : chance(0.3) ? randomFilePolicy() : post.cachePolicy,
      };
    };

    const sinceValues = (): number[] => {
      const utcMidnight = Math.floor(clock.ms / DAY) * DAY;
      const known = [...written.values()];
      return [
        utcMidnight, // on an hour boundary: no partial span
        utcMidnight - 5.5 * HOUR, // a day that starts at :30 (UTC+5:30)
        utcMidnight + 45 * MINUTE + 12_345, // off any boundary, to the millisecond
        clock.ms - 90 * MINUTE - 17_000,
        known.length > 0 ? Date.parse(pick(known).createdAt) : clock.ms, // exactly a post's date: inclusive
        0,
        clock.ms + 2 * HOUR, // nothing is that recent
      ];
    };

    const checkAgainstBruteForce = async (round: number): Promise<void> => {
      const file = new Database(path, { readonly: true });
      expect(rollupBuckets(file), `buckets after round ${round}`).toEqual(bruteForceBuckets(file));
      file.close();
      for (const since of sinceValues()) {
        expect(await store.stats.countsPerNetwork(since), `round ${round}, since ${since}`).toEqual(
          bruteForceCounts(path, since, clock.ms, memory.live()),
        );
      }
    };

    for (let round = 0; round < 60; round++) {
      await write(Array.from({ length: 1 + Math.floor(random() * 25) }, newPost));
      const known = [...written.values()];
      await write(Array.from({ length: Math.floor(random() * 8) }, () => revisit(pick(known))));
      const toDelete = Array.from({ length: Math.floor(random() * 4) }, () => pick(known).key);
      if (chance(0.2)) toDelete.push('x:never-seen');
      await store.writer.markDeleted(toDelete);
      for (const key of toDelete) memory.markDeleted(key);
      clock.ms += Math.floor(random() * 15 * MINUTE);
      if (chance(0.25)) {
        await store.writer.purge(clock.ms, RETENTION_DAYS);
        memory.purgeCreatedBefore(clock.ms - RETENTION_DAYS * DAY);
      }
      await checkAgainstBruteForce(round);
    }
    // The mix did reach every part: the rollup, TTL rows still live, memory posts, and a purge.
    const file = new Database(path, { readonly: true });
    const ttlLive = file.prepare('SELECT COUNT(*) FROM posts WHERE expires_at > ?').pluck().get(clock.ms);
    const buckets = file.prepare('SELECT COUNT(*) FROM live_posts_per_hour').pluck().get();
    file.close();
    expect(ttlLive).toBeGreaterThan(0);
    expect(buckets).toBeGreaterThan(0);
    expect(memory.live().length).toBeGreaterThan(0);
  });

  it('lists a network only while it has a post on the wall', async () => {
    const clock = new TestClock(START);
    const store = openTestStore(tempDbPath(), clock);
    const post = makePost({ id: 'only', network: 'x', createdAt: new Date(START - HOUR).toISOString() });
    await store.writer.upsertMany([post]);
    expect(await store.stats.countsPerNetwork(START - 30 * MINUTE)).toEqual([{ network: 'x', today: 0, total: 1 }]);
    await store.writer.markDeleted([post.key]);
    expect(await store.stats.countsPerNetwork(START - 30 * MINUTE)).toEqual([]);
  });
});

describe('the rollup triggers', () => {
  it('keep live_posts_per_hour exact under any insert, update and delete on posts, negative dates included', () => {
    const db = openWritableConnection(tempDbPath());
    configureWritableConnection(db);
    migrate(db, MIGRATIONS, { logger: memoryLogger(), toVersion: LATEST_SCHEMA_VERSION });
    const random = seededRandom(7);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const networks = ['facebook', 'x', 'mastodon'];
    const states = ['live', 'live', 'live', 'hidden', 'deleted'];
    // Around the epoch too: a bucket must be floored there, where SQLite's % truncates toward zero.
    const randomTime = (): number => pick([0, START]) + Math.floor((random() - 0.5) * 6 * HOUR);
    const randomExpiry = (): number | null => (random() < 0.3 ? START + Math.floor(random() * HOUR) : null);

    const insert = db.prepare(
      `INSERT INTO posts (key, source_id, network, kind, is_brand, created_at, state, expires_at, content_hash, json)
       VALUES (?, 's', ?, 'post', 0, ?, ?, ?, 'h', '{}') ON CONFLICT (key) DO NOTHING`,
    );
    const updates = new Map<string, Database.Statement<unknown[]>>();
    const updateStatement = (assignments: string): Database.Statement<unknown[]> => {
      const statement = updates.get(assignments) ?? db.prepare(`UPDATE posts SET ${assignments} WHERE key = ?`);
      updates.set(assignments, statement);
      return statement;
    };
    const keys: string[] = [];
    let sawBucketBeforeEpoch = false;
    const check = (step: number): void => {
      const buckets = rollupBuckets(db);
      expect(buckets, `step ${step}`).toEqual(bruteForceBuckets(db));
      sawBucketBeforeEpoch ||= buckets.some((b) => b.hour_start < 0);
    };
    const column = {
      state: () => pick(states),
      network: () => pick(networks),
      created_at: randomTime,
      expires_at: randomExpiry,
      json: () => '{"edited":true}', // not a counted column: the update triggers do not fire
    };
    type Column = keyof typeof column;
    const columns = Object.keys(column) as Column[];

    for (let step = 0; step < 3_000; step++) {
      const roll = random();
      if (roll < 0.4 || keys.length === 0) {
        const key = random() < 0.1 && keys.length > 0 ? pick(keys) : `k${step}`; // sometimes a conflict
        insert.run(key, pick(networks), randomTime(), pick(states), randomExpiry());
        keys.push(key);
      } else if (roll < 0.85) {
        const set = columns.filter(() => random() < 0.4);
        if (set.length === 0) set.push(pick(columns));
        const values = set.map((c) => column[c]());
        updateStatement(set.map((c) => `${c} = ?`).join(', ')).run(...values, pick(keys));
      } else if (roll < 0.97) {
        db.prepare('DELETE FROM posts WHERE key = ?').run(pick(keys));
      } else {
        // Many rows in one statement, as the purges and a moderation sweep would do.
        const cutoff = randomTime();
        if (random() < 0.5) db.prepare("UPDATE posts SET state = 'hidden' WHERE created_at < ?").run(cutoff);
        else db.prepare('DELETE FROM posts WHERE created_at < ?').run(cutoff);
      }
      if (step % 100 === 0) check(step);
    }
    check(3_000);
    expect(sawBucketBeforeEpoch).toBe(true);
    db.close();
  });
});
