// The rollups of migration 010 against brute force over the posts: after a random mix of customer posts, brand
// replies (by parent and by root, some before the post they answer), edits that change what a post wants,
// deletes, hides and retention, the threads are exactly the posts that call for an answer (the shared rule),
// their first replies are right, and the window's counts, response times (to the histogram's precision), tone
// and themes match; an upgrade fills the rollups from what was stored; and the reads never scan posts.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { bucketWidth } from '../../../src/main/store/response-time-buckets.ts';
import { SqliteAnswerRollups } from '../../../src/main/store/sqlite-answer-rollups.ts';
import type { MemoryPostView } from '../../../src/main/store/memory-post-cache.ts';
import { callsForAnswer, parentFactsOf } from '../../../src/shared/calls-for-answer.ts';
import { COMPLAINT_THEMES, type Post } from '../../../src/shared/post.ts';
import { seededRandom } from './live-counts-oracle.ts';
import { makePost } from './post-factory.ts';
import { openTestStore, tempDbPath, TestClock } from './store-test-kit.ts';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-03-10T12:30:00.000Z');
const SINCE = Math.floor(NOW / HOUR) * HOUR - 167 * HOUR;
const brand = { id: 'brand', name: 'Atelier Nova', isBrand: true };
const noMemory = { entries: () => [][Symbol.iterator](), get: () => undefined } as unknown as MemoryPostView;

function rollupsOf(path: string): SqliteAnswerRollups {
  const db = new Database(path, { readonly: true });
  return new SqliteAnswerRollups(db as never, noMemory);
}

/** The posts that call for an answer among those stored, by the shared rule, and their first reply. */
function bruteForce(stored: Map<string, Post>) {
  const threads = new Map<string, { createdMs: number; firstReplyMs: number | undefined }>();
  for (const post of stored.values()) {
    const parent = post.parentKey ? stored.get(post.parentKey) : undefined;
    if (!callsForAnswer(post, parent && parentFactsOf(parent))) continue;
    const replies = [...stored.values()]
      .filter((r) => r.author.isBrand && r.state !== 'deleted' && (r.parentKey === post.key || r.rootKey === post.key))
      .map((r) => Date.parse(r.createdAt));
    threads.set(post.key, {
      createdMs: Date.parse(post.createdAt),
      firstReplyMs: replies.length ? Math.min(...replies) : undefined,
    });
  }
  return threads;
}

function exactQuantile(sorted: number[], q: number): number {
  const rank = q * sorted.length;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(rank) - 1))] ?? 0;
}

describe('answer rollups', () => {
  it('match brute force over a random mix of posts, replies, edits, deletes, hides and retention', async () => {
    const path = tempDbPath();
    const clock = new TestClock(NOW);
    const store = openTestStore(path, clock);
    const random = seededRandom(7);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const stored = new Map<string, Post>();
    const customers: Post[] = [];
    const brandAnswers: Post[] = [];

    const batch: Post[] = [];
    for (let i = 0; i < 1_200; i++) {
      const createdMs = NOW - Math.floor(random() * 10 * 24 * HOUR);
      const roll = random();
      let post: Post;
      if (roll < 0.4 && customers.length) {
        const answered = pick(customers);
        const byRoot = random() < 0.3;
        post = makePost({
          id: `b${i}`,
          network: answered.network,
          kind: 'reply',
          author: brand,
          // Some replies are stamped before the post they answer (clocks differ between networks).
          createdAt: new Date(Date.parse(answered.createdAt) + Math.floor((random() - 0.05) * 30 * HOUR)).toISOString(),
          ...(byRoot
            ? { parentKey: `${answered.network}:elsewhere${i}`, rootKey: answered.key }
            : { parentKey: answered.key, rootKey: answered.key }),
        });
        brandAnswers.push(post);
      } else if (roll < 0.48 && brandAnswers.length) {
        // A customer answering the brand's answer.
        const answer = pick(brandAnswers);
        post = makePost({
          id: `c${i}`,
          network: answer.network,
          kind: 'comment',
          intent: pick(['question', 'complaint'] as const),
          parentKey: answer.key,
          rootKey: answer.rootKey,
          createdAt: new Date(createdMs).toISOString(),
        });
      } else {
        const intent = pick(['question', 'complaint', 'praise', 'other'] as const);
        post = makePost({
          id: `c${i}`,
          network: pick(['facebook', 'x', 'instagram', 'google', 'web', 'foursquare'] as const),
          kind: pick(['post', 'comment', 'mention', 'review', 'reply'] as const),
          intent,
          sentiment: pick(['positive', 'neutral', 'negative'] as const),
          ...(intent === 'complaint' ? { theme: pick(COMPLAINT_THEMES) } : {}),
          createdAt: new Date(createdMs).toISOString(),
        });
        customers.push(post);
      }
      batch.push(post);
    }
    // Stored in shuffled chunks: a reply may arrive before the post it answers.
    for (let i = batch.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [batch[i], batch[j]] = [batch[j] as Post, batch[i] as Post];
    }
    for (let i = 0; i < batch.length; i += 50) {
      const chunk = batch.slice(i, i + 50);
      await store.writer.upsertMany(chunk);
      for (const post of chunk) stored.set(post.key, post);
    }

    // Edits: a question becomes praise, praise becomes a complaint (what the post wants changes with its text).
    const edited = customers
      .filter(() => random() < 0.1)
      .map((post) => {
        const intent = post.intent === 'praise' ? ('complaint' as const) : ('praise' as const);
        const { theme: _theme, ...rest } = post;
        return {
          ...rest,
          text: `${post.text} (edited)`,
          intent,
          ...(intent === 'complaint' ? { theme: 'price' as const } : {}),
        };
      });
    await store.writer.upsertMany(edited);
    for (const post of edited) stored.set(post.key, post);

    // Deletes of customer posts and of brand replies; a person hides a few posts.
    const gone = [...stored.values()].filter(() => random() < 0.08).map((p) => p.key);
    await store.writer.markDeleted(gone);
    for (const key of gone) {
      const post = stored.get(key);
      if (post) stored.set(key, { ...post, state: 'deleted' });
    }
    for (const post of customers.filter(() => random() < 0.04)) {
      if (stored.get(post.key)?.state !== 'live') continue;
      await store.writer.hide(post.key, 'test', NOW);
      stored.set(post.key, { ...post, state: 'hidden' });
    }
    // Retention: posts older than 9 days leave.
    let purge;
    do purge = await store.writer.purge(NOW, 9);
    while (purge.more);
    for (const [key, post] of stored) if (Date.parse(post.createdAt) < NOW - 9 * 24 * HOUR) stored.delete(key);

    const expected = bruteForce(stored);
    const db = new Database(path, { readonly: true });
    const threads = db.prepare('SELECT key, created_at, first_reply_at FROM answer_threads ORDER BY key').all() as {
      key: string;
      created_at: number;
      first_reply_at: number | null;
    }[];
    expect(threads.map((t) => t.key)).toEqual([...expected.keys()].sort());
    for (const thread of threads)
      expect(thread.first_reply_at ?? undefined).toBe(expected.get(thread.key)?.firstReplyMs);

    const inWindow = [...expected.values()].filter((t) => t.createdMs >= SINCE);
    const responses = inWindow
      .filter((t) => t.firstReplyMs !== undefined)
      .map((t) => Math.max(0, (t.firstReplyMs ?? 0) - t.createdMs) / 1000)
      .sort((a, b) => a - b);
    // Enough of each case for the comparison to mean something.
    expect(inWindow.length).toBeGreaterThan(60);
    expect(responses.length).toBeGreaterThan(20);
    expect(inWindow.length - responses.length).toBeGreaterThan(10);
    const window = rollupsOf(path).answerWindow(SINCE, 3_600, 3);
    expect(window.awaited).toBe(inWindow.length);
    expect(window.answered).toBe(responses.length);
    expect(window.waiting).toBe(inWindow.length - responses.length);
    const median = exactQuantile(responses, 0.5);
    expect(Math.abs((window.medianSeconds ?? 0) - median)).toBeLessThanOrEqual(bucketWidth(median));
    const p90 = exactQuantile(responses, 0.9);
    expect(Math.abs((window.p90Seconds ?? 0) - p90)).toBeLessThanOrEqual(bucketWidth(p90));
    // The default target (1 h) is a bucket's bound: the share within it is exact.
    expect(window.withinTarget).toBeCloseTo(responses.filter((s) => s <= 3_600).length / responses.length, 9);
    const waitingOldest = inWindow
      .filter((t) => t.firstReplyMs === undefined)
      .map((t) => t.createdMs)
      .sort((a, b) => a - b)
      .slice(0, 3);
    expect(window.oldest.map((w) => w.createdMs)).toEqual(waitingOldest);

    const live = [...stored.values()].filter((p) => p.state === 'live' && !p.author.isBrand);
    const tone = { positive: 0, neutral: 0, negative: 0 };
    for (const p of live) if (p.sentiment && Date.parse(p.createdAt) >= SINCE) tone[p.sentiment] += 1;
    expect(rollupsOf(path).toneSince(SINCE)).toEqual(tone);
    const themes = rollupsOf(path).themeWeeks(SINCE, NOW + 1);
    for (const theme of COMPLAINT_THEMES) {
      const of = (from: number, to: number) =>
        live.filter(
          (p) =>
            p.intent === 'complaint' &&
            p.theme === theme &&
            Date.parse(p.createdAt) >= from &&
            Date.parse(p.createdAt) < to,
        ).length;
      expect(themes.counts.get(theme) ?? [0, 0], theme).toEqual([
        of(SINCE, NOW + 1),
        of(SINCE - (NOW + 1 - SINCE), SINCE),
      ]);
    }
  });

  it('an upgrade from version 9 fills the rollups from the posts already stored', async () => {
    const path = tempDbPath();
    const store = openTestStore(path, new TestClock(NOW));
    const question = makePost({
      id: 'q',
      intent: 'question',
      sentiment: 'neutral',
      createdAt: new Date(NOW - HOUR).toISOString(),
    });
    const complaint = makePost({
      id: 'k',
      intent: 'complaint',
      theme: 'waiting',
      sentiment: 'negative',
      createdAt: new Date(NOW - 3 * HOUR).toISOString(),
    });
    const reply = makePost({
      id: 'r',
      kind: 'reply',
      author: brand,
      parentKey: complaint.key,
      rootKey: complaint.key,
      createdAt: new Date(NOW - 2 * HOUR).toISOString(),
    });
    await store.writer.upsertMany([question, complaint, reply]);
    await store.close();
    // The database as version 9 left it: no rollups, no theme column.
    const db = new Database(path);
    const objects = db
      .prepare(
        `SELECT type, name FROM sqlite_master WHERE sql LIKE '%answer_threads%' OR sql LIKE '%tone_hourly%' OR sql LIKE '%complaint_theme_hourly%' OR sql LIKE '%response_time_hourly%' OR sql LIKE '%answer_hourly%'`,
      )
      .all() as { type: string; name: string }[];
    for (const { name } of objects.filter((o) => o.type === 'trigger')) db.exec(`DROP TRIGGER ${name}`);
    for (const { name } of objects.filter((o) => o.type === 'table')) db.exec(`DROP TABLE ${name}`);
    db.exec('ALTER TABLE posts DROP COLUMN theme');
    // …and none of the later steps (011: the fleet's tables; 013: its stores' update reports).
    db.exec('DROP TABLE fleet_pairing_codes; DROP TABLE fleet_stores; DROP TABLE fleet_update_reports;');
    db.pragma('user_version = 9');
    db.close();

    await openTestStore(path, new TestClock(NOW)).close();
    const window = rollupsOf(path).answerWindow(SINCE, 3_600, 3);
    expect(window).toMatchObject({ awaited: 2, answered: 1, waiting: 1, medianSeconds: 3_600 });
    expect(window.oldest.map((w) => w.post.key)).toEqual([question.key]);
    expect(rollupsOf(path).toneSince(SINCE)).toEqual({ positive: 0, neutral: 1, negative: 1 });
    expect(
      rollupsOf(path)
        .themeWeeks(SINCE, NOW + 1)
        .counts.get('waiting'),
    ).toEqual([1, 0]);
  });

  it('the window reads the rollups and the waiting index, never the posts table', async () => {
    const path = tempDbPath();
    openTestStore(path, new TestClock(NOW));
    const db = new Database(path, { readonly: true });
    const plans = [
      'SELECT SUM(awaited), SUM(answered) FROM answer_hourly WHERE hour_start >= 1',
      'SELECT bucket, SUM(answers) FROM response_time_hourly WHERE hour_start >= 1 GROUP BY bucket',
      `SELECT t.key, t.created_at, p.json FROM answer_threads t JOIN posts p ON p.key = t.key
       WHERE t.first_reply_at IS NULL AND t.created_at >= 1 AND t.created_at > 0 ORDER BY t.created_at LIMIT 3`,
    ].map((sql) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | '),
    );
    expect(plans[0]).toMatch(/SEARCH answer_hourly USING PRIMARY KEY \(hour_start>\?\)/);
    expect(plans[1]).toMatch(/SEARCH response_time_hourly USING PRIMARY KEY \(hour_start>\?\)/);
    expect(plans[2]).toMatch(/SEARCH t USING INDEX answer_threads_waiting \(created_at>\?\)/);
    expect(plans[2]).toMatch(/SEARCH p USING INDEX sqlite_autoindex_posts_1 \(key=\?\)|SEARCH p USING PRIMARY KEY/);
    expect(plans.join(' ')).not.toMatch(/SCAN/);
  });
});
