// The rollups the writer keeps (sqlite-rollup-keeper.ts) equal, table for table and row for row, a full
// recomputation from the posts table after every kind of write: shuffled inserts with replies before the posts
// they answer, customers answering the brand's answer before that answer arrives, edits that change what a post
// wants or what a reply answers, deletes, a person's hides and restores, a change of the moderation rules, a
// source withdrawn and brought back, and retention. Checked after each step, so that a drift says which write.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { bucketOf } from '../../../src/main/store/response-time-buckets.ts';
import { COMPLAINT_THEMES, type Post } from '../../../src/shared/post.ts';
import { seededRandom } from './live-counts-oracle.ts';
import { makePost } from './post-factory.ts';
import { openTestStore, tempDbPath, TestClock } from './store-test-kit.ts';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-03-10T12:30:00.000Z');
const brand = { id: 'brand', name: 'Atelier Nova', isBrand: true };
const hourOf = (ms: number): number => Math.floor(ms / HOUR) * HOUR;

type Row = Record<string, number | string | null>;

/** Every rollup as it must be, from the posts table alone (the rule of shared/calls-for-answer.ts in SQL). */
function recomputed(db: Database.Database): Record<string, Row[]> {
  const threads = db
    .prepare(
      `SELECT c.key, c.network, c.created_at,
         (SELECT MIN(r.created_at) FROM posts r WHERE (r.parent_key = c.key OR r.root_key = c.key)
            AND r.is_brand = 1 AND r.state <> 'deleted') AS first_reply_at
       FROM posts c
       WHERE c.state = 'live' AND c.is_brand = 0 AND c.intent IN ('question', 'complaint')
         AND c.kind IN ('post', 'comment', 'mention', 'review', 'tip') AND c.network NOT IN ('web', 'foursquare')
         AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.key = c.parent_key AND p.is_brand = 1 AND p.parent_key IS NOT NULL)
       ORDER BY c.key`,
    )
    .all() as { key: string; network: string; created_at: number; first_reply_at: number | null }[];
  const count = (rows: Row[], key: Row, by: Record<string, number>): void => {
    const found = rows.find((row) => Object.entries(key).every(([k, v]) => row[k] === v));
    if (!found) rows.push({ ...key, ...by });
    else for (const [column, n] of Object.entries(by)) found[column] = (found[column] as number) + n;
  };
  const answers: Row[] = [];
  const responses: Row[] = [];
  for (const t of threads) {
    count(answers, { hour_start: hourOf(t.created_at) }, { awaited: 1, answered: t.first_reply_at === null ? 0 : 1 });
    if (t.first_reply_at !== null) {
      const bucket = bucketOf(Math.floor(Math.max(0, t.first_reply_at - t.created_at) / 1000));
      count(responses, { hour_start: hourOf(t.created_at), bucket }, { answers: 1 });
    }
  }
  const tone: Row[] = [];
  const themes: Row[] = [];
  const customers = db
    .prepare(`SELECT created_at, sentiment, intent, theme FROM posts WHERE state = 'live' AND is_brand = 0`)
    .all() as { created_at: number; sentiment: string | null; intent: string | null; theme: string | null }[];
  for (const p of customers) {
    if (p.sentiment !== null) count(tone, { hour_start: hourOf(p.created_at), sentiment: p.sentiment }, { posts: 1 });
    if (p.intent === 'complaint' && p.theme !== null)
      count(themes, { hour_start: hourOf(p.created_at), theme: p.theme }, { complaints: 1 });
  }
  return { answer_threads: threads, answer_hourly: answers, response_time_hourly: responses, tone, themes };
}

function kept(db: Database.Database): Record<string, Row[]> {
  const all = (sql: string): Row[] => db.prepare(sql).all() as Row[];
  return {
    answer_threads: all('SELECT key, network, created_at, first_reply_at FROM answer_threads ORDER BY key'),
    answer_hourly: all('SELECT hour_start, awaited, answered FROM answer_hourly'),
    response_time_hourly: all('SELECT hour_start, bucket, answers FROM response_time_hourly'),
    tone: all('SELECT hour_start, sentiment, posts FROM tone_hourly'),
    themes: all('SELECT hour_start, theme, complaints FROM complaint_theme_hourly'),
  };
}

const sorted = (tables: Record<string, Row[]>): Record<string, string[]> =>
  Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.map((r) => JSON.stringify(r)).sort()]));

describe('rollups kept by the writer', () => {
  it('equal a full recomputation after inserts, out-of-order replies, edits, deletes, moderation and retention', async () => {
    const path = tempDbPath();
    const store = openTestStore(path, new TestClock(NOW));
    const db = new Database(path, { readonly: true });
    const expectTrue = (step: string): void => {
      const expected = sorted(recomputed(db));
      expect(sorted(kept(db)), step).toEqual(expected);
    };
    const random = seededRandom(12);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const timeNear = (ms: number): string => new Date(ms + Math.floor((random() - 0.1) * 20 * HOUR)).toISOString();

    const customers: Post[] = [];
    const answers: Post[] = [];
    const all: Post[] = [];
    for (let i = 0; i < 900; i++) {
      const roll = random();
      let post: Post;
      if (roll < 0.3 && customers.length) {
        const target = pick(customers);
        post = makePost({
          id: `b${i}`,
          network: target.network,
          kind: 'reply',
          sourceId: pick(['source-a', 'source-b']),
          author: brand,
          createdAt: timeNear(Date.parse(target.createdAt)),
          ...(random() < 0.3
            ? { parentKey: `${target.network}:thread${i}`, rootKey: target.key }
            : { parentKey: target.key, rootKey: target.rootKey ?? target.key }),
        });
        answers.push(post);
      } else if (roll < 0.4 && answers.length) {
        // A customer answering the brand's answer (stored, after shuffling, before or after it).
        const answer = pick(answers);
        post = makePost({
          id: `c${i}`,
          network: answer.network,
          kind: pick(['comment', 'reply'] as const),
          sourceId: pick(['source-a', 'source-b']),
          intent: pick(['question', 'complaint'] as const),
          sentiment: 'negative',
          parentKey: answer.key,
          rootKey: answer.rootKey ?? answer.key,
          createdAt: timeNear(Date.parse(answer.createdAt)),
        });
      } else {
        const intent = pick(['question', 'complaint', 'praise', 'other'] as const);
        post = makePost({
          id: `c${i}`,
          network: pick(['facebook', 'x', 'instagram', 'google', 'web'] as const),
          kind: pick(['post', 'comment', 'mention', 'review'] as const),
          sourceId: pick(['source-a', 'source-b']),
          text: pick(['Where is my car?', 'Bad service, never again', 'Great team!', 'Hello']),
          intent,
          sentiment: pick(['positive', 'neutral', 'negative'] as const),
          ...(intent === 'complaint' ? { theme: pick(COMPLAINT_THEMES) } : {}),
          createdAt: new Date(NOW - Math.floor(random() * 10 * 24 * HOUR)).toISOString(),
        });
        customers.push(post);
      }
      all.push(post);
    }
    for (let i = all.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [all[i], all[j]] = [all[j] as Post, all[i] as Post];
    }
    for (let i = 0; i < all.length; i += 40) await store.writer.upsertMany(all.slice(i, i + 40));
    expectTrue('after the inserts');

    // Edits: what a post wants, its tone and its theme change; a reply is moved to another post; a post's date
    // moves to another hour. Some come twice in one write.
    const edits = customers
      .filter(() => random() < 0.15)
      .map((post) => {
        const intent = pick(['question', 'complaint', 'praise'] as const);
        const { theme: _theme, ...rest } = post;
        return {
          ...rest,
          text: `${post.text} (edited)`,
          intent,
          sentiment: pick(['positive', 'negative'] as const),
          createdAt: random() < 0.3 ? new Date(Date.parse(post.createdAt) - 5 * HOUR).toISOString() : post.createdAt,
          ...(intent === 'complaint' ? { theme: pick(COMPLAINT_THEMES) } : {}),
        };
      });
    const moved = answers
      .filter(() => random() < 0.1)
      .map((reply) => {
        const target = pick(customers);
        return { ...reply, text: `${reply.text} (moved)`, parentKey: target.key, rootKey: target.key };
      });
    const twice = edits
      .slice(0, 5)
      .map((post) => ({ ...post, text: `${post.text} again`, intent: 'question' as const }));
    await store.writer.upsertMany([...edits, ...moved, ...twice]);
    expectTrue('after the edits');

    await store.writer.markDeleted([...customers, ...answers].filter(() => random() < 0.08).map((p) => p.key));
    expectTrue('after the deletes');

    const hidden = customers.filter(() => random() < 0.06);
    for (const post of hidden) await store.writer.hide(post.key, 'test', NOW);
    for (const post of hidden.slice(0, 10)) await store.writer.restore(post.key, NOW);
    for (const answer of answers.filter(() => random() < 0.05)) await store.writer.hide(answer.key, 'test', NOW);
    expectTrue('after a person hid and restored');

    const byRule = (post: Post): string | undefined => (post.text.includes('never again') ? 'keyword' : undefined);
    for (let page = await store.writer.reevaluate(byRule, undefined, 100); page.next !== undefined;)
      page = await store.writer.reevaluate(byRule, page.next, 100);
    expectTrue('after the rules changed');

    while ((await store.writer.withdrawSourcesExcept(['source-a'], 100)).more);
    expectTrue('after a source was removed');
    while ((await store.writer.withdrawSourcesExcept(['source-a', 'source-b'], 100)).more);
    expectTrue('after it came back');

    while ((await store.writer.purge(NOW, 6)).more);
    expectTrue('after retention');
    // Enough of each case left for the comparison to mean something.
    const threads = kept(db).answer_threads ?? [];
    expect(threads.length).toBeGreaterThan(50);
    expect(threads.filter((t) => t.first_reply_at === null).length).toBeGreaterThan(10);
    expect(threads.filter((t) => t.first_reply_at !== null).length).toBeGreaterThan(10);
  });
});
