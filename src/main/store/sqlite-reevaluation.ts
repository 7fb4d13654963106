// The moderation rules changed: the posts already stored are judged again, one page at a time (the engine
// yields between pages). Only posts no person decided on (`moderated_by` NULL): a live one a rule now hides
// is hidden, a hidden one no rule hides any more comes back. Each change is logged in the audit as the
// rule's, in the page's transaction. Posts held in memory (terms forbid storing them) go with the first page.
import type Database from 'better-sqlite3';
import type { Post } from '../../shared/post.ts';
import { serialisePost } from './content-hash.ts';
import type { MemoryPostCache } from './memory-post-cache.ts';
import { fromPostJson } from './post-row.ts';
import { ROLLUP_COLUMNS, type RollupRow } from './rollup-tally.ts';
import type { WritableDB } from './sqlite-handles.ts';
import type { SqliteModerationLog } from './sqlite-moderation-log.ts';
import type { RollupKeeper } from './sqlite-rollup-keeper.ts';
import type { ReevaluationPage, RuleVerdict } from './store-api.ts';

/** Why a post came back, in the audit. */
export const RESTORED_BY_RULE_CHANGE = 'the rules changed: no rule hides it any more';

interface CandidateRow extends RollupRow {
  row_id: number;
  json: string;
}

export class SqliteReevaluation {
  private readonly pageStatement: Database.Statement<[number, number, number], CandidateRow>;
  private readonly setStateStatement: Database.Statement<[string, string, string, string]>;
  private readonly runPage: (verdict: RuleVerdict, after: number | undefined, limit: number) => ReevaluationPage;

  constructor(
    db: WritableDB,
    private readonly memory: MemoryPostCache,
    private readonly audit: SqliteModerationLog,
    private readonly rollups: RollupKeeper,
    private readonly now: () => number,
  ) {
    // In rowid order (the primary key's order): each page starts where the last stopped, whatever was written since.
    this.pageStatement = db.prepare(
      `SELECT rowid AS row_id, ${ROLLUP_COLUMNS.join(', ')}, json FROM posts
       WHERE rowid > ? AND state IN ('live', 'hidden') AND moderated_by IS NULL AND json IS NOT NULL
         AND (expires_at IS NULL OR expires_at > ?)
       ORDER BY rowid LIMIT ?`,
    );
    // moderated_by stays NULL: a rule decided, and the next rule change may decide again. The JSON and content
    // hash follow the state, so that a re-fetch of the same content is "unchanged" (nothing sent again).
    this.setStateStatement = db.prepare(
      `UPDATE posts SET state = ?, json = ?, content_hash = ? WHERE key = ? AND moderated_by IS NULL`,
    );
    this.runPage = db.transaction(
      this.rollups.keptBy((verdict: RuleVerdict, after: number | undefined, limit: number) =>
        this.page(verdict, after, limit),
      ),
    );
  }

  reevaluate(verdict: RuleVerdict, after: number | undefined, limit: number): ReevaluationPage {
    return this.runPage(verdict, after, limit);
  }

  private page(verdict: RuleVerdict, after: number | undefined, limit: number): ReevaluationPage {
    const result: ReevaluationPage = { hidden: [], restored: [] };
    const atMs = this.now();
    if (after === undefined) {
      for (const { post, decidedByPerson } of [...this.memory.entries()]) {
        if (!decidedByPerson)
          this.judge(post, verdict, atMs, result, (state) => this.memory.setState(post.key, state, 'rule'));
      }
    }
    const rows = this.pageStatement.all(after ?? Number.MIN_SAFE_INTEGER, atMs, limit);
    for (const row of rows) {
      const post = {
        ...fromPostJson(row.json),
        state: row.state === 'hidden' ? ('hidden' as const) : ('live' as const),
      };
      this.judge(post, verdict, atMs, result, (state) => {
        const judged = { ...post, state };
        const { json, contentHash } = serialisePost(judged);
        this.setStateStatement.run(state, json, contentHash, row.key);
        this.rollups.rowChanged(row, { ...row, state });
        return judged;
      });
    }
    const last = rows.at(-1);
    return rows.length === limit && last ? { ...result, next: last.row_id } : result;
  }

  private judge(
    post: Post,
    verdict: RuleVerdict,
    atMs: number,
    result: ReevaluationPage,
    setState: (state: 'live' | 'hidden') => Post | undefined,
  ): void {
    if (post.state !== 'live' && post.state !== 'hidden') return;
    const rule = verdict({ ...post, state: 'live' });
    if (rule !== undefined && post.state === 'live') {
      const hidden = setState('hidden') ?? { ...post, state: 'hidden' };
      this.audit.hidden(hidden, rule, 'rule', atMs);
      result.hidden.push(post.key);
    } else if (rule === undefined && post.state === 'hidden') {
      const live = setState('live') ?? { ...post, state: 'live' };
      this.audit.restored(live, RESTORED_BY_RULE_CHANGE, 'rule', atMs);
      result.restored.push(live);
    }
  }
}
