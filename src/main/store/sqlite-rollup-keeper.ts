// Keeps the rollups of migration 010 in the writer's transactions (migration 012 dropped the triggers that did it
// row by row): every write of posts rows says what it changed (`rowChanged`), and at the end of the write
// (`keptBy`) the threads of new posts are made in one statement, other threads touched are looked at once each,
// and each hourly table gets its deltas in one statement.
import type Database from 'better-sqlite3';
import {
  customerRepliesToSql,
  dropThreadSql,
  firstReplySql,
  answersBrandAnswerSql,
  HOURLY_ROLLUPS,
  saveThreadSql,
  SQLITE_PLACEHOLDER as P,
  storedThreadSql,
  threadOfSql,
  type HourlyRollup,
} from './rollup-sql.ts';
import { mayCallForAnswer, RollupTally, sameThread, type RollupRow, type ThreadRow } from './rollup-tally.ts';
import type { WritableDB } from './sqlite-handles.ts';

/** What the writer needs of the rollups; the bench swaps in one that keeps none, to measure their cost. */
export interface RollupKeeper {
  /** A posts row changed in the current write: `before` absent when inserted, `after` absent when removed. */
  rowChanged(before: RollupRow | undefined, after: RollupRow | undefined): void;
  /** `write`, with the rollups brought up to date at its end (wrap it in the transaction, not around it). */
  keptBy<A extends unknown[], R>(write: (...args: A) => R): (...args: A) => R;
}

const item = (n: number): string => `value ->> ${n}`;

/** Adds the deltas of a JSON array of [keys…, counts…] rows, creating the rows missing. */
const addAllSql = (rollup: HourlyRollup): string => {
  const columns = [...rollup.keys, ...rollup.counts];
  return `INSERT INTO ${rollup.table} (${columns.join(', ')})
    SELECT ${columns.map((_, i) => item(i)).join(', ')} FROM json_each(?) WHERE true
    ON CONFLICT (${rollup.keys.join(', ')}) DO UPDATE SET
    ${rollup.counts.map((c) => `${c} = ${rollup.table}.${c} + excluded.${c}`).join(', ')}`;
};

/** Removes those of the rows (same array) that are down to zero: retention bounds the rollups. */
const pruneAllSql = (rollup: HourlyRollup): string =>
  `DELETE FROM ${rollup.table} WHERE ${rollup.counts[0] ?? 'NULL'} <= 0
    AND (${rollup.keys.join(', ')}) IN (SELECT ${rollup.keys.map((_, i) => item(i)).join(', ')} FROM json_each(?))`;

/** The threads of new posts, from a JSON array of [key, network, created_at, parent_key]; returns those made. */
const NEW_THREADS_SQL = `
  INSERT INTO answer_threads (key, network, created_at, first_reply_at)
  SELECT ${item(0)}, ${item(1)}, ${item(2)}, ${firstReplySql(item(0))} FROM json_each(?)
  WHERE NOT ${answersBrandAnswerSql(item(3))}
  ON CONFLICT (key) DO NOTHING
  RETURNING key, network, created_at, first_reply_at`;

export class SqliteRollupKeeper implements RollupKeeper {
  private tally = new RollupTally();
  private readonly newThreads: Database.Statement<[string], ThreadRow>;
  private readonly threadOf: Database.Statement<[string], ThreadRow>;
  private readonly storedThread: Database.Statement<[string], ThreadRow>;
  private readonly saveThread: Database.Statement<[string, string, number, number | null]>;
  private readonly dropThread: Database.Statement<[string]>;
  private readonly customerRepliesTo: Database.Statement<[string], { key: string }>;
  private readonly hourly: {
    rollup: HourlyRollup;
    add: Database.Statement<[string]>;
    prune: Database.Statement<[string]>;
  }[];

  constructor(db: WritableDB) {
    this.newThreads = db.prepare(NEW_THREADS_SQL);
    this.threadOf = db.prepare(threadOfSql(P));
    this.storedThread = db.prepare(storedThreadSql(P));
    this.saveThread = db.prepare(saveThreadSql(P));
    this.dropThread = db.prepare(dropThreadSql(P));
    this.customerRepliesTo = db.prepare(customerRepliesToSql('SELECT value FROM json_each(?)'));
    this.hourly = HOURLY_ROLLUPS.map((rollup) => ({
      rollup,
      add: db.prepare<[string]>(addAllSql(rollup)),
      prune: db.prepare<[string]>(pruneAllSql(rollup)),
    }));
  }

  rowChanged(before: RollupRow | undefined, after: RollupRow | undefined): void {
    this.tally.rowChanged(before, after);
  }

  keptBy<A extends unknown[], R>(write: (...args: A) => R): (...args: A) => R {
    return (...args: A): R => {
      // A write that failed half-way was rolled back: what it had tallied goes with it.
      this.tally = new RollupTally();
      const result = write(...args);
      this.flush();
      return result;
    };
  }

  private flush(): void {
    const tally = this.tally;
    if (tally.brandAnswers.size > 0)
      for (const { key } of this.customerRepliesTo.all(JSON.stringify([...tally.brandAnswers])))
        tally.threadKeys.add(key);
    const fresh: [string, string, number, string | null][] = [];
    for (const key of tally.threadKeys) {
      const inserted = tally.inserted.get(key);
      if (inserted) {
        if (mayCallForAnswer(inserted))
          fresh.push([inserted.key, inserted.network, inserted.created_at, inserted.parent_key]);
      } else this.threadBecomes(this.storedThread.get(key), this.threadOf.get(key), key);
    }
    if (fresh.length > 0)
      for (const thread of this.newThreads.all(JSON.stringify(fresh))) tally.threadChanged(undefined, thread);
    for (const [key, at] of tally.repliedStoredPosts()) {
      const before = this.storedThread.get(key);
      if (before && (before.first_reply_at === null || before.first_reply_at > at))
        this.threadBecomes(before, { ...before, first_reply_at: at }, key);
    }
    for (const { rollup, add, prune } of this.hourly) {
      const { rows, down } = rollup.deltas(tally).changes(rollup.keys.length);
      if (rows.length === 0) continue;
      const json = JSON.stringify(rows);
      add.run(json);
      if (down) prune.run(json);
    }
    this.tally = new RollupTally();
  }

  private threadBecomes(before: ThreadRow | undefined, after: ThreadRow | undefined, key: string): void {
    if (sameThread(before, after)) return;
    if (after) this.saveThread.run(after.key, after.network, after.created_at, after.first_reply_at);
    else this.dropThread.run(key);
    this.tally.threadChanged(before, after);
  }
}
