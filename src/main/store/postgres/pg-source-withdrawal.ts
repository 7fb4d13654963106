// A source removed or paused takes its posts off the wall on PostgreSQL (what and why:
// ../sqlite-source-withdrawal.ts): its live rows become 'withdrawn', and come back with their source.
import type { Post } from '../../../shared/post.ts';
import type { MemoryPostCache } from '../memory-post-cache.ts';
import { fromPostJson } from '../post-row.ts';
import { ROLLUP_COLUMNS, type RollupRow } from '../rollup-tally.ts';
import type { SourceWithdrawalPage } from '../store-api.ts';
import type { Queryable } from './pg-pool.ts';
import type { PgRollupKeeper } from './pg-rollup-keeper.ts';

export async function withdrawSourcesExcept(
  db: Queryable,
  memory: MemoryPostCache,
  rollups: PgRollupKeeper,
  active: readonly string[],
  limit: number,
): Promise<SourceWithdrawalPage> {
  const ids = [...active];
  const { rows: gone } = await db.query<RollupRow>(
    `UPDATE posts SET state = 'withdrawn' WHERE key IN (
       SELECT key FROM posts WHERE state = 'live' AND source_id <> ALL ($1::text[]) LIMIT $2 FOR UPDATE
     ) RETURNING ${ROLLUP_COLUMNS.join(', ')}`,
    [ids, limit],
  );
  for (const row of gone) rollups.rowChanged({ ...row, state: 'live' }, row);
  const withdrawn = [...memory.dropSourcesExcept(new Set(active)), ...gone.map((row) => row.key)];
  const { rows: back } = await db.query<RollupRow & { json: string | null }>(
    `UPDATE posts SET state = 'live' WHERE key IN (
       SELECT key FROM posts WHERE state = 'withdrawn' AND source_id = ANY ($1::text[]) LIMIT $2 FOR UPDATE
     ) RETURNING ${ROLLUP_COLUMNS.join(', ')}, json`,
    [ids, limit],
  );
  for (const { json: _json, ...row } of back) rollups.rowChanged({ ...row, state: 'withdrawn' }, row);
  const restored: Post[] = back.flatMap((row) => (row.json === null ? [] : [fromPostJson(row.json)]));
  return { withdrawn, restored, more: withdrawn.length >= limit || restored.length >= limit };
}
