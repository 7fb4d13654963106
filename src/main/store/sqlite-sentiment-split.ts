// Today's customer posts by sentiment: a range of the time index over customer posts (bounded by the day),
// plus the memory posts. Every post by a customer counts, replies included: it is what customers say.
import type Database from 'better-sqlite3';
import type { SentimentSplit } from '../../shared/stats.ts';
import type { MemoryPostView } from './memory-post-cache.ts';
import type { ReadableDB } from './sqlite-handles.ts';
import type { PageCursor, SentimentPage } from './store-api.ts';
import { nextTimePage, timePageParams, type TimePageParams } from './time-page.ts';

/**
 * `state = 'live' AND is_brand = 0` written literally so that the partial index posts_customer_by_time applies;
 * read in (created_at, rowid) pages so that a busy day is counted a page at a time.
 */
export const SENTIMENT_SPLIT_SQL =
  `SELECT rowid AS row_id, created_at, sentiment FROM posts` +
  ` WHERE state = 'live' AND is_brand = 0 AND created_at >= @since AND created_at <= @until AND sentiment IS NOT NULL` +
  ` AND (expires_at IS NULL OR expires_at > @now) AND (created_at, rowid) > (@after_created, @after_row)` +
  ` ORDER BY created_at, rowid LIMIT @limit`;

interface SentimentRow {
  row_id: number;
  created_at: number;
  sentiment: string;
}

interface SentimentParams extends TimePageParams {
  since: number;
  until: number;
  now: number;
}

export class SqliteSentimentSplit {
  private readonly statement: Database.Statement<[SentimentParams], SentimentRow>;

  constructor(
    db: ReadableDB,
    private readonly memory: MemoryPostView,
  ) {
    this.statement = db.prepare(SENTIMENT_SPLIT_SQL);
  }

  since(sinceMs: number, nowMs: number, untilMs: number = nowMs): SentimentSplit {
    const split: SentimentSplit = { positive: 0, neutral: 0, negative: 0 };
    let page: SentimentPage | undefined;
    do {
      page = this.page(sinceMs, untilMs, nowMs, page?.next, 5_000);
      split.positive += page.split.positive;
      split.neutral += page.split.neutral;
      split.negative += page.split.negative;
    } while (page.next);
    return split;
  }

  /** One page in (created_at, rowid) order from `after`; the memory posts come with the last page. */
  page(sinceMs: number, untilMs: number, nowMs: number, after: PageCursor | undefined, limit: number): SentimentPage {
    const split: SentimentSplit = { positive: 0, neutral: 0, negative: 0 };
    const add = (sentiment: string): void => {
      if (sentiment === 'positive' || sentiment === 'neutral' || sentiment === 'negative') split[sentiment] += 1;
    };
    const rows = this.statement.all({ since: sinceMs, until: untilMs, now: nowMs, ...timePageParams(after, limit) });
    for (const row of rows) add(row.sentiment);
    const next = nextTimePage(rows, limit);
    if (next) return { split, next };
    for (const { post, createdMs } of this.memory.entries()) {
      if (
        post.state === 'live' &&
        !post.author.isBrand &&
        createdMs >= sinceMs &&
        createdMs <= untilMs &&
        post.sentiment
      )
        add(post.sentiment);
    }
    return { split };
  }
}
