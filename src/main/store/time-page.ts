// Keyset paging in (created_at, rowid) order, shared by the statistics reads that go through a busy
// window a page at a time: the statement's parameters for "after this cursor", and the cursor that follows.
import type { PageCursor } from './store-api.ts';

export interface TimePageParams {
  after_created: number;
  after_row: number;
  limit: number;
}

export function timePageParams(after: PageCursor | undefined, limit: number): TimePageParams {
  return {
    after_created: after?.createdMs ?? Number.MIN_SAFE_INTEGER,
    after_row: after?.rowId ?? Number.MIN_SAFE_INTEGER,
    limit,
  };
}

/** The cursor after a full page (undefined when the page was the last). */
export function nextTimePage(
  rows: readonly { created_at: number; row_id: number }[],
  limit: number,
): PageCursor | undefined {
  const last = rows.at(-1);
  return rows.length === limit && last ? { createdMs: last.created_at, rowId: last.row_id } : undefined;
}
