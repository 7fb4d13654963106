// The answer window, the waiting posts, the tone and the complaint themes on PostgreSQL, read from the rollups the
// writer keeps (pg-rollup-schema.ts, pg-rollup-keeper.ts): a sum over at most a few hundred hourly rows and the
// few oldest waiting posts by the waiting index, whatever the number of posts stored, as on SQLite
// (../sqlite-answer-rollups.ts). Memory-only posts are added for tone and themes.
import { COMPLAINT_THEMES, type ComplaintTheme } from '../../../shared/post.ts';
import type { SentimentSplit } from '../../../shared/stats.ts';
import type { MemoryPostView } from '../memory-post-cache.ts';
import { fromPostJson } from '../post-row.ts';
import { responseFigures } from '../response-time-buckets.ts';
import type { AnswerWindow, ThemeWeeks, WaitingRow } from '../store-api.ts';
import type { Queryable } from './pg-pool.ts';

interface WaitingKeyRow {
  key: string;
  created_at: number;
  json: string | null;
}

const OLDEST_WAITING = `
  SELECT t.key, t.created_at, p.json FROM answer_threads t JOIN posts p ON p.key = t.key
  WHERE t.first_reply_at IS NULL AND t.created_at >= $1 ORDER BY t.created_at LIMIT $2`;

const toWaiting = (rows: readonly WaitingKeyRow[]): WaitingRow[] =>
  rows.flatMap((row) => (row.json === null ? [] : [{ post: fromPostJson(row.json), createdMs: row.created_at }]));

export class PgAnswerRollups {
  constructor(
    private readonly db: Queryable,
    private readonly memory: MemoryPostView,
  ) {}

  async answerWindow(sinceHourMs: number, targetSeconds: number, oldestLimit: number): Promise<AnswerWindow> {
    const [totals, histogram, oldest] = await Promise.all([
      this.db.query<{ awaited: number | null; answered: number | null }>(
        'SELECT SUM(awaited)::bigint AS awaited, SUM(answered)::bigint AS answered FROM answer_hourly WHERE hour_start >= $1',
        [sinceHourMs],
      ),
      this.db.query<{ bucket: number; answers: number }>(
        `SELECT bucket, SUM(answers)::bigint AS answers FROM response_time_hourly WHERE hour_start >= $1
         GROUP BY bucket`,
        [sinceHourMs],
      ),
      this.db.query<WaitingKeyRow>(OLDEST_WAITING, [sinceHourMs, oldestLimit]),
    ]);
    const awaited = totals.rows[0]?.awaited ?? 0;
    const counts = new Map<number, number>(histogram.rows.map((row) => [row.bucket, row.answers]));
    return {
      ...responseFigures(counts, targetSeconds),
      awaited,
      waiting: awaited - (totals.rows[0]?.answered ?? 0),
      oldest: toWaiting(oldest.rows),
    };
  }

  async waitingPosts(limit: number): Promise<{ total: number; posts: WaitingRow[] }> {
    const [count, oldest] = await Promise.all([
      this.db.query<{ total: number }>('SELECT COUNT(*) AS total FROM answer_threads WHERE first_reply_at IS NULL'),
      this.db.query<WaitingKeyRow>(OLDEST_WAITING, [Number.MIN_SAFE_INTEGER, limit]),
    ]);
    return { total: count.rows[0]?.total ?? 0, posts: toWaiting(oldest.rows) };
  }

  async toneSince(sinceHourMs: number): Promise<SentimentSplit> {
    const split: SentimentSplit = { positive: 0, neutral: 0, negative: 0 };
    const { rows } = await this.db.query<{ sentiment: string; posts: number }>(
      'SELECT sentiment, SUM(posts)::bigint AS posts FROM tone_hourly WHERE hour_start >= $1 GROUP BY 1',
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
      `SELECT theme, COALESCE(SUM(complaints) FILTER (WHERE hour_start >= $1), 0)::bigint AS recent,
              COALESCE(SUM(complaints) FILTER (WHERE hour_start < $1), 0)::bigint AS before
       FROM complaint_theme_hourly WHERE hour_start >= $2 AND hour_start < $3 GROUP BY 1`,
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
