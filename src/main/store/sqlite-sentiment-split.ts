// Today's customer posts by sentiment: a range of the time index over customer posts (bounded by the day),
// plus the memory posts. Every post by a customer counts, replies included: it is what customers say.
import type Database from 'better-sqlite3';
import type { SentimentSplit } from '../../shared/stats.ts';
import type { MemoryPostView } from './memory-post-cache.ts';
import type { ReadableDB } from './sqlite-handles.ts';

/** `state = 'live' AND is_brand = 0` written literally so that the partial index posts_customer_by_time applies. */
export const SENTIMENT_SPLIT_SQL =
  `SELECT sentiment, COUNT(*) AS post_count FROM posts` +
  ` WHERE state = 'live' AND is_brand = 0 AND created_at >= @since AND created_at <= @until AND sentiment IS NOT NULL` +
  ` AND (expires_at IS NULL OR expires_at > @now) GROUP BY sentiment`;

interface SentimentRow {
  sentiment: string;
  post_count: number;
}

export class SqliteSentimentSplit {
  private readonly statement: Database.Statement<[{ since: number; until: number; now: number }], SentimentRow>;

  constructor(
    db: ReadableDB,
    private readonly memory: MemoryPostView,
  ) {
    this.statement = db.prepare(SENTIMENT_SPLIT_SQL);
  }

  since(sinceMs: number, nowMs: number, untilMs: number = nowMs): SentimentSplit {
    const split: SentimentSplit = { positive: 0, neutral: 0, negative: 0 };
    const add = (sentiment: string, count: number): void => {
      if (sentiment === 'positive' || sentiment === 'neutral' || sentiment === 'negative') split[sentiment] += count;
    };
    for (const row of this.statement.all({ since: sinceMs, until: untilMs, now: nowMs })) add(row.sentiment, row.post_count);
    for (const { post, createdMs } of this.memory.entries()) {
      if (post.state === 'live' && !post.author.isBrand && createdMs >= sinceMs && createdMs <= untilMs && post.sentiment) add(post.sentiment, 1);
    }
    return split;
  }
}
