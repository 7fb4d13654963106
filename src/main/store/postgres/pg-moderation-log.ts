// The moderation audit log on PostgreSQL (see ../sqlite-moderation-log.ts for what it keeps and why), written
// inside the transaction that changes the post's state.
import type { Post } from '../../../shared/post.ts';
import { AUDIT_COLUMNS, excerptOf, toAuditEntry, type AuditRow } from '../sqlite-moderation-log.ts';
import type { AuditEntry, ModerationActor } from '../store-api.ts';
import type { Queryable } from './pg-pool.ts';

export async function logHidden(
  db: Queryable,
  post: Post,
  why: string,
  who: ModerationActor,
  atMs: number,
): Promise<AuditEntry> {
  return insert(db, post, 'hide', why, who, atMs);
}

/** Closes the post's open hide entries (restored_at) and logs the restore itself. */
export async function logRestored(
  db: Queryable,
  post: Post,
  why: string,
  who: ModerationActor,
  atMs: number,
): Promise<AuditEntry> {
  await db.query(
    `UPDATE moderation_audit SET restored_at = $1 WHERE post_key = $2 AND action = 'hide' AND restored_at IS NULL`,
    [atMs, post.key],
  );
  return insert(db, post, 'restore', why, who, atMs);
}

/** The author deleted the post: the log keeps that it was hidden, not what it said. */
export async function forgetAuditContent(db: Queryable, key: string): Promise<void> {
  await db.query(`UPDATE moderation_audit SET excerpt = '' WHERE post_key = $1`, [key]);
}

/** Removes at most `limit` entries logged before `cutoffMs`, keeping every entry of a post still hidden. */
export async function purgeAuditBefore(
  db: Queryable,
  cutoffMs: number,
  hiddenInMemory: readonly string[],
  limit: number,
): Promise<number> {
  const { rowCount } = await db.query(
    `DELETE FROM moderation_audit WHERE id IN (
       SELECT a.id FROM moderation_audit a
       WHERE a.at < $1
         AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.key = a.post_key AND p.state = 'hidden')
         AND a.post_key <> ALL ($2::text[])
       ORDER BY a.id LIMIT $3)`,
    [cutoffMs, hiddenInMemory, limit],
  );
  return rowCount ?? 0;
}

export async function auditPage(db: Queryable, limit: number, beforeId: number): Promise<AuditEntry[]> {
  const { rows } = await db.query<AuditRow>(
    `SELECT ${AUDIT_COLUMNS} FROM moderation_audit WHERE id < $1 ORDER BY id DESC LIMIT $2`,
    [beforeId, limit],
  );
  return rows.map(toAuditEntry);
}

async function insert(
  db: Queryable,
  post: Post,
  action: 'hide' | 'restore',
  why: string,
  who: ModerationActor,
  atMs: number,
): Promise<AuditEntry> {
  const { rows } = await db.query<AuditRow>(
    `INSERT INTO moderation_audit (post_key, network, author, excerpt, action, why, who, at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${AUDIT_COLUMNS}`,
    [
      post.key,
      post.network,
      post.author.handle ?? post.author.name,
      // A source whose terms forbid storing its posts (memory policy): not even an excerpt in the database.
      post.cachePolicy.mode === 'memory' ? '' : excerptOf(post),
      action,
      why,
      who,
      atMs,
    ],
  );
  const row = rows[0];
  if (!row) throw new Error('the audit entry was not returned by its own insert');
  return toAuditEntry(row);
}
