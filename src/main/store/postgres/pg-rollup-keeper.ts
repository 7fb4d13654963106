// The statistics' rollups on PostgreSQL (the tables of pg-rollup-schema.ts), kept like SQLite's
// (../sqlite-rollup-keeper.ts) in the writer's transactions: each write of posts rows says what it changed
// (`rowChanged`), and at its end (`keptBy`) the threads of new posts are made in one statement, other threads
// touched are looked at once each, and each hourly table gets its deltas in one statement (unnest of arrays).
import {
  answersBrandAnswerSql,
  customerRepliesToSql,
  dropThreadSql,
  firstReplySql,
  HOURLY_ROLLUPS,
  PG_PLACEHOLDER as P,
  saveThreadSql,
  storedThreadSql,
  threadOfSql,
  type HourlyRollup,
} from '../rollup-sql.ts';
import { mayCallForAnswer, RollupTally, sameThread, type RollupRow, type ThreadRow } from '../rollup-tally.ts';
import type { Queryable } from './pg-pool.ts';

/** PostgreSQL's type of each column of the hourly tables (unnest needs typed arrays). */
const COLUMN_TYPES: Record<string, string> = {
  hour_start: 'bigint',
  bucket: 'bigint',
  sentiment: 'text',
  theme: 'text',
  awaited: 'integer',
  answered: 'integer',
  answers: 'integer',
  posts: 'integer',
  complaints: 'integer',
};

const columnsOf = (rollup: HourlyRollup): string[] => [...rollup.keys, ...rollup.counts];
const unnestOf = (columns: readonly string[]): string =>
  `unnest(${columns.map((c, i) => `${P(i + 1)}::${COLUMN_TYPES[c] ?? 'text'}[]`).join(', ')})`;

/** Adds the deltas given as one array per column, creating the rows missing. */
const addAllSql = (rollup: HourlyRollup): string => `
  INSERT INTO ${rollup.table} (${columnsOf(rollup).join(', ')})
  SELECT * FROM ${unnestOf(columnsOf(rollup))}
  ON CONFLICT (${rollup.keys.join(', ')}) DO UPDATE SET
  ${rollup.counts.map((c) => `${c} = ${rollup.table}.${c} + excluded.${c}`).join(', ')}`;

/** Removes those rows (their keys, one array per key column) that are down to zero. */
const pruneAllSql = (rollup: HourlyRollup): string => `
  DELETE FROM ${rollup.table} WHERE ${rollup.counts[0] ?? 'NULL'} <= 0
    AND (${rollup.keys.join(', ')}) IN (SELECT * FROM ${unnestOf(rollup.keys)})`;

/** The threads of new posts, from arrays of keys, networks, creation times and parents; returns those made. */
const NEW_THREADS_SQL = `
  INSERT INTO answer_threads (key, network, created_at, first_reply_at)
  SELECT n.key, n.network, n.created_at, ${firstReplySql('n.key')}
  FROM unnest($1::text[], $2::text[], $3::bigint[], $4::text[]) AS n(key, network, created_at, parent_key)
  WHERE NOT ${answersBrandAnswerSql('n.parent_key')}
  ON CONFLICT (key) DO NOTHING
  RETURNING key, network, created_at, first_reply_at`;

const CUSTOMER_REPLIES_TO_SQL = customerRepliesToSql('SELECT unnest($1::text[])');

export class PgRollupKeeper {
  private tally = new RollupTally();

  rowChanged(before: RollupRow | undefined, after: RollupRow | undefined): void {
    this.tally.rowChanged(before, after);
  }

  /** `work`, with the rollups brought up to date at its end, on the same transaction's client. */
  keptBy<C extends Queryable, T>(work: (db: C) => Promise<T>): (db: C) => Promise<T> {
    return async (db: C): Promise<T> => {
      // A write that failed half-way was rolled back: what it had tallied goes with it.
      this.tally = new RollupTally();
      const result = await work(db);
      await this.flush(db);
      return result;
    };
  }

  private async flush(db: Queryable): Promise<void> {
    const tally = this.tally;
    if (tally.brandAnswers.size > 0) {
      const { rows } = await db.query<{ key: string }>(CUSTOMER_REPLIES_TO_SQL, [[...tally.brandAnswers]]);
      for (const { key } of rows) tally.threadKeys.add(key);
    }
    const fresh: RollupRow[] = [];
    for (const key of tally.threadKeys) {
      const inserted = tally.inserted.get(key);
      if (inserted) {
        if (mayCallForAnswer(inserted)) fresh.push(inserted);
      } else await this.threadBecomes(db, await this.stored(db, key), await this.threadOf(db, key), key);
    }
    if (fresh.length > 0) {
      const { rows } = await db.query<ThreadRow>(NEW_THREADS_SQL, [
        fresh.map((r) => r.key),
        fresh.map((r) => r.network),
        fresh.map((r) => r.created_at),
        fresh.map((r) => r.parent_key),
      ]);
      for (const thread of rows) tally.threadChanged(undefined, thread);
    }
    for (const [key, at] of tally.repliedStoredPosts()) {
      const before = await this.stored(db, key);
      if (before && (before.first_reply_at === null || before.first_reply_at > at))
        await this.threadBecomes(db, before, { ...before, first_reply_at: at }, key);
    }
    for (const rollup of HOURLY_ROLLUPS) {
      const { rows, down } = rollup.deltas(tally).changes(rollup.keys.length);
      if (rows.length === 0) continue;
      const columns = columnsOf(rollup).map((_, i) => rows.map((row) => row[i]));
      await db.query(addAllSql(rollup), columns);
      if (down) await db.query(pruneAllSql(rollup), columns.slice(0, rollup.keys.length));
    }
    this.tally = new RollupTally();
  }

  private async stored(db: Queryable, key: string): Promise<ThreadRow | undefined> {
    return (await db.query<ThreadRow>(storedThreadSql(P), [key])).rows[0];
  }

  private async threadOf(db: Queryable, key: string): Promise<ThreadRow | undefined> {
    return (await db.query<ThreadRow>(threadOfSql(P), [key])).rows[0];
  }

  private async threadBecomes(
    db: Queryable,
    before: ThreadRow | undefined,
    after: ThreadRow | undefined,
    key: string,
  ): Promise<void> {
    if (sameThread(before, after)) return;
    if (after) await db.query(saveThreadSql(P), [after.key, after.network, after.created_at, after.first_reply_at]);
    else await db.query(dropThreadSql(P), [key]);
    this.tally.threadChanged(before, after);
  }
}
