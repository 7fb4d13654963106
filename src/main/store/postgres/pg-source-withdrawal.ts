// A source removed or paused takes its posts off the wall on PostgreSQL (what and why:
// ../sqlite-source-withdrawal.ts): its live rows become 'withdrawn', and come back with their source.
import type { Post } from '../../../shared/post.ts';
import type { MemoryPostCache } from '../memory-post-cache.ts';
import { fromPostJson } from '../post-row.ts';
import type { SourceWithdrawalPage } from '../store-api.ts';
import type { Queryable } from './pg-pool.ts';

export async function withdrawSourcesExcept(
  db: Queryable,
  memory: MemoryPostCache,
  active: readonly string[],
  limit: number,
): Promise<SourceWithdrawalPage> {
  const ids = [...active];
  const { rows: gone } = await db.query<{ key: string }>(
    `UPDATE posts SET state = 'withdrawn' WHERE key IN (
       SELECT key FROM posts WHERE state = 'live' AND source_id <> ALL ($1::text[]) LIMIT $2 FOR UPDATE
     ) RETURNING key`,
    [ids, limit],
  );
  const withdrawn = [...memory.dropSourcesExcept(new Set(active)), ...gone.map((row) => row.key)];
  const { rows: back } = await db.query<{ json: string | null }>(
    `UPDATE posts SET state = 'live' WHERE key IN (
       SELECT key FROM posts WHERE state = 'withdrawn' AND source_id = ANY ($1::text[]) LIMIT $2 FOR UPDATE
     ) RETURNING json`,
    [ids, limit],
  );
  const restored: Post[] = back.flatMap((row) => (row.json === null ? [] : [fromPostJson(row.json)]));
  return { withdrawn, restored, more: withdrawn.length >= limit || restored.length >= limit };
}
