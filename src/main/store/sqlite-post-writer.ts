// The write side: ingest, deletes, purge and source state, on the one writable connection. The methods are
// async for the interface's sake (a PostgreSQL store is); each runs its statements synchronously, in one go.
import type Database from 'better-sqlite3';
import type { Post, PostState } from '../../shared/post.ts';
import { fromPostJson } from './post-row.ts';
import { serialisePost } from './content-hash.ts';
import type { MemoryPostCache } from './memory-post-cache.ts';
import { POST_ROW_COLUMNS, postRowValues, toPostRow, type PostRow, type PostRowValue } from './post-row.ts';
import { ROLLUP_COLUMNS, type RollupRow } from './rollup-tally.ts';
import type { WritableDB } from './sqlite-handles.ts';
import { SqliteRollupKeeper, type RollupKeeper } from './sqlite-rollup-keeper.ts';
import { SqliteModerationLog } from './sqlite-moderation-log.ts';
import { SqliteReevaluation } from './sqlite-reevaluation.ts';
import { SqliteSourceWithdrawal } from './sqlite-source-withdrawal.ts';
import { SqliteSourceState } from './sqlite-source-state.ts';
import { MODERATION_RULES_KEY, SqliteWallState } from './sqlite-wall-state.ts';
import type {
  PostWriter,
  PurgeResult,
  ReevaluationPage,
  RuleVerdict,
  SourceState,
  SourceWithdrawalPage,
  UpsertChange,
  UpsertOutcome,
  VisibilityChange,
} from './store-api.ts';

const DAY_MS = 86_400_000;

/** What the rollups need of a row that changes (sqlite-rollup-keeper.ts). */
const ROLLUP_SELECT = ROLLUP_COLUMNS.join(', ');

/**
 * Ingest is mostly new posts (one statement: the insert) and re-fetches of known ones (the insert does nothing,
 * then one lookup by key). Only an edit writes a second time. No RETURNING: it costs a quarter of the insert.
 */
const INSERT_NEW_SQL = `
  INSERT INTO posts (${POST_ROW_COLUMNS.join(', ')})
  VALUES (${POST_ROW_COLUMNS.map(() => '?').join(', ')})
  ON CONFLICT (key) DO NOTHING`;

const UPDATE_CONTENT_SQL = `
  UPDATE posts SET ${POST_ROW_COLUMNS.filter((c) => c !== 'key')
    .map((c) => `${c} = @${c}`)
    .join(', ')}
  WHERE key = @key`;

export interface WriterOptions {
  now: () => number;
  /** Rows per DELETE statement in purge: each statement is short, so the event loop never waits long. */
  purgeChunkRows: number;
  /** Rows one purge call removes at most; the rest goes on the next call (the engine purges periodically). */
  purgeMaxRowsPerCall: number;
}

interface ExistingRow extends RollupRow {
  expires_at: number | null;
  content_hash: string;
  moderated_by: string | null;
}
interface VisibilityRow extends RollupRow {
  expires_at: number | null;
  json: string | null;
}

/** What a rule did to a post on this write (the restore is logged when an edit no rule hides any more). */
const RESTORED_BY_EDIT = 'no rule hides its edited version';
const RESTORED_BY_PERSON = 'restored by a person';
type DeletedRow = RollupRow;

export class SqlitePostWriter implements PostWriter {
  private readonly insertNewStatement: Database.Statement<PostRowValue[]>;
  private readonly existingStatement: Database.Statement<[string], ExistingRow>;
  private readonly updateContentStatement: Database.Statement<[PostRow]>;
  private readonly extendExpiryStatement: Database.Statement<[number, string]>;
  private readonly deleteStatement: Database.Statement<[string]>;
  private readonly purgeExpired: (nowMs: number, limit: number) => DeletedRow[];
  private readonly purgeOld: (cutoffMs: number, limit: number) => number;
  private readonly visibilityStatement: Database.Statement<[string], VisibilityRow>;
  private readonly setVisibilityStatement: Database.Statement<[string, string, string, string]>;
  private readonly audit: SqliteModerationLog;
  private readonly reevaluation: SqliteReevaluation;
  private readonly withdrawal: SqliteSourceWithdrawal;
  private readonly wallState: SqliteWallState;
  private readonly sourceState: SqliteSourceState;
  private readonly rollups: RollupKeeper;
  private readonly upsertAll: (posts: readonly Post[], hiddenBy: ReadonlyMap<string, string>) => UpsertOutcome[];
  private readonly deleteAll: (keys: readonly string[]) => string[];
  private readonly setVisibility: (
    key: string,
    state: 'live' | 'hidden',
    why: string,
    atMs: number,
  ) => VisibilityChange;

  constructor(
    db: WritableDB,
    private readonly memory: MemoryPostCache,
    private readonly options: WriterOptions,
    rollups?: RollupKeeper,
  ) {
    this.rollups = rollups ?? new SqliteRollupKeeper(db);
    this.insertNewStatement = db.prepare<PostRowValue[]>(INSERT_NEW_SQL);
    this.existingStatement = db.prepare(
      `SELECT ${ROLLUP_SELECT}, expires_at, content_hash, moderated_by FROM posts WHERE key = ?`,
    );
    this.visibilityStatement = db.prepare(`SELECT ${ROLLUP_SELECT}, expires_at, json FROM posts WHERE key = ?`);
    // The JSON and content hash are those of the post in its new state, as an upsert keeping the decision writes
    // them: a re-fetch of the same content is then "unchanged" (no write, nothing sent to the screens again).
    this.setVisibilityStatement = db.prepare(
      `UPDATE posts SET state = ?, json = ?, content_hash = ?, moderated_by = 'admin' WHERE key = ?`,
    );
    this.audit = new SqliteModerationLog(db);
    this.reevaluation = new SqliteReevaluation(db, memory, this.audit, this.rollups, options.now);
    this.withdrawal = new SqliteSourceWithdrawal(db, memory, this.rollups);
    this.wallState = new SqliteWallState(db);
    this.sourceState = new SqliteSourceState(db);
    this.updateContentStatement = db.prepare<[PostRow]>(UPDATE_CONTENT_SQL);
    this.extendExpiryStatement = db.prepare('UPDATE posts SET expires_at = ? WHERE key = ?');
    // The row stays as a tombstone until retention removes it, without the author's content.
    this.deleteStatement = db.prepare(
      `UPDATE posts SET state = 'deleted', json = NULL, sentiment = NULL, intent = NULL, theme = NULL, expires_at = NULL WHERE key = ? AND state <> 'deleted'`,
    );
    const purgeExpiredStatement = db.prepare<[number, number], DeletedRow>(
      `DELETE FROM posts WHERE rowid IN (SELECT rowid FROM posts WHERE expires_at <= ? LIMIT ?) RETURNING ${ROLLUP_SELECT}`,
    );
    const purgeOldStatement = db.prepare<[number, number], DeletedRow>(
      `DELETE FROM posts WHERE rowid IN (SELECT rowid FROM posts WHERE created_at < ? LIMIT ?) RETURNING ${ROLLUP_SELECT}`,
    );
    // Each chunk with its rollups in one transaction.
    this.purgeExpired = db.transaction(
      this.rollups.keptBy((nowMs: number, limit: number) => this.removed(purgeExpiredStatement.all(nowMs, limit))),
    );
    this.purgeOld = db.transaction(
      this.rollups.keptBy(
        (cutoffMs: number, limit: number) => this.removed(purgeOldStatement.all(cutoffMs, limit)).length,
      ),
    );
    this.upsertAll = db.transaction(
      this.rollups.keptBy((posts: readonly Post[], hiddenBy: ReadonlyMap<string, string>) =>
        posts.map((post) => this.upsertOne(post, hiddenBy)),
      ),
    );
    this.deleteAll = db.transaction(
      this.rollups.keptBy((keys: readonly string[]) => keys.filter((key) => this.deleteOne(key))),
    );
    this.setVisibility = db.transaction(
      this.rollups.keptBy((key: string, state: 'live' | 'hidden', why: string, atMs: number) =>
        this.setVisibilityOne(key, state, why, atMs),
      ),
    );
  }

  async upsertMany(
    posts: readonly Post[],
    hiddenBy: ReadonlyMap<string, string> = new Map(),
  ): Promise<UpsertOutcome[]> {
    return posts.length === 0 ? [] : this.upsertAll(posts, hiddenBy);
  }

  async hide(key: string, why: string, atMs: number): Promise<VisibilityChange> {
    return this.setVisibility(key, 'hidden', why, atMs);
  }

  async restore(key: string, atMs: number): Promise<VisibilityChange> {
    return this.setVisibility(key, 'live', RESTORED_BY_PERSON, atMs);
  }

  async markDeleted(keys: readonly string[]): Promise<string[]> {
    return keys.length === 0 ? [] : this.deleteAll(keys);
  }

  async purge(nowMs: number, retentionDays: number): Promise<PurgeResult> {
    const { purgeChunkRows: chunk, purgeMaxRowsPerCall: budget } = this.options;
    const expiredKeys: string[] = [];
    let touched = 0;
    // TTL first, so that a post both expired and past retention is still reported to the screens.
    for (;;) {
      const rows = this.purgeExpired(nowMs, Math.min(chunk, budget - touched));
      touched += rows.length;
      for (const row of rows) if (row.state === 'live') expiredKeys.push(row.key);
      if (rows.length < chunk || touched >= budget) break;
    }
    let removed = 0;
    if (Number.isFinite(retentionDays)) {
      const cutoff = nowMs - retentionDays * DAY_MS;
      removed += this.memory.purgeCreatedBefore(cutoff);
      while (touched < budget) {
        const changes = this.purgeOld(cutoff, Math.min(chunk, budget - touched));
        touched += changes;
        removed += changes;
        if (changes < chunk) break;
      }
      // The audit log ages like the posts it speaks of (after them, so a post purged now frees its entries).
      const hiddenInMemory = touched < budget ? this.memory.hiddenKeys() : [];
      while (touched < budget) {
        const changes = this.audit.purgeBefore(cutoff, hiddenInMemory, Math.min(chunk, budget - touched));
        touched += changes;
        if (changes < chunk) break;
      }
    }
    return { expiredKeys, removed, more: touched >= budget };
  }

  async reevaluate(verdict: RuleVerdict, after: number | undefined, limit: number): Promise<ReevaluationPage> {
    return this.reevaluation.reevaluate(verdict, after, limit);
  }

  async withdrawSourcesExcept(active: readonly string[], limit: number): Promise<SourceWithdrawalPage> {
    return this.withdrawal.withdrawSourcesExcept(active, limit);
  }

  async moderationRulesApplied(): Promise<string | undefined> {
    return this.wallState.get(MODERATION_RULES_KEY);
  }

  async recordModerationRulesApplied(fingerprint: string): Promise<void> {
    this.wallState.set(MODERATION_RULES_KEY, fingerprint);
  }

  async loadSourceState(sourceId: string): Promise<SourceState | undefined> {
    return this.sourceState.load(sourceId);
  }

  async saveSourceState(state: SourceState): Promise<void> {
    this.sourceState.save(state);
  }

  private upsertOne(post: Post, hiddenBy: ReadonlyMap<string, string>): UpsertOutcome {
    if (post.cachePolicy.mode === 'memory') {
      const previous = this.memory.get(post.key)?.state;
      // A person hid or restored it: their decision holds over the rules, edits included (as upsertRow does).
      const kept =
        previous !== undefined &&
        post.state !== 'deleted' &&
        previous !== post.state &&
        this.memory.decidedByPerson(post.key)
          ? { ...post, state: previous }
          : post;
      const { contentHash } = serialisePost(kept);
      const change = this.memory.upsert(kept, contentHash, Date.parse(kept.createdAt));
      if (change === 'inserted' || change === 'updated') this.logRuleDecision(kept, previous, hiddenBy);
      return { key: post.key, change, state: kept.state, ...(previous !== undefined ? { previous } : {}) };
    }
    const { change, row, previous } = this.upsertRow(post);
    const stored = row.state === post.state ? post : { ...post, state: row.state as PostState };
    if (change === 'inserted' || change === 'updated') this.logRuleDecision(stored, previous, hiddenBy);
    const outcome: UpsertOutcome = {
      key: post.key,
      change,
      state: stored.state,
      ...(previous !== undefined ? { previous } : {}),
    };
    return row.json !== null && (change === 'inserted' || change === 'updated')
      ? { ...outcome, json: row.json }
      : outcome;
  }

  /** A rule hid a post that was not hidden, or an edit no rule hides brought one back: the audit says so. */
  private logRuleDecision(stored: Post, previous: PostState | undefined, hiddenBy: ReadonlyMap<string, string>): void {
    const rule = hiddenBy.get(stored.key);
    if (stored.state === 'hidden' && previous !== 'hidden' && rule !== undefined)
      this.audit.hidden(stored, rule, 'rule', this.options.now());
    else if (stored.state === 'live' && previous === 'hidden')
      this.audit.restored(stored, RESTORED_BY_EDIT, 'rule', this.options.now());
  }

  private upsertRow(post: Post): { change: UpsertChange; row: PostRow; previous?: PostState } {
    let row = toPostRow(post);
    if (this.insertNewStatement.run(...postRowValues(row)).changes === 1) {
      this.rollups.rowChanged(undefined, row);
      return { change: 'inserted', row };
    }
    const existing = this.existingStatement.get(row.key);
    // A post its author deleted stays deleted, whatever a stale poll says.
    if (existing?.state === 'deleted') return { change: 'ignored-deleted', row, previous: 'deleted' };
    // Unreachable (the insert does nothing only when the key exists), but never worth failing a batch for.
    if (!existing) return { change: 'unchanged', row };
    const previous = existing.state as PostState;
    // A person hid or restored it: their decision holds over the rules, edits included.
    if (existing.moderated_by === 'admin' && post.state !== 'deleted' && existing.state !== post.state) {
      row = toPostRow({ ...post, state: previous });
    }
    if (existing.content_hash !== row.content_hash) {
      this.updateContentStatement.run(row);
      this.rollups.rowChanged(existing, row);
      return { change: 'updated', row, previous };
    }
    // The same content fetched again: under a TTL policy the fetch renews the right to keep it.
    if (row.expires_at !== null && (existing.expires_at === null || row.expires_at > existing.expires_at)) {
      this.extendExpiryStatement.run(row.expires_at, row.key);
    }
    return { change: 'unchanged', row: { ...row, state: previous }, previous };
  }

  /** Rows a purge removed, told to the rollups. */
  private removed(rows: DeletedRow[]): DeletedRow[] {
    for (const row of rows) this.rollups.rowChanged(row, undefined);
    return rows;
  }

  private setVisibilityOne(key: string, state: 'live' | 'hidden', why: string, atMs: number): VisibilityChange {
    const inMemory = this.memory.get(key);
    let post: Post;
    if (inMemory) {
      if (inMemory.state === 'deleted') return { kind: 'not-found' };
      if (inMemory.state === state) return { kind: 'unchanged', post: inMemory };
      post = this.memory.setState(key, state) ?? { ...inMemory, state };
    } else {
      const row = this.visibilityStatement.get(key);
      const onFile =
        row !== undefined &&
        row.json !== null &&
        row.state !== 'deleted' &&
        // A removed or paused source's post is off the wall: no moderation brings it back (its source does).
        row.state !== 'withdrawn' &&
        (row.expires_at === null || row.expires_at > this.options.now());
      if (!onFile) return { kind: 'not-found' };
      const current = fromPostJson(row.json as string);
      if (row.state === state) return { kind: 'unchanged', post: current };
      post = { ...current, state };
      const { json, contentHash } = serialisePost(post);
      this.setVisibilityStatement.run(state, json, contentHash, key);
      this.rollups.rowChanged(row, { ...row, state });
    }
    const entry =
      state === 'hidden' ? this.audit.hidden(post, why, 'admin', atMs) : this.audit.restored(post, why, 'admin', atMs);
    return { kind: 'changed', post, entry };
  }

  /** True when the post was on the wall and has now left it. */
  private deleteOne(key: string): boolean {
    const inMemory = this.memory.markDeleted(key);
    if (inMemory !== 'unknown') return inMemory === 'was-live';
    const row = this.existingStatement.get(key);
    if (!row || row.state === 'deleted') return false;
    this.deleteStatement.run(key);
    this.rollups.rowChanged(row, { ...row, state: 'deleted', sentiment: null, intent: null, theme: null });
    this.audit.forgetContent(key);
    const expired = row.expires_at !== null && row.expires_at <= this.options.now();
    return row.state === 'live' && !expired;
  }
}
