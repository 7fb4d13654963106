// The write side on PostgreSQL: the same rules as ../sqlite-post-writer.ts (an edit updates in place, a deleted
// post stays deleted, a person's decision holds over the rules, memory-policy posts never reach the database),
// each call in one transaction. Calls of one process run one after the other, as SQLite's single connection
// does; the rows a call changes are locked (FOR UPDATE), so another hub process's call waits for it.
import type { Post, PostState } from '../../../shared/post.ts';
import { serialisePost } from '../content-hash.ts';
import type { MemoryPostCache } from '../memory-post-cache.ts';
import { fromPostJson, POST_ROW_COLUMNS, postRowValues, toPostRow, type PostRow } from '../post-row.ts';
import { MODERATION_RULES_KEY } from '../sqlite-wall-state.ts';
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
} from '../store-api.ts';
import { ROLLUP_COLUMNS, type RollupRow } from '../rollup-tally.ts';
import { forgetAuditContent, logHidden, logRestored, purgeAuditBefore } from './pg-moderation-log.ts';
import { inTransaction, type PgClient, type PgPool, type Queryable } from './pg-pool.ts';
import { reevaluatePage } from './pg-reevaluation.ts';
import { PgRollupKeeper } from './pg-rollup-keeper.ts';
import { withdrawSourcesExcept } from './pg-source-withdrawal.ts';

const DAY_MS = 86_400_000;
const RESTORED_BY_EDIT = 'no rule hides its edited version';
const RESTORED_BY_PERSON = 'restored by a person';

const INSERT_NEW_SQL = `
  INSERT INTO posts (${POST_ROW_COLUMNS.join(', ')})
  VALUES (${POST_ROW_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})
  ON CONFLICT (key) DO NOTHING`;

const CONTENT_COLUMNS = POST_ROW_COLUMNS.filter((c) => c !== 'key');
const UPDATE_CONTENT_SQL = `
  UPDATE posts SET ${CONTENT_COLUMNS.map((c, i) => `${c} = $${i + 2}`).join(', ')} WHERE key = $1`;

export interface PgWriterOptions {
  now: () => number;
  purgeChunkRows: number;
  purgeMaxRowsPerCall: number;
}

/** What the statistics' rollups need of a row that changes (pg-rollup-keeper.ts). */
const ROLLUP_SELECT = ROLLUP_COLUMNS.join(', ');

interface ExistingRow extends RollupRow {
  expires_at: number | null;
  content_hash: string;
  moderated_by: string | null;
  json: string | null;
}

export class PgPostWriter implements PostWriter {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly rollups = new PgRollupKeeper();

  constructor(
    private readonly pool: PgPool,
    private readonly memory: MemoryPostCache,
    private readonly options: PgWriterOptions,
  ) {}

  async upsertMany(
    posts: readonly Post[],
    hiddenBy: ReadonlyMap<string, string> = new Map(),
  ): Promise<UpsertOutcome[]> {
    if (posts.length === 0) return [];
    return this.serial((db) => this.upsertAll(db, posts, hiddenBy));
  }

  async hide(key: string, why: string, atMs: number): Promise<VisibilityChange> {
    return this.serial((db) => this.setVisibility(db, key, 'hidden', why, atMs));
  }

  async restore(key: string, atMs: number): Promise<VisibilityChange> {
    return this.serial((db) => this.setVisibility(db, key, 'live', RESTORED_BY_PERSON, atMs));
  }

  async markDeleted(keys: readonly string[]): Promise<string[]> {
    if (keys.length === 0) return [];
    return this.serial(async (db) => {
      const left: string[] = [];
      for (const key of keys) if (await this.deleteOne(db, key)) left.push(key);
      return left;
    });
  }

  async purge(nowMs: number, retentionDays: number): Promise<PurgeResult> {
    return this.serial((db) => this.purgeChunks(db, nowMs, retentionDays));
  }

  async reevaluate(verdict: RuleVerdict, after: number | undefined, limit: number): Promise<ReevaluationPage> {
    return this.serial((db) =>
      reevaluatePage(db, this.memory, this.rollups, verdict, after, limit, this.options.now()),
    );
  }

  async withdrawSourcesExcept(active: readonly string[], limit: number): Promise<SourceWithdrawalPage> {
    return this.serial((db) => withdrawSourcesExcept(db, this.memory, this.rollups, active, limit));
  }

  async moderationRulesApplied(): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ value: string | null }>('SELECT value FROM wall_state WHERE key = $1', [
      MODERATION_RULES_KEY,
    ]);
    return rows[0]?.value ?? undefined;
  }

  async recordModerationRulesApplied(fingerprint: string): Promise<void> {
    await this.pool.query(
      'INSERT INTO wall_state (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      [MODERATION_RULES_KEY, fingerprint],
    );
  }

  async loadSourceState(sourceId: string): Promise<SourceState | undefined> {
    const { rows } = await this.pool.query<{
      cursor: string | null;
      invalid_items: number;
      last_success_at: string | null;
    }>('SELECT cursor, invalid_items, last_success_at FROM source_state WHERE source_id = $1', [sourceId]);
    const row = rows[0];
    if (!row) return undefined;
    return {
      sourceId,
      invalidItems: row.invalid_items,
      ...(row.cursor !== null ? { cursor: row.cursor } : {}),
      ...(row.last_success_at !== null ? { lastSuccessAt: row.last_success_at } : {}),
    };
  }

  async saveSourceState(state: SourceState): Promise<void> {
    await this.pool.query(
      `INSERT INTO source_state (source_id, cursor, invalid_items, last_success_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (source_id) DO UPDATE SET cursor = excluded.cursor, invalid_items = excluded.invalid_items,
         last_success_at = excluded.last_success_at`,
      [state.sourceId, state.cursor ?? null, state.invalidItems, state.lastSuccessAt ?? null],
    );
  }

  /** One transaction at a time from this process, in call order; the rollups kept at its end. */
  private serial<T>(work: (db: PgClient) => Promise<T>): Promise<T> {
    const run = this.tail.then(() => inTransaction(this.pool, this.rollups.keptBy(work)));
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async upsertAll(
    db: PgClient,
    posts: readonly Post[],
    hiddenBy: ReadonlyMap<string, string>,
  ): Promise<UpsertOutcome[]> {
    const outcomes: UpsertOutcome[] = [];
    for (const post of posts) outcomes.push(await this.upsertOne(db, post, hiddenBy));
    return outcomes;
  }

  private async upsertOne(db: PgClient, post: Post, hiddenBy: ReadonlyMap<string, string>): Promise<UpsertOutcome> {
    if (post.cachePolicy.mode === 'memory') {
      const previous = this.memory.get(post.key)?.state;
      const kept =
        previous !== undefined &&
        post.state !== 'deleted' &&
        previous !== post.state &&
        this.memory.decidedByPerson(post.key)
          ? { ...post, state: previous }
          : post;
      const { contentHash } = serialisePost(kept);
      const change = this.memory.upsert(kept, contentHash, Date.parse(kept.createdAt));
      if (change === 'inserted' || change === 'updated') await this.logRuleDecision(db, kept, previous, hiddenBy);
      return { key: post.key, change, state: kept.state, ...(previous !== undefined ? { previous } : {}) };
    }
    const { change, row, previous } = await this.upsertRow(db, post);
    const stored = row.state === post.state ? post : { ...post, state: row.state as PostState };
    if (change === 'inserted' || change === 'updated') await this.logRuleDecision(db, stored, previous, hiddenBy);
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

  private async logRuleDecision(
    db: Queryable,
    stored: Post,
    previous: PostState | undefined,
    hiddenBy: ReadonlyMap<string, string>,
  ): Promise<void> {
    const rule = hiddenBy.get(stored.key);
    if (stored.state === 'hidden' && previous !== 'hidden' && rule !== undefined)
      await logHidden(db, stored, rule, 'rule', this.options.now());
    else if (stored.state === 'live' && previous === 'hidden')
      await logRestored(db, stored, RESTORED_BY_EDIT, 'rule', this.options.now());
  }

  private async upsertRow(
    db: PgClient,
    post: Post,
  ): Promise<{ change: UpsertChange; row: PostRow; previous?: PostState }> {
    let row = toPostRow(post);
    const inserted = await db.query(INSERT_NEW_SQL, postRowValues(row));
    if (inserted.rowCount === 1) {
      this.rollups.rowChanged(undefined, row);
      return { change: 'inserted', row };
    }
    const existing = await this.lockRow(db, row.key);
    if (existing?.state === 'deleted') return { change: 'ignored-deleted', row, previous: 'deleted' };
    if (!existing) return { change: 'unchanged', row };
    const previous = existing.state as PostState;
    if (existing.moderated_by === 'admin' && post.state !== 'deleted' && existing.state !== post.state) {
      row = toPostRow({ ...post, state: previous });
    }
    if (existing.content_hash !== row.content_hash) {
      await db.query(UPDATE_CONTENT_SQL, [row.key, ...CONTENT_COLUMNS.map((c) => row[c])]);
      this.rollups.rowChanged(existing, row);
      return { change: 'updated', row, previous };
    }
    if (row.expires_at !== null && (existing.expires_at === null || row.expires_at > existing.expires_at)) {
      await db.query('UPDATE posts SET expires_at = $1 WHERE key = $2', [row.expires_at, row.key]);
    }
    return { change: 'unchanged', row: { ...row, state: previous }, previous };
  }

  private async lockRow(db: PgClient, key: string): Promise<ExistingRow | undefined> {
    const { rows } = await db.query<ExistingRow>(
      `SELECT ${ROLLUP_SELECT}, expires_at, content_hash, moderated_by, json FROM posts WHERE key = $1 FOR UPDATE`,
      [key],
    );
    return rows[0];
  }

  private async setVisibility(
    db: PgClient,
    key: string,
    state: 'live' | 'hidden',
    why: string,
    atMs: number,
  ): Promise<VisibilityChange> {
    const inMemory = this.memory.get(key);
    let post: Post;
    if (inMemory) {
      if (inMemory.state === 'deleted') return { kind: 'not-found' };
      if (inMemory.state === state) return { kind: 'unchanged', post: inMemory };
      post = this.memory.setState(key, state) ?? { ...inMemory, state };
    } else {
      const row = await this.lockRow(db, key);
      const onFile =
        row !== undefined &&
        row.json !== null &&
        row.state !== 'deleted' &&
        row.state !== 'withdrawn' &&
        (row.expires_at === null || row.expires_at > this.options.now());
      if (!onFile) return { kind: 'not-found' };
      const current = fromPostJson(row.json as string);
      if (row.state === state) return { kind: 'unchanged', post: current };
      post = { ...current, state };
      const { json, contentHash } = serialisePost(post);
      await db.query(
        `UPDATE posts SET state = $1, json = $2, content_hash = $3, moderated_by = 'admin' WHERE key = $4`,
        [state, json, contentHash, key],
      );
      this.rollups.rowChanged(row, { ...row, state });
    }
    const entry =
      state === 'hidden'
        ? await logHidden(db, post, why, 'admin', atMs)
        : await logRestored(db, post, why, 'admin', atMs);
    return { kind: 'changed', post, entry };
  }

  private async deleteOne(db: PgClient, key: string): Promise<boolean> {
    const inMemory = this.memory.markDeleted(key);
    if (inMemory !== 'unknown') return inMemory === 'was-live';
    const row = await this.lockRow(db, key);
    if (!row || row.state === 'deleted') return false;
    await db.query(
      `UPDATE posts SET state = 'deleted', json = NULL, sentiment = NULL, intent = NULL, expires_at = NULL WHERE key = $1`,
      [key],
    );
    this.rollups.rowChanged(row, { ...row, state: 'deleted', sentiment: null, intent: null });
    await forgetAuditContent(db, key);
    const expired = row.expires_at !== null && row.expires_at <= this.options.now();
    return row.state === 'live' && !expired;
  }

  private async purgeChunks(db: PgClient, nowMs: number, retentionDays: number): Promise<PurgeResult> {
    const { purgeChunkRows: chunk, purgeMaxRowsPerCall: budget } = this.options;
    const expiredKeys: string[] = [];
    let touched = 0;
    for (;;) {
      const { rows } = await db.query<RollupRow>(
        `DELETE FROM posts WHERE key IN (SELECT key FROM posts WHERE expires_at <= $1 LIMIT $2) RETURNING ${ROLLUP_SELECT}`,
        [nowMs, Math.min(chunk, budget - touched)],
      );
      for (const row of rows) this.rollups.rowChanged(row, undefined);
      touched += rows.length;
      for (const row of rows) if (row.state === 'live') expiredKeys.push(row.key);
      if (rows.length < chunk || touched >= budget) break;
    }
    let removed = 0;
    if (Number.isFinite(retentionDays)) {
      const cutoff = nowMs - retentionDays * DAY_MS;
      removed += this.memory.purgeCreatedBefore(cutoff);
      while (touched < budget) {
        const { rows } = await db.query<RollupRow>(
          `DELETE FROM posts WHERE key IN (SELECT key FROM posts WHERE created_at < $1 LIMIT $2) RETURNING ${ROLLUP_SELECT}`,
          [cutoff, Math.min(chunk, budget - touched)],
        );
        for (const row of rows) this.rollups.rowChanged(row, undefined);
        const changes = rows.length;
        touched += changes;
        removed += changes;
        if (changes < chunk) break;
      }
      const hiddenInMemory = touched < budget ? this.memory.hiddenKeys() : [];
      while (touched < budget) {
        const changes = await purgeAuditBefore(db, cutoff, hiddenInMemory, Math.min(chunk, budget - touched));
        touched += changes;
        if (changes < chunk) break;
      }
    }
    return { expiredKeys, removed, more: touched >= budget };
  }
}
