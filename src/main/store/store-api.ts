// The store's narrow interface: a read side for the server, a write side for ingest.
// SQLite is the embedded default (sqlite-store.ts); a fleet hub can put the same interface on PostgreSQL.
import type { WallNotice } from '../../shared/health.ts';
import type { Network, Post } from '../../shared/post.ts';
import type { AnswerStats, HourlyCount, NetworkCount, RatingStats, SentimentSplit } from '../../shared/stats.ts';

export type UpsertChange = 'inserted' | 'updated' | 'unchanged' | 'ignored-deleted';

export interface UpsertOutcome {
  key: string;
  change: UpsertChange;
  /** The post as stored, serialised, when the store had to serialise it anyway (the stream reuses it). */
  json?: string;
}

export interface PanelFilter {
  /** Empty: every network. */
  networks: readonly Network[];
  /** Empty: every source. */
  sources: readonly string[];
}

/** What the runtime persists per source so that a restart resumes without gaps or duplicates. */
export interface SourceState {
  sourceId: string;
  cursor?: string;
  invalidItems: number;
  lastSuccessAt?: string;
}

export interface PurgeResult {
  /** Live posts that left the wall because their cache TTL ran out (the screens must drop them). */
  expiredKeys: string[];
  /** Rows removed for retention. */
  removed: number;
  /** The call stopped at its budget (kept small so it never stalls the event loop): call again to go on. */
  more: boolean;
}

export interface PostReader {
  /** Newest live posts for a panel, newest first (cache-policy memory posts included). */
  newestForPanel(filter: PanelFilter, limit: number): Post[];
  getPost(key: string): Post | undefined;
  /** Live posts per network created since `sinceMs`, and in total. */
  countsPerNetwork(sinceMs: number): NetworkCount[];
  /** Live posts per network and hour, `hours` entries oldest first, the last being the hour holding `nowMs`. */
  hourlyCounts(nowMs: number, hours: number): HourlyCount[];
  /**
   * Posts by customers (not the brand) on the wall created in [sinceMs, untilMs] (default: up to now), by
   * sentiment. A bounded span lets the engine read a long window in slices.
   */
  sentimentSplit(sinceMs: number, nowMs: number, untilMs?: number): SentimentSplit;
  /** Customer posts that call for an answer created in [sinceMs, nowMs], and the brand's answers to them. */
  answerStats(sinceMs: number, nowMs: number, targetSeconds: number): Omit<AnswerStats, 'windowHours'>;
  /**
   * The raw facts behind answerStats for customer posts created in [sinceMs, untilMs], one page at a time
   * from `after` (at most `limit` posts): how many, and the response time of each answered one — so the
   * engine reads a busy window in small pieces and merges them.
   */
  answerFacts(sinceMs: number, untilMs: number, nowMs: number, after: AnswerFactsCursor | undefined, limit: number): AnswerFactsPage;
  /** Reviews and tips by customers on the wall: their count and average rating. */
  ratingStats(nowMs: number): RatingStats;
  loadSourceState(sourceId: string): SourceState | undefined;
}

export interface AnswerFacts {
  customerPosts: number;
  responseMs: number[];
}

/** Where a page of answer facts stopped. */
export interface AnswerFactsCursor {
  createdMs: number;
  rowId: number;
}

export interface AnswerFactsPage extends AnswerFacts {
  /** Present when more posts follow: pass it back as `after`. */
  next?: AnswerFactsCursor;
}

export interface PostWriter {
  /** Upserts by key in one transaction. An edit updates in place; a deleted post stays deleted. */
  upsertMany(posts: readonly Post[]): UpsertOutcome[];
  /** Marks posts deleted; returns the keys that were live and have now left the wall. */
  markDeleted(keys: readonly string[]): string[];
  /** Retention (posts older than `retentionDays`) and cache-policy TTLs, in bounded chunks. */
  purge(nowMs: number, retentionDays: number): PurgeResult;
  saveSourceState(state: SourceState): void;
}

export interface Store {
  reader: PostReader;
  writer: PostWriter;
  /** What IT should know about the database (moved aside because corrupt or too new). */
  notices: WallNotice[];
  close(): void;
}
