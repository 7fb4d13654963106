// What the statistics' rollups are made of (rollup-tally.ts), in SQL that SQLite and PostgreSQL both speak; each
// store's keeper adds its own batch forms (json_each, unnest). Only the placeholders differ (`?` or `$1`).
import { ANSWER_INTENTS_SQL, ANSWERABLE_KINDS_SQL, UNANSWERED_NETWORKS_SQL } from './answerable-post.ts';
import type { DeltaMap, RollupTally } from './rollup-tally.ts';

/** The n-th placeholder (from 1). */
export type Placeholder = (n: number) => string;
export const SQLITE_PLACEHOLDER: Placeholder = () => '?';
export const PG_PLACEHOLDER: Placeholder = (n) => `$${n}`;

/** An hourly rollup table: its key columns, its count columns, and where the tally keeps its deltas. */
export interface HourlyRollup {
  table: string;
  keys: readonly string[];
  counts: readonly string[];
  deltas: (tally: RollupTally) => DeltaMap;
}

export const HOURLY_ROLLUPS: readonly HourlyRollup[] = [
  { table: 'answer_hourly', keys: ['hour_start'], counts: ['awaited', 'answered'], deltas: (t) => t.answers },
  {
    table: 'response_time_hourly',
    keys: ['hour_start', 'bucket'],
    counts: ['answers'],
    deltas: (t) => t.responseTimes,
  },
  { table: 'tone_hourly', keys: ['hour_start', 'sentiment'], counts: ['posts'], deltas: (t) => t.tone },
  { table: 'complaint_theme_hourly', keys: ['hour_start', 'theme'], counts: ['complaints'], deltas: (t) => t.themes },
];

/** The brand's first reply to the post keyed `key` (an SQL expression), by parent or by root, deleted left out. */
export const firstReplySql = (key: string): string => `(SELECT MIN(replies.first) FROM (
    SELECT MIN(r.created_at) AS first FROM posts r WHERE r.parent_key = ${key} AND r.is_brand = 1 AND r.state <> 'deleted'
    UNION ALL
    SELECT MIN(r.created_at) AS first FROM posts r WHERE r.root_key = ${key} AND r.is_brand = 1 AND r.state <> 'deleted'
  ) AS replies)`;

/** Whether a post whose parent is keyed `parentKey` answers the brand's own answer (then it calls for none). */
export const answersBrandAnswerSql = (parentKey: string): string =>
  `EXISTS (SELECT 1 FROM posts p WHERE p.key = ${parentKey} AND p.is_brand = 1 AND p.parent_key IS NOT NULL)`;

/** The thread a post holds by the rule of shared/calls-for-answer.ts; no row when it calls for no answer. */
export function threadOfSql(p: Placeholder): string {
  return `SELECT c.key, c.network, c.created_at, ${firstReplySql('c.key')} AS first_reply_at
    FROM posts c
    WHERE c.key = ${p(1)} AND c.state = 'live' AND c.is_brand = 0 AND c.intent IN (${ANSWER_INTENTS_SQL})
      AND c.kind IN (${ANSWERABLE_KINDS_SQL}) AND c.network NOT IN (${UNANSWERED_NETWORKS_SQL})
      AND NOT ${answersBrandAnswerSql('c.parent_key')}`;
}

/** The thread row kept for a post. */
export const storedThreadSql = (p: Placeholder): string =>
  `SELECT key, network, created_at, first_reply_at FROM answer_threads WHERE key = ${p(1)}`;

export const saveThreadSql = (p: Placeholder): string =>
  `INSERT INTO answer_threads (key, network, created_at, first_reply_at) VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)})
   ON CONFLICT (key) DO UPDATE SET network = excluded.network, created_at = excluded.created_at,
     first_reply_at = excluded.first_reply_at`;

export const dropThreadSql = (p: Placeholder): string => `DELETE FROM answer_threads WHERE key = ${p(1)}`;

/**
 * Customers replying to any of the posts listed by `list` (an SQL set: brand answers whose change may make them
 * call for an answer or not), looked up in one statement.
 */
export const customerRepliesToSql = (list: string): string =>
  `SELECT key FROM posts WHERE parent_key IN (${list}) AND is_brand = 0`;
