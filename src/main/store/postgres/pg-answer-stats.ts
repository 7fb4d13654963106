// The answer window, the waiting posts, the tone and the complaint themes on PostgreSQL: the same answers as the
// rollups of SQLite's migration 010 (../sqlite-answer-rollups.ts), computed by aggregates over the posts of the
// window (its partial indexes) rather than tables kept by triggers. Hours are floored as there, so a window
// starting at an hour's start holds the same posts. Memory-only posts are added for tone and themes.
import { COMPLAINT_THEMES, type ComplaintTheme } from '../../../shared/post.ts';
import type { SentimentSplit } from '../../../shared/stats.ts';
import { ANSWER_INTENTS_SQL, ANSWERABLE_KINDS_SQL, UNANSWERED_NETWORKS_SQL } from '../answerable-post.ts';
import { HOUR_MS } from '../hour-bucket.ts';
import type { MemoryPostView } from '../memory-post-cache.ts';
import { fromPostJson } from '../post-row.ts';
import { bucketOf, responseFigures } from '../response-time-buckets.ts';
import type { AnswerWindow, ThemeWeeks, WaitingRow } from '../store-api.ts';
import type { Queryable } from './pg-pool.ts';

const HOUR_START = `(created_at - ((created_at % ${HOUR_MS}) + ${HOUR_MS}) % ${HOUR_MS})`;

/** Customer posts that call for an answer (shared/calls-for-answer.ts), with the brand's first reply. */
const THREADS = `
  SELECT c.key, c.created_at, c.json,
    (SELECT MIN(r.created_at) FROM posts r
      WHERE (r.parent_key = c.key OR r.root_key = c.key) AND r.is_brand = 1 AND r.state <> 'deleted') AS first_reply
  FROM posts c
  WHERE c.state = 'live' AND c.is_brand = 0 AND c.intent IN (${ANSWER_INTENTS_SQL})
    AND c.kind IN (${ANSWERABLE_KINDS_SQL}) AND c.network NOT IN (${UNANSWERED_NETWORKS_SQL})
    AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.key = c.parent_key AND p.is_brand = 1 AND p.parent_key IS NOT NULL)`;

interface ThreadRow {
  key: string;
  created_at: number;
  json: string | null;
  first_reply: number | null;
}

const toWaiting = (rows: readonly ThreadRow[]): WaitingRow[] =>
  rows.flatMap((row) => (row.json === null ? [] : [{ post: fromPostJson(row.json), createdMs: row.created_at }]));

export class PgAnswerStats {
  constructor(
    private readonly db: Queryable,
    private readonly memory: MemoryPostView,
  ) {}

  async answerWindow(sinceHourMs: number, targetSeconds: number, oldestLimit: number): Promise<AnswerWindow> {
    const { rows } = await this.db.query<ThreadRow>(
      `SELECT * FROM (${THREADS} AND c.created_at >= $1) t ORDER BY created_at`,
      [sinceHourMs],
    );
    const counts = new Map<number, number>();
    const waiting: ThreadRow[] = [];
    for (const row of rows) {
      if (row.first_reply === null) waiting.push(row);
      else {
        const bucket = bucketOf(Math.floor(Math.max(0, row.first_reply - row.created_at) / 1000));
        counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
      }
    }
    return {
      ...responseFigures(counts, targetSeconds),
      awaited: rows.length,
      waiting: waiting.length,
      oldest: toWaiting(waiting.slice(0, oldestLimit)),
    };
  }

  async waitingPosts(limit: number): Promise<{ total: number; posts: WaitingRow[] }> {
    const [count, oldest] = await Promise.all([
      this.db.query<{ total: number }>(`SELECT COUNT(*) AS total FROM (${THREADS}) t WHERE first_reply IS NULL`),
      this.db.query<ThreadRow>(`SELECT * FROM (${THREADS}) t WHERE first_reply IS NULL ORDER BY created_at LIMIT $1`, [
        limit,
      ]),
    ]);
    return { total: count.rows[0]?.total ?? 0, posts: toWaiting(oldest.rows) };
  }

  async toneSince(sinceHourMs: number): Promise<SentimentSplit> {
    const split: SentimentSplit = { positive: 0, neutral: 0, negative: 0 };
    const { rows } = await this.db.query<{ sentiment: string; posts: number }>(
      `SELECT sentiment, COUNT(*) AS posts FROM posts
       WHERE state = 'live' AND is_brand = 0 AND sentiment IS NOT NULL AND created_at >= $1 GROUP BY 1`,
      [sinceHourMs],
    );
    for (const row of rows) {
      if (row.sentiment === 'positive' || row.sentiment === 'neutral' || row.sentiment === 'negative')
        split[row.sentiment] += row.posts;
    }
    for (const { post, createdMs } of this.memory.entries()) {
      if (createdMs >= sinceHourMs && post.state === 'live' && !post.author.isBrand && post.sentiment)
        split[post.sentiment] += 1;
    }
    return split;
  }

  async themeWeeks(sinceHourMs: number, untilMs: number): Promise<ThemeWeeks> {
    const span = untilMs - sinceHourMs;
    const counts = new Map<ComplaintTheme, [number, number]>();
    const add = (theme: string, recent: number, before: number): void => {
      const known = COMPLAINT_THEMES.find((t) => t === theme);
      if (!known) return;
      const [r, b] = counts.get(known) ?? [0, 0];
      counts.set(known, [r + recent, b + before]);
    };
    const { rows } = await this.db.query<{ theme: string; recent: number; before: number }>(
      `SELECT theme, COUNT(*) FILTER (WHERE ${HOUR_START} >= $1) AS recent,
              COUNT(*) FILTER (WHERE ${HOUR_START} < $1) AS before
       FROM posts
       WHERE state = 'live' AND is_brand = 0 AND intent = 'complaint' AND theme IS NOT NULL
         AND ${HOUR_START} >= $2 AND ${HOUR_START} < $3
       GROUP BY 1`,
      [sinceHourMs, sinceHourMs - span, untilMs],
    );
    for (const row of rows) add(row.theme, row.recent, row.before);
    for (const { post, createdMs } of this.memory.entries()) {
      if (post.state !== 'live' || post.author.isBrand || post.intent !== 'complaint' || !post.theme) continue;
      if (createdMs >= sinceHourMs && createdMs < untilMs) add(post.theme, 1, 0);
      else if (createdMs >= sinceHourMs - span && createdMs < sinceHourMs) add(post.theme, 0, 1);
    }
    return { counts };
  }
}
