// The moderation audit log (table moderation_audit, migration 004): every hide and restore, by a rule or a
// person, with what was hidden (key, network, author, a short excerpt), why, who and when. Written on the
// writer's connection, inside the transaction that changes the post's state. Entries older than the posts'
// retention are purged with them, except those of a post still hidden (they say why, and let IT restore it).
import type { Post } from '../../shared/post.ts';
import type { WritableDB } from './sqlite-handles.ts';
import type { AuditEntry, ModerationActor } from './store-api.ts';
import type Database from 'better-sqlite3';

const EXCERPT_CHARS = 140;

export interface AuditRow {
  id: number;
  post_key: string;
  network: string;
  author: string;
  excerpt: string;
  action: string;
  why: string;
  who: string;
  at: number;
  restored_at: number | null;
}

export function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    postKey: row.post_key,
    network: row.network,
    author: row.author,
    excerpt: row.excerpt,
    action: row.action === 'restore' ? 'restore' : 'hide',
    why: row.why,
    who: row.who === 'admin' ? 'admin' : 'rule',
    atMs: row.at,
    ...(row.restored_at !== null ? { restoredAtMs: row.restored_at } : {}),
  };
}

/** Enough for IT to recognise the post, no more. */
export function excerptOf(post: Post): string {
  const flat = post.text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_CHARS ? flat : `${flat.slice(0, EXCERPT_CHARS - 1)}…`;
}

export const AUDIT_COLUMNS = 'id, post_key, network, author, excerpt, action, why, who, at, restored_at';

export class SqliteModerationLog {
  private readonly insertStatement: Database.Statement<[Record<string, string | number | null>]>;
  private readonly byIdStatement: Database.Statement<[number | bigint], AuditRow>;
  private readonly closeOpenStatement: Database.Statement<[number, string]>;
  private readonly forgetStatement: Database.Statement<[string]>;
  private readonly purgeStatement: Database.Statement<[number, string, number]>;

  constructor(db: WritableDB) {
    this.insertStatement = db.prepare(
      `INSERT INTO moderation_audit (post_key, network, author, excerpt, action, why, who, at)
       VALUES (@post_key, @network, @author, @excerpt, @action, @why, @who, @at)`,
    );
    this.byIdStatement = db.prepare(`SELECT ${AUDIT_COLUMNS} FROM moderation_audit WHERE id = ?`);
    this.closeOpenStatement = db.prepare(
      `UPDATE moderation_audit SET restored_at = ? WHERE post_key = ? AND action = 'hide' AND restored_at IS NULL`,
    );
    this.forgetStatement = db.prepare(`UPDATE moderation_audit SET excerpt = '' WHERE post_key = ?`);
    // Ids grow with time: the oldest entries come first in rowid order, so a page stops early.
    this.purgeStatement = db.prepare(
      `DELETE FROM moderation_audit WHERE id IN (
         SELECT a.id FROM moderation_audit a
         WHERE a.at < ?
           AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.key = a.post_key AND p.state = 'hidden')
           AND a.post_key NOT IN (SELECT value FROM json_each(?))
         ORDER BY a.id LIMIT ?)`,
    );
  }

  /**
   * Removes at most `limit` entries logged before `cutoffMs`, keeping every entry of a post still hidden (in
   * the file, or among `hiddenInMemory`). Returns how many went.
   */
  purgeBefore(cutoffMs: number, hiddenInMemory: readonly string[], limit: number): number {
    return this.purgeStatement.run(cutoffMs, JSON.stringify(hiddenInMemory), limit).changes;
  }

  hidden(post: Post, why: string, who: ModerationActor, atMs: number): AuditEntry {
    return this.insert(post, 'hide', why, who, atMs);
  }

  /** Closes the post's open hide entries (restored_at) and logs the restore itself. */
  restored(post: Post, why: string, who: ModerationActor, atMs: number): AuditEntry {
    this.closeOpenStatement.run(atMs, post.key);
    return this.insert(post, 'restore', why, who, atMs);
  }

  /** The author deleted the post: the log keeps that it was hidden, not what it said. */
  forgetContent(key: string): void {
    this.forgetStatement.run(key);
  }

  private insert(post: Post, action: 'hide' | 'restore', why: string, who: ModerationActor, atMs: number): AuditEntry {
    const { lastInsertRowid } = this.insertStatement.run({
      post_key: post.key,
      network: post.network,
      author: post.author.handle ?? post.author.name,
      // A source whose terms forbid storing its posts (memory policy): not even an excerpt in the file.
      excerpt: post.cachePolicy.mode === 'memory' ? '' : excerptOf(post),
      action,
      why,
      who,
      at: atMs,
    });
    const row = this.byIdStatement.get(lastInsertRowid);
    if (!row) throw new Error(`audit entry ${String(lastInsertRowid)} vanished inside its own transaction`);
    return toAuditEntry(row);
  }
}
