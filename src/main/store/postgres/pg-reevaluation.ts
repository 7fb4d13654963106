// The rules changed: one page of stored posts judged again on PostgreSQL (what and why: ../sqlite-reevaluation.ts),
// in row_id order, inside the writer's transaction. Posts held in memory go with the first page.
import type { Post } from '../../../shared/post.ts';
import { serialisePost } from '../content-hash.ts';
import type { MemoryPostCache } from '../memory-post-cache.ts';
import { fromPostJson } from '../post-row.ts';
import { RESTORED_BY_RULE_CHANGE } from '../sqlite-reevaluation.ts';
import { ROLLUP_COLUMNS, type RollupRow } from '../rollup-tally.ts';
import type { ReevaluationPage, RuleVerdict } from '../store-api.ts';
import { logHidden, logRestored } from './pg-moderation-log.ts';
import type { Queryable } from './pg-pool.ts';
import type { PgRollupKeeper } from './pg-rollup-keeper.ts';

interface CandidateRow extends RollupRow {
  row_id: number;
  json: string;
}

export async function reevaluatePage(
  db: Queryable,
  memory: MemoryPostCache,
  rollups: PgRollupKeeper,
  verdict: RuleVerdict,
  after: number | undefined,
  limit: number,
  atMs: number,
): Promise<ReevaluationPage> {
  const result: ReevaluationPage = { hidden: [], restored: [] };
  const judge = async (post: Post, setState: (state: 'live' | 'hidden') => Promise<Post | undefined>) => {
    if (post.state !== 'live' && post.state !== 'hidden') return;
    const rule = verdict({ ...post, state: 'live' });
    if (rule !== undefined && post.state === 'live') {
      await logHidden(db, (await setState('hidden')) ?? { ...post, state: 'hidden' }, rule, 'rule', atMs);
      result.hidden.push(post.key);
    } else if (rule === undefined && post.state === 'hidden') {
      const live = (await setState('live')) ?? { ...post, state: 'live' };
      await logRestored(db, live, RESTORED_BY_RULE_CHANGE, 'rule', atMs);
      result.restored.push(live);
    }
  };
  if (after === undefined) {
    for (const { post, decidedByPerson } of [...memory.entries()]) {
      if (!decidedByPerson) await judge(post, async (state) => memory.setState(post.key, state, 'rule'));
    }
  }
  const { rows } = await db.query<CandidateRow>(
    `SELECT row_id, ${ROLLUP_COLUMNS.join(', ')}, json FROM posts
     WHERE row_id > $1 AND state IN ('live', 'hidden') AND moderated_by IS NULL AND json IS NOT NULL
       AND (expires_at IS NULL OR expires_at > $2)
     ORDER BY row_id LIMIT $3 FOR UPDATE`,
    [after ?? 0, atMs, limit],
  );
  for (const row of rows) {
    const post: Post = { ...fromPostJson(row.json), state: row.state === 'hidden' ? 'hidden' : 'live' };
    await judge(post, async (state) => {
      const judged = { ...post, state };
      const { json, contentHash } = serialisePost(judged);
      await db.query(
        'UPDATE posts SET state = $1, json = $2, content_hash = $3 WHERE key = $4 AND moderated_by IS NULL',
        [state, json, contentHash, row.key],
      );
      rollups.rowChanged(row, { ...row, state });
      return judged;
    });
  }
  const last = rows.at(-1);
  return rows.length === limit && last ? { ...result, next: last.row_id } : result;
}
