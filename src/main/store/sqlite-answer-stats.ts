// Answer rate and response time over a window (the last 7 days by default), read from the time index over
// customer posts (posts_customer_by_time, bounded by the window) and, for each, the brand's first reply by
// parent or root (posts_by_parent, posts_by_root): the cost follows the posts in the window, not the database.
// Memory posts (cache policy "memory") take part on both sides: as customer posts and as brand replies.
import type Database from 'better-sqlite3';
import { callsForAnswer, parentFactsOf, type ParentFacts } from '../../shared/calls-for-answer.ts';
import { ANSWER_INTENTS_SQL, ANSWERABLE_KINDS_SQL, UNANSWERED_NETWORKS_SQL } from './answerable-post.ts';
import type { MemoryPostView } from './memory-post-cache.ts';
import { summariseAnswers, type AnswerSummary } from './response-times.ts';
import type { ReadableDB } from './sqlite-handles.ts';
import { nextTimePage, timePageParams, type TimePageParams } from './time-page.ts';
import type { AnswerFacts, AnswerFactsCursor, AnswerFactsPage } from './store-api.ts';

interface FactsParams extends TimePageParams {
  since: number;
  until: number;
  now: number;
}

/** A brand reply counts while it is not deleted and its TTL, if any, has not run out. */
const BRAND_REPLY = `r.is_brand = 1 AND r.state <> 'deleted' AND (r.expires_at IS NULL OR r.expires_at > @now)`;

/**
 * `state = 'live' AND is_brand = 0` written literally so that the partial index posts_customer_by_time applies;
 * the parent's author is read by primary key.
 */
export const ANSWER_FACTS_SQL = `
  SELECT c.rowid AS row_id, c.key, c.created_at, c.parent_key,
    (SELECT MIN(r.created_at) FROM posts r WHERE r.parent_key = c.key AND ${BRAND_REPLY}) AS by_parent,
    (SELECT MIN(r.created_at) FROM posts r WHERE r.root_key = c.key AND ${BRAND_REPLY}) AS by_root
  FROM posts c
  WHERE c.state = 'live' AND c.is_brand = 0 AND c.created_at >= @since AND c.created_at <= @until
    AND c.kind IN (${ANSWERABLE_KINDS_SQL}) AND c.network NOT IN (${UNANSWERED_NETWORKS_SQL})
    AND c.intent IN (${ANSWER_INTENTS_SQL})
    AND (c.expires_at IS NULL OR c.expires_at > @now)
    AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.key = c.parent_key AND p.is_brand = 1 AND p.parent_key IS NOT NULL)
    AND (c.created_at, c.rowid) > (@after_created, @after_row)
  ORDER BY c.created_at, c.rowid
  LIMIT @limit`;

/** The brand's first reply to one post (a memory post's replies may be in the file). */
export const FIRST_BRAND_REPLY_SQL = `
  SELECT MIN(first) AS first FROM (
    SELECT MIN(r.created_at) AS first FROM posts r WHERE r.parent_key = @key AND ${BRAND_REPLY}
    UNION ALL
    SELECT MIN(r.created_at) AS first FROM posts r WHERE r.root_key = @key AND ${BRAND_REPLY})`;

interface AnswerFactRow {
  row_id: number;
  key: string;
  created_at: number;
  parent_key: string | null;
  by_parent: number | null;
  by_root: number | null;
}

export class SqliteAnswerStats {
  private readonly factsStatement: Database.Statement<[FactsParams], AnswerFactRow>;
  private readonly firstReplyStatement: Database.Statement<[{ key: string; now: number }], { first: number | null }>;
  private readonly parentStatement: Database.Statement<[string], { is_brand: number; parent_key: string | null }>;

  constructor(
    db: ReadableDB,
    private readonly memory: MemoryPostView,
  ) {
    this.factsStatement = db.prepare(ANSWER_FACTS_SQL);
    this.firstReplyStatement = db.prepare(FIRST_BRAND_REPLY_SQL);
    this.parentStatement = db.prepare('SELECT is_brand, parent_key FROM posts WHERE key = ?');
  }

  /** Customer posts created in [sinceMs, nowMs] and the brand's answers to them. */
  answers(sinceMs: number, nowMs: number, targetSeconds: number): AnswerSummary {
    const { customerPosts, responseMs } = this.facts(sinceMs, nowMs, nowMs);
    return summariseAnswers(customerPosts, responseMs, targetSeconds);
  }

  /** The facts for customer posts created in [sinceMs, untilMs], replies counted as of `nowMs`. */
  facts(sinceMs: number, untilMs: number, nowMs: number): AnswerFacts {
    const all: AnswerFacts = { customerPosts: 0, responseMs: [] };
    let page: AnswerFactsPage | undefined;
    do {
      page = this.factsPage(sinceMs, untilMs, nowMs, page?.next, 2_000);
      all.customerPosts += page.customerPosts;
      for (const ms of page.responseMs) all.responseMs.push(ms);
    } while (page.next);
    return all;
  }

  /**
   * One page of the facts, in (created_at, rowid) order from `after`: a busy window is read a page at a
   * time. The memory posts come with the last page (the one without `next`).
   */
  factsPage(
    sinceMs: number,
    untilMs: number,
    nowMs: number,
    after: AnswerFactsCursor | undefined,
    limit: number,
  ): AnswerFactsPage {
    const memoryReplies = this.memoryBrandReplies();
    const responseMs: number[] = [];
    let customerPosts = 0;
    const count = (createdMs: number, firstReplyMs: number | undefined): void => {
      customerPosts += 1;
      // A reply stamped before its post (clocks differ between networks) was still an immediate answer.
      if (firstReplyMs !== undefined) responseMs.push(Math.max(0, firstReplyMs - createdMs));
    };

    const rows = this.factsStatement.all({
      since: sinceMs,
      until: untilMs,
      now: nowMs,
      ...timePageParams(after, limit),
    });
    for (const row of rows) {
      const memoryParent = row.parent_key === null ? undefined : this.memory.get(row.parent_key);
      if (memoryParent?.author.isBrand && memoryParent.parentKey !== undefined) continue;
      count(row.created_at, earliest(row.by_parent, row.by_root, memoryReplies.get(row.key)));
    }
    const next = nextTimePage(rows, limit);
    if (next) return { customerPosts, responseMs, next };
    for (const { post, createdMs } of this.memory.entries()) {
      if (createdMs < sinceMs || createdMs > untilMs) continue;
      if (!callsForAnswer(post, post.parentKey === undefined ? undefined : this.parentFacts(post.parentKey))) continue;
      const inFile = this.firstReplyStatement.get({ key: post.key, now: nowMs })?.first ?? null;
      count(createdMs, earliest(inFile, null, memoryReplies.get(post.key)));
    }
    return { customerPosts, responseMs };
  }

  /** The earliest brand reply in memory per post it answers (by parent and by root). */
  private memoryBrandReplies(): Map<string, number> {
    const first = new Map<string, number>();
    for (const { post, createdMs } of this.memory.entries()) {
      if (!post.author.isBrand) continue;
      for (const answered of [post.parentKey, post.rootKey]) {
        if (answered !== undefined && createdMs < (first.get(answered) ?? Infinity)) first.set(answered, createdMs);
      }
    }
    return first;
  }

  private parentFacts(key: string): ParentFacts | undefined {
    const inMemory = this.memory.get(key);
    if (inMemory) return parentFactsOf(inMemory);
    const row = this.parentStatement.get(key);
    return row && { isBrand: row.is_brand === 1, isAnswer: row.parent_key !== null };
  }
}

function earliest(...candidates: (number | null | undefined)[]): number | undefined {
  let min: number | undefined;
  for (const value of candidates)
    if (value !== null && value !== undefined && (min === undefined || value < min)) min = value;
  return min;
}
