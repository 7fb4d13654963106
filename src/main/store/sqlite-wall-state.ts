// What the wall remembers about itself between two starts (migration 006's wall_state table), key by key.
import type Database from 'better-sqlite3';
import type { WritableDB } from './sqlite-handles.ts';

/** The fingerprint of the moderation rules the stored posts were last judged by. */
export const MODERATION_RULES_KEY = 'moderation-rules';

export class SqliteWallState {
  private readonly getStatement: Database.Statement<[string], { value: string | null }>;
  private readonly setStatement: Database.Statement<[string, string]>;

  constructor(db: WritableDB) {
    this.getStatement = db.prepare('SELECT value FROM wall_state WHERE key = ?');
    this.setStatement = db.prepare(
      'INSERT INTO wall_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
  }

  get(key: string): string | undefined {
    return this.getStatement.get(key)?.value ?? undefined;
  }

  set(key: string, value: string): void {
    this.setStatement.run(key, value);
  }
}
