// What the statistics' rollups (answer_threads, answer_hourly, response_time_hourly, tone_hourly,
// complaint_theme_hourly: SQLite's migration 010, PostgreSQL's step 2) must change when posts rows change, worked
// out by the store's writer once per write rather than by a trigger per row (issue 12: the triggers cost most of
// the write throughput). Pure: each store reads the rows and writes the deltas in its own dialect
// (sqlite-rollup-keeper.ts, postgres/pg-rollup-keeper.ts). Hours are floored epoch ms, as in migration 002.
import { ANSWER_INTENTS, ANSWERABLE_KINDS, UNANSWERED_NETWORKS } from '../../shared/calls-for-answer.ts';
import { hourStartOf } from './hour-bucket.ts';
import { bucketOf } from './response-time-buckets.ts';

/** The columns of a posts row the rollups depend on. */
export const ROLLUP_COLUMNS = [
  'key',
  'network',
  'kind',
  'state',
  'is_brand',
  'intent',
  'sentiment',
  'theme',
  'created_at',
  'parent_key',
  'root_key',
] as const;

export interface RollupRow {
  key: string;
  network: string;
  kind: string;
  state: string;
  is_brand: number;
  intent: string | null;
  sentiment: string | null;
  theme: string | null;
  created_at: number;
  parent_key: string | null;
  root_key: string | null;
}

/** A row of answer_threads: a customer post that calls for an answer, and the brand's first reply to it. */
export interface ThreadRow {
  key: string;
  network: string;
  created_at: number;
  first_reply_at: number | null;
}

// Sets of strings: the row's columns are plain strings (every row of a write is tested).
const ANSWER_INTENT_SET: ReadonlySet<string> = new Set(ANSWER_INTENTS);
const ANSWERABLE_KIND_SET: ReadonlySet<string> = new Set(ANSWERABLE_KINDS);
const UNANSWERED_NETWORK_SET: ReadonlySet<string> = new Set(UNANSWERED_NETWORKS);

/**
 * Whether a row may call for an answer on its own facts (shared/calls-for-answer.ts without the parent test,
 * which needs a lookup): a row failing this holds no thread, before or after a write.
 */
export function mayCallForAnswer(row: RollupRow): boolean {
  return (
    row.state === 'live' &&
    row.is_brand === 0 &&
    row.intent !== null &&
    ANSWER_INTENT_SET.has(row.intent) &&
    ANSWERABLE_KIND_SET.has(row.kind) &&
    !UNANSWERED_NETWORK_SET.has(row.network)
  );
}

/**
 * Deltas of one hourly table, by its key: the hour, and for most tables a second column. Rows are kept as the
 * table's rows ([hour, second?, count, count?]) so that a write sends them as they are.
 */
export class DeltaMap {
  private readonly rows = new Map<string, (number | string)[]>();

  /** Adds to a row keyed by `hour` alone (`second` undefined) or by both. */
  add(hour: number, second: number | string | undefined, count: number, count2?: number): void {
    const id = second === undefined ? String(hour) : `${hour}\u0000${second}`;
    const row = this.rows.get(id);
    const at = second === undefined ? 1 : 2;
    if (!row) {
      const fresh: (number | string)[] = second === undefined ? [hour, count] : [hour, second, count];
      if (count2 !== undefined) fresh.push(count2);
      this.rows.set(id, fresh);
      return;
    }
    row[at] = (row[at] as number) + count;
    if (count2 !== undefined) row[at + 1] = (row[at + 1] as number) + count2;
  }

  /** The rows to add (keys then deltas, none all zero), and whether any count went down. */
  changes(keyColumns: number): { rows: (number | string)[][]; down: boolean } {
    const rows: (number | string)[][] = [];
    let down = false;
    for (const row of this.rows.values()) {
      let changed = false;
      for (let i = keyColumns; i < row.length; i++) {
        const n = row[i] as number;
        if (n !== 0) changed = true;
        if (n < 0) down = true;
      }
      if (changed) rows.push(row);
    }
    return { rows, down };
  }
}

/** The hourly deltas of one write, and the posts whose thread must be looked at again. */
export class RollupTally {
  /** hour → [awaited, answered] */
  readonly answers = new DeltaMap();
  /** hour, bucket (s) → [answers] */
  readonly responseTimes = new DeltaMap();
  /** hour, sentiment → [posts] */
  readonly tone = new DeltaMap();
  /** hour, theme → [complaints] */
  readonly themes = new DeltaMap();
  /** Posts whose thread row may change: looked at again whole. */
  readonly threadKeys = new Set<string>();
  /** Customer posts inserted by this write, as they are now: they had no thread row before it. */
  readonly inserted = new Map<string, RollupRow>();
  /**
   * Posts the brand answered in this write by a new reply (its earliest time): unless they changed otherwise,
   * their thread, if they have one, only gets an earlier first reply, and no lookup of replies is needed.
   */
  readonly repliedAt = new Map<string, number>();
  /** Brand answers that appeared, changed or left: customers replying to them may call for an answer or not. */
  readonly brandAnswers = new Set<string>();

  /**
   * The posts of `repliedAt` whose stored thread, if any, only gets an earlier first reply: not those looked at
   * again whole (`threadKeys`), nor customer posts this write inserted (they had no thread before it, and one that
   * calls for an answer is in `threadKeys`), which need no lookup.
   */
  *repliedStoredPosts(): Generator<[key: string, atMs: number]> {
    for (const entry of this.repliedAt) if (!this.threadKeys.has(entry[0]) && !this.inserted.has(entry[0])) yield entry;
  }

  /** A posts row changed: `before` as it was (absent: inserted), `after` as it is (absent: removed). */
  rowChanged(before: RollupRow | undefined, after: RollupRow | undefined): void {
    if (before === undefined && after !== undefined && after.is_brand === 1) return this.newReply(after);
    if (before !== undefined) this.count(before, -1);
    if (after !== undefined) {
      this.count(after, 1);
      if (after.is_brand === 0 && (before === undefined || this.inserted.has(after.key)))
        this.inserted.set(after.key, after);
    }
  }

  /** A thread row changed (from `before` to `after`, either absent): the counts and the histogram follow. */
  threadChanged(before: ThreadRow | undefined, after: ThreadRow | undefined): void {
    if (before !== undefined) this.countThread(before, -1);
    if (after !== undefined) this.countThread(after, 1);
  }

  private count(row: RollupRow, sign: 1 | -1): void {
    if (row.is_brand === 0) {
      if (row.state === 'live') {
        const hour = hourStartOf(row.created_at);
        if (row.sentiment !== null) this.tone.add(hour, row.sentiment, sign);
        if (row.intent === 'complaint' && row.theme !== null) this.themes.add(hour, row.theme, sign);
      }
      if (mayCallForAnswer(row)) this.threadKeys.add(row.key);
      return;
    }
    // A brand post answers its parent and its root; if it is itself an answer, customers replying to it answer the
    // brand and do not wait.
    if (row.root_key !== null) this.threadKeys.add(row.root_key);
    if (row.parent_key !== null) {
      this.threadKeys.add(row.parent_key);
      this.brandAnswers.add(row.key);
    }
  }

  private newReply(reply: RollupRow): void {
    if (reply.state !== 'deleted') {
      if (reply.parent_key !== null) this.replied(reply.parent_key, reply.created_at);
      if (reply.root_key !== null) this.replied(reply.root_key, reply.created_at);
    }
    if (reply.parent_key !== null) this.brandAnswers.add(reply.key);
  }

  private replied(key: string, atMs: number): void {
    const earliest = this.repliedAt.get(key);
    if (earliest === undefined || atMs < earliest) this.repliedAt.set(key, atMs);
  }

  private countThread(thread: ThreadRow, sign: 1 | -1): void {
    const hour = hourStartOf(thread.created_at);
    this.answers.add(hour, undefined, sign, thread.first_reply_at !== null ? sign : 0);
    if (thread.first_reply_at !== null) {
      const seconds = Math.floor(Math.max(0, thread.first_reply_at - thread.created_at) / 1000);
      this.responseTimes.add(hour, bucketOf(seconds), sign);
    }
  }
}

export function sameThread(a: ThreadRow | undefined, b: ThreadRow | undefined): boolean {
  return (
    a?.key === b?.key &&
    a?.network === b?.network &&
    a?.created_at === b?.created_at &&
    a?.first_reply_at === b?.first_reply_at
  );
}
