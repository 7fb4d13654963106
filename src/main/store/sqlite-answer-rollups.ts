// The answer window, the tone and the complaint themes read from the rollups of migration 010: a sum over at most
// a few hundred hourly rows, and the few oldest waiting posts by the waiting index, whatever the number of posts
// stored. Memory-only posts (never in the file) are added from the memory cache for tone and themes; they never
// call for an answer (Foursquare tips: shared/calls-for-answer.ts).
import type Database from 'better-sqlite3';
import { COMPLAINT_THEMES, type ComplaintTheme } from '../../shared/post.ts';
import type { SentimentSplit } from '../../shared/stats.ts';
import type { MemoryPostView } from './memory-post-cache.ts';
import { fromPostJson } from './post-row.ts';
import { responseFigures } from './response-time-buckets.ts';
import type { ReadableDB } from './sqlite-handles.ts';
import type { AnswerWindow, ThemeWeeks, WaitingRow } from './store-api.ts';

interface WaitingKeyRow {
  key: string;
  created_at: number;
  json: string | null;
}

export class SqliteAnswerRollups {
  private readonly answerTotals: Database.Statement<[number], { awaited: number | null; answered: number | null }>;
  private readonly histogram: Database.Statement<[number], { bucket: number; answers: number }>;
  private readonly oldestWaiting: Database.Statement<[number, number, number], WaitingKeyRow>;
  private readonly waitingCount: Database.Statement<[], { n: number }>;
  private readonly tone: Database.Statement<[number], { sentiment: string; posts: number }>;
  private readonly themes: Database.Statement<
    [{ since: number; before: number; until: number }],
    { theme: string; recent: number; before: number }
  >;

  constructor(
    db: ReadableDB,
    private readonly memory: MemoryPostView,
  ) {
    this.answerTotals = db.prepare(
      'SELECT SUM(awaited) AS awaited, SUM(answered) AS answered FROM answer_hourly WHERE hour_start >= ?',
    );
    this.histogram = db.prepare(
      'SELECT bucket, SUM(answers) AS answers FROM response_time_hourly WHERE hour_start >= ? GROUP BY bucket',
    );
    // The waiting index in order; a thread whose post left the table meanwhile has no JSON and is skipped.
    this.oldestWaiting = db.prepare(
      `SELECT t.key, t.created_at, p.json FROM answer_threads t JOIN posts p ON p.key = t.key
       WHERE t.first_reply_at IS NULL AND t.created_at >= ? AND t.created_at > ?
       ORDER BY t.created_at LIMIT ?`,
    );
    this.waitingCount = db.prepare('SELECT COUNT(*) AS n FROM answer_threads WHERE first_reply_at IS NULL');
    this.tone = db.prepare('SELECT sentiment, SUM(posts) AS posts FROM tone_hourly WHERE hour_start >= ? GROUP BY 1');
    this.themes = db.prepare(
      `SELECT theme, SUM(CASE WHEN hour_start >= @since THEN complaints ELSE 0 END) AS recent,
              SUM(CASE WHEN hour_start < @since THEN complaints ELSE 0 END) AS before
       FROM complaint_theme_hourly WHERE hour_start >= @before AND hour_start < @until GROUP BY 1`,
    );
  }

  /** Customer posts calling for an answer created since `sinceHourMs` (an hour's start), answered or not. */
  answerWindow(sinceHourMs: number, targetSeconds: number, oldestLimit: number): AnswerWindow {
    const totals = this.answerTotals.get(sinceHourMs);
    const awaited = totals?.awaited ?? 0;
    const counts = new Map<number, number>();
    for (const row of this.histogram.all(sinceHourMs)) counts.set(row.bucket, row.answers);
    const figures = responseFigures(counts, targetSeconds);
    return {
      ...figures,
      awaited,
      waiting: awaited - (totals?.answered ?? 0),
      oldest: this.waitingSince(sinceHourMs, undefined, oldestLimit),
    };
  }

  /** Waiting posts created since `sinceMs`, oldest first, after `afterMs` when paging. */
  waitingSince(sinceMs: number, afterMs: number | undefined, limit: number): WaitingRow[] {
    const rows = this.oldestWaiting.all(sinceMs, afterMs ?? Number.MIN_SAFE_INTEGER, limit);
    return rows.flatMap((row) =>
      row.json === null ? [] : [{ post: fromPostJson(row.json), createdMs: row.created_at }],
    );
  }

  /** Every waiting post, the `limit` oldest first, and how many there are. */
  allWaiting(limit: number): { total: number; posts: WaitingRow[] } {
    return {
      total: this.waitingCount.get()?.n ?? 0,
      posts: this.waitingSince(Number.MIN_SAFE_INTEGER, undefined, limit),
    };
  }

  /** Customer posts by tone since `sinceHourMs`, memory posts included. */
  toneSince(sinceHourMs: number): SentimentSplit {
    const split: SentimentSplit = { positive: 0, neutral: 0, negative: 0 };
    for (const row of this.tone.all(sinceHourMs)) {
      if (row.sentiment === 'positive' || row.sentiment === 'neutral' || row.sentiment === 'negative')
        split[row.sentiment] += row.posts;
    }
    for (const { post, createdMs } of this.memory.entries()) {
      if (createdMs >= sinceHourMs && post.state === 'live' && !post.author.isBrand && post.sentiment)
        split[post.sentiment] += 1;
    }
    return split;
  }

  /** Complaints by theme in [sinceHourMs, untilMs) and in the same span before it, memory posts included. */
  themeWeeks(sinceHourMs: number, untilMs: number): ThemeWeeks {
    const span = untilMs - sinceHourMs;
    const counts = new Map<ComplaintTheme, [number, number]>();
    const add = (theme: string, recent: number, before: number): void => {
      const known = COMPLAINT_THEMES.find((t) => t === theme);
      if (!known) return;
      const [r, b] = counts.get(known) ?? [0, 0];
      counts.set(known, [r + recent, b + before]);
    };
    for (const row of this.themes.all({ since: sinceHourMs, before: sinceHourMs - span, until: untilMs }))
      add(row.theme, row.recent, row.before);
    for (const { post, createdMs } of this.memory.entries()) {
      if (post.state !== 'live' || post.author.isBrand || post.intent !== 'complaint' || !post.theme) continue;
      if (createdMs >= sinceHourMs && createdMs < untilMs) add(post.theme, 1, 0);
      else if (createdMs >= sinceHourMs - span && createdMs < sinceHourMs) add(post.theme, 0, 1);
    }
    return { counts };
  }
}
