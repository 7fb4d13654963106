// Where each source's runner left off (table source_state): its cursor, invalid items and last success.
import type Database from 'better-sqlite3';
import type { WritableDB } from './sqlite-handles.ts';
import type { SourceState } from './store-api.ts';

interface SourceStateRow {
  source_id: string;
  cursor: string | null;
  invalid_items: number;
  last_success_at: string | null;
}

export class SqliteSourceState {
  private readonly loadStatement: Database.Statement<[string], SourceStateRow>;
  private readonly saveStatement: Database.Statement<[SourceStateRow]>;

  constructor(db: WritableDB) {
    this.loadStatement = db.prepare(
      'SELECT source_id, cursor, invalid_items, last_success_at FROM source_state WHERE source_id = ?',
    );
    this.saveStatement = db.prepare(
      `INSERT INTO source_state (source_id, cursor, invalid_items, last_success_at)
       VALUES (@source_id, @cursor, @invalid_items, @last_success_at)
       ON CONFLICT (source_id) DO UPDATE SET cursor = excluded.cursor, invalid_items = excluded.invalid_items,
         last_success_at = excluded.last_success_at`,
    );
  }

  load(sourceId: string): SourceState | undefined {
    const row = this.loadStatement.get(sourceId);
    if (!row) return undefined;
    const state: SourceState = { sourceId: row.source_id, invalidItems: row.invalid_items };
    if (row.cursor !== null) state.cursor = row.cursor;
    if (row.last_success_at !== null) state.lastSuccessAt = row.last_success_at;
    return state;
  }

  save(state: SourceState): void {
    this.saveStatement.run({
      source_id: state.sourceId,
      cursor: state.cursor ?? null,
      invalid_items: state.invalidItems,
      last_success_at: state.lastSuccessAt ?? null,
    });
  }
}
