// A source removed or paused takes its posts off the wall and out of the statistics: its live rows become
// `withdrawn` (a row state of the store's own, never a post's: the JSON keeps the post as it was), so every
// read of live posts and every rollup leaves them out; retention removes them in time like any
// row. A source back in the configuration (or resumed) brings its withdrawn rows back to life. Posts held in
// memory only (terms forbid storing them) are simply dropped: the source fetches them again. Bounded pages: the
// engine yields between them.
import type Database from 'better-sqlite3';
import type { Post } from '../../shared/post.ts';
import type { MemoryPostCache } from './memory-post-cache.ts';
import { fromPostJson } from './post-row.ts';
import { ROLLUP_COLUMNS, type RollupRow } from './rollup-tally.ts';
import type { WritableDB } from './sqlite-handles.ts';
import type { RollupKeeper } from './sqlite-rollup-keeper.ts';
import type { SourceWithdrawalPage } from './store-api.ts';

export class SqliteSourceWithdrawal {
  private readonly withdrawStatement: Database.Statement<[string, number], RollupRow>;
  private readonly restoreStatement: Database.Statement<[string, number], RollupRow & { json: string | null }>;
  private readonly runPage: (active: readonly string[], limit: number) => SourceWithdrawalPage;

  constructor(
    db: WritableDB,
    private readonly memory: MemoryPostCache,
    private readonly rollups: RollupKeeper,
  ) {
    this.withdrawStatement = db.prepare(
      `UPDATE posts SET state = 'withdrawn' WHERE rowid IN (
         SELECT rowid FROM posts WHERE state = 'live' AND source_id NOT IN (SELECT value FROM json_each(?)) LIMIT ?
       ) RETURNING ${ROLLUP_COLUMNS.join(', ')}`,
    );
    this.restoreStatement = db.prepare(
      `UPDATE posts SET state = 'live' WHERE rowid IN (
         SELECT rowid FROM posts WHERE state = 'withdrawn' AND source_id IN (SELECT value FROM json_each(?)) LIMIT ?
       ) RETURNING ${ROLLUP_COLUMNS.join(', ')}, json`,
    );
    this.runPage = db.transaction(
      this.rollups.keptBy((active: readonly string[], limit: number) => this.page(active, limit)),
    );
  }

  withdrawSourcesExcept(active: readonly string[], limit: number): SourceWithdrawalPage {
    return this.runPage(active, limit);
  }

  private page(active: readonly string[], limit: number): SourceWithdrawalPage {
    const ids = JSON.stringify(active);
    const withdrawn = [
      ...this.memory.dropSourcesExcept(new Set(active)),
      ...this.withdrawStatement.all(ids, limit).map((row) => {
        this.rollups.rowChanged({ ...row, state: 'live' }, row);
        return row.key;
      }),
    ];
    const restored: Post[] = [];
    for (const { json, ...row } of this.restoreStatement.all(ids, limit)) {
      this.rollups.rowChanged({ ...row, state: 'withdrawn' }, row);
      const post = json === null ? undefined : fromPostJson(json);
      if (post) restored.push(post);
    }
    return { withdrawn, restored, more: withdrawn.length >= limit || restored.length >= limit };
  }
}
