// Moderation reads on the read-only connection: the audit log page by page, the hidden counter (a count over
// the partial index of hidden posts), and the newest posts, hidden ones included, for the settings' list.
import type Database from 'better-sqlite3';
import type { ReadableDB } from './sqlite-handles.ts';
import { AUDIT_COLUMNS, toAuditEntry, type AuditRow } from './sqlite-moderation-log.ts';
import type { AuditEntry } from './store-api.ts';

export class SqliteModerationReads {
  private readonly pageStatement: Database.Statement<[number, number], AuditRow>;
  private readonly hiddenStatement: Database.Statement<[number], { hidden: number }>;
  private readonly recentStatement: Database.Statement<[number, number], { created_at: number; json: string }>;
  private readonly ruleHiddenStatement: Database.Statement<[], { found: number }>;

  constructor(db: ReadableDB) {
    this.pageStatement = db.prepare(
      `SELECT ${AUDIT_COLUMNS} FROM moderation_audit WHERE id < ? ORDER BY id DESC LIMIT ?`,
    );
    // `state = 'hidden'` written literally so that the partial index posts_hidden applies.
    this.hiddenStatement = db.prepare(
      `SELECT COUNT(*) AS hidden FROM posts WHERE state = 'hidden' AND (expires_at IS NULL OR expires_at > ?)`,
    );
    this.ruleHiddenStatement = db.prepare(
      `SELECT 1 AS found FROM posts WHERE state = 'hidden' AND moderated_by IS NULL LIMIT 1`,
    );
    this.recentStatement = db.prepare(
      `SELECT created_at, json FROM posts INDEXED BY posts_by_time
       WHERE state IN ('live', 'hidden') AND (expires_at IS NULL OR expires_at > ?) ORDER BY created_at DESC LIMIT ?`,
    );
  }

  auditPage(limit: number, beforeId: number): AuditEntry[] {
    return this.pageStatement.all(beforeId, limit).map(toAuditEntry);
  }

  hiddenCount(nowMs: number): number {
    return this.hiddenStatement.get(nowMs)?.hidden ?? 0;
  }

  anyHiddenByRule(): boolean {
    return this.ruleHiddenStatement.get() !== undefined;
  }

  recent(nowMs: number, limit: number): { createdMs: number; json: string }[] {
    return this.recentStatement.all(nowMs, limit).map((r) => ({ createdMs: r.created_at, json: r.json }));
  }
}
