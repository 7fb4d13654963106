// The write side: ingest, deletes, purge and source state, on the one writable connection.
import type Database from 'better-sqlite3';
import type { Post } from '../../shared/post.ts';
import { serialisePost } from './content-hash.ts';
import type { MemoryPostCache } from './memory-post-cache.ts';
import { POST_ROW_COLUMNS, postRowValues, toPostRow, type PostRow, type PostRowValue } from './post-row.ts';
import type { WritableDB } from './sqlite-handles.ts';
import type { PostWriter, PurgeResult, SourceState, UpsertChange, UpsertOutcome } from './store-api.ts';

const DAY_MS = 86_400_000;

/**
 * Ingest is mostly new posts (one statement: the insert) and re-fetches of known ones (the insert does nothing,
 * then one lookup by key). Only an edit writes a second time. No RETURNING: it costs a quarter of the insert.
 */
const INSERT_NEW_SQL = `
  INSERT INTO posts (${POST_ROW_COLUMNS.join(', ')})
  VALUES (${POST_ROW_COLUMNS.map(() => '?').join(', ')})
  ON CONFLICT (key) DO NOTHING`;

const UPDATE_CONTENT_SQL = `
  UPDATE posts SET ${POST_ROW_COLUMNS.filter((c) => c !== 'key').map((c) => `${c} = @${c}`).join(', ')}
  WHERE key = @key`;

export interface WriterOptions {
  now: () => number;
  /** Rows per DELETE statement in purge: each statement is short, so the event loop never waits long. */
  purgeChunkRows: number;
  /** Rows one purge call removes at most; the rest goes on the next call (the engine purges periodically). */
  purgeMaxRowsPerCall: number;
}

interface ExistingRow {
  state: string;
  expires_at: number | null;
  content_hash: string;
}
interface DeletedRow {
  key: string;
  state: string;
}

export class SqlitePostWriter implements PostWriter {
  private readonly insertNewStatement: Database.Statement<PostRowValue[]>;
  private readonly existingStatement: Database.Statement<[string], ExistingRow>;
  private readonly updateContentStatement: Database.Statement<[PostRow]>;
  private readonly extendExpiryStatement: Database.Statement<[number, string]>;
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
    this.insertNewStatement = db.prepare<PostRowValue[]>(INSERT_NEW_SQL);
    this.existingStatement = db.prepare('SELECT state, expires_at, content_hash FROM posts WHERE key = ?');
    this.updateContentStatement = db.prepare<[PostRow]>(UPDATE_CONTENT_SQL);
    this.extendExpiryStatement = db.prepare('UPDATE posts SET expires_at = ? WHERE key = ?');
    // The row stays as a tombstone until retention removes it, without the author's content.
    this.deleteStatement = db.prepare(
      `UPDATE posts SET state = 'deleted', json = NULL, sentiment = NULL, expires_at = NULL WHERE key = ? AND state <> 'deleted'`,
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
    return { expiredKeys, removed, more: touched >= budget };
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
      const { contentHash } = serialisePost(post);
      return { key: post.key, change: this.memory.upsert(post, contentHash, Date.parse(post.createdAt)) };
    }
    const row = toPostRow(post);
    const change = this.upsertRow(row);
    return row.json !== null && (change === 'inserted' || change === 'updated') ? { key: post.key, change, json: row.json } : { key: post.key, change };
  }

  private upsertRow(row: PostRow): UpsertChange {
    if (this.insertNewStatement.run(...postRowValues(row)).changes === 1) return 'inserted';
    const existing = this.existingStatement.get(row.key);
    // A post its author deleted stays deleted, whatever a stale poll says.
    if (existing?.state === 'deleted') return 'ignored-deleted';
    // Unreachable (the insert does nothing only when the key exists), but never worth failing a batch for.
    if (!existing) return 'unchanged';
    if (existing.content_hash !== row.content_hash) {
      this.updateContentStatement.run(row);
      return 'updated';
    }
    // The same content fetched again: under a TTL policy the fetch renews the right to keep it.
    if (row.expires_at !== null && (existing.expires_at === null || row.expires_at > existing.expires_at)) {
      this.extendExpiryStatement.run(row.expires_at, row.key);
    }
    return 'unchanged';
  }

  /** True when the post was on the wall and has now left it. */
  private deleteOne(key: string): boolean {
    const inMemory = this.memory.markDeleted(key);
    if (inMemory !== 'unknown') return inMemory === 'was-live';
    const row = this.existingStatement.get(key);
    if (!row || row.state === 'deleted') return false;
    this.deleteStatement.run(key);
    const expired = row.expires_at !== null && row.expires_at <= this.options.now();
    return row.state === 'live' && !expired;
  }
}
