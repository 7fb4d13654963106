// The write side: ingest, deletes, purge and source state, on the one writable connection.
import type Database from 'better-sqlite3';
import type { Post } from '../../shared/post.ts';
import { serialisePost } from './content-hash.ts';
import type { MemoryPostCache } from './memory-post-cache.ts';
import { POST_ROW_COLUMNS, toPostRow, type PostRowValues } from './post-row.ts';
import type { WritableDB } from './sqlite-handles.ts';
import type { PostWriter, PurgeResult, SourceState, UpsertChange, UpsertOutcome } from './store-api.ts';

const DAY_MS = 86_400_000;

/** Values of posts.last_write: what the last upsert did to the row. */
const LAST_WRITE = { inserted: 1, updated: 2, refreshed: 3 } as const;

/**
 * One statement per post, with no SELECT first: the conflict clause updates only when the content changed
 * (or a TTL was extended by a re-fetch), never a tombstone, and RETURNING says which of these happened.
 * No row returned means "unchanged" or "ignored-deleted"; only then is the state looked up.
 */
const UPSERT_SQL = `
  INSERT INTO posts (${POST_ROW_COLUMNS.join(', ')}, last_write)
  VALUES (${POST_ROW_COLUMNS.map(() => '?').join(', ')}, ${LAST_WRITE.inserted})
  ON CONFLICT (key) DO UPDATE SET
    ${POST_ROW_COLUMNS.filter((c) => c !== 'key').map((c) => `${c} = excluded.${c}`).join(', ')},
    last_write = CASE WHEN posts.content_hash = excluded.content_hash
                      THEN ${LAST_WRITE.refreshed} ELSE ${LAST_WRITE.updated} END
  WHERE posts.state <> 'deleted'
    AND (posts.content_hash <> excluded.content_hash OR excluded.expires_at > posts.expires_at)
  RETURNING last_write`;

export interface WriterOptions {
  now: () => number;
  /** Rows per DELETE statement in purge: each statement is short, so the event loop never waits long. */
  purgeChunkRows: number;
  /** Rows one purge call removes at most; the rest goes on the next call (the engine purges periodically). */
  purgeMaxRowsPerCall: number;
}

interface StateRow {
  state: string;
  expires_at: number | null;
}
interface DeletedRow {
  key: string;
  state: string;
}

export class SqlitePostWriter implements PostWriter {
  private readonly upsertStatement: Database.Statement<PostRowValues, { last_write: number }>;
  private readonly stateStatement: Database.Statement<[string], StateRow>;
  private readonly deleteStatement: Database.Statement<[string]>;
  private readonly purgeExpiredStatement: Database.Statement<[number, number], DeletedRow>;
  private readonly purgeOldStatement: Database.Statement<[number, number]>;
  private readonly saveSourceStateStatement: Database.Statement<[Record<string, string | number | null>]>;
  private readonly upsertAll: (posts: readonly Post[]) => UpsertOutcome[];
  private readonly deleteAll: (keys: readonly string[]) => string[];

  constructor(
    db: WritableDB,
    private readonly memory: MemoryPostCache,
    private readonly options: WriterOptions,
  ) {
    this.upsertStatement = db.prepare(UPSERT_SQL);
    this.stateStatement = db.prepare('SELECT state, expires_at FROM posts WHERE key = ?');
    // The row stays as a tombstone until retention removes it, without the author's content.
    this.deleteStatement = db.prepare(
      `UPDATE posts SET state = 'deleted', json = NULL, expires_at = NULL, last_write = ${LAST_WRITE.updated}` +
        ` WHERE key = ? AND state <> 'deleted'`,
    );
    this.purgeExpiredStatement = db.prepare(
      'DELETE FROM posts WHERE rowid IN (SELECT rowid FROM posts WHERE expires_at <= ? LIMIT ?) RETURNING key, state',
    );
    this.purgeOldStatement = db.prepare(
      'DELETE FROM posts WHERE rowid IN (SELECT rowid FROM posts WHERE created_at < ? LIMIT ?)',
    );
    this.saveSourceStateStatement = db.prepare(
      `INSERT INTO source_state (source_id, cursor, invalid_items, last_success_at)
       VALUES (@source_id, @cursor, @invalid_items, @last_success_at)
       ON CONFLICT (source_id) DO UPDATE SET cursor = excluded.cursor, invalid_items = excluded.invalid_items,
         last_success_at = excluded.last_success_at`,
    );
    this.upsertAll = db.transaction((posts: readonly Post[]) => posts.map((post) => this.upsertOne(post)));
    this.deleteAll = db.transaction((keys: readonly string[]) => keys.filter((key) => this.deleteOne(key)));
  }

  upsertMany(posts: readonly Post[]): UpsertOutcome[] {
    return posts.length === 0 ? [] : this.upsertAll(posts);
  }

  markDeleted(keys: readonly string[]): string[] {
    return keys.length === 0 ? [] : this.deleteAll(keys);
  }

  purge(nowMs: number, retentionDays: number): PurgeResult {
    const { purgeChunkRows: chunk, purgeMaxRowsPerCall: budget } = this.options;
    const expiredKeys: string[] = [];
    let touched = 0;
    // TTL first, so that a post both expired and past retention is still reported to the screens.
    for (;;) {
      const rows = this.purgeExpiredStatement.all(nowMs, Math.min(chunk, budget - touched));
      touched += rows.length;
      for (const row of rows) if (row.state === 'live') expiredKeys.push(row.key);
      if (rows.length < chunk || touched >= budget) break;
    }
    let removed = 0;
    if (Number.isFinite(retentionDays)) {
      const cutoff = nowMs - retentionDays * DAY_MS;
      removed += this.memory.purgeCreatedBefore(cutoff);
      while (touched < budget) {
        const { changes } = this.purgeOldStatement.run(cutoff, Math.min(chunk, budget - touched));
        touched += changes;
        removed += changes;
        if (changes < chunk) break;
      }
    }
    return { expiredKeys, removed };
  }

  saveSourceState(state: SourceState): void {
    this.saveSourceStateStatement.run({
      source_id: state.sourceId,
      cursor: state.cursor ?? null,
      invalid_items: state.invalidItems,
      last_success_at: state.lastSuccessAt ?? null,
    });
  }

  private upsertOne(post: Post): UpsertOutcome {
    if (post.cachePolicy.mode === 'memory') {
      return { key: post.key, change: this.memory.upsert(post, serialisePost(post).contentHash, Date.parse(post.createdAt)) };
    }
    const written = this.upsertStatement.get(...toPostRow(post));
    return { key: post.key, change: written ? changeOf(written.last_write) : this.whyNotWritten(post.key) };
  }

  private whyNotWritten(key: string): UpsertChange {
    return this.stateStatement.get(key)?.state === 'deleted' ? 'ignored-deleted' : 'unchanged';
  }

  /** True when the post was on the wall and has now left it. */
  private deleteOne(key: string): boolean {
    const inMemory = this.memory.markDeleted(key);
    if (inMemory !== 'unknown') return inMemory === 'was-live';
    const row = this.stateStatement.get(key);
    if (!row || row.state === 'deleted') return false;
    this.deleteStatement.run(key);
    const expired = row.expires_at !== null && row.expires_at <= this.options.now();
    return row.state === 'live' && !expired;
  }
}

function changeOf(lastWrite: number): UpsertChange {
  if (lastWrite === LAST_WRITE.inserted) return 'inserted';
  if (lastWrite === LAST_WRITE.updated) return 'updated';
  return 'unchanged';
}
