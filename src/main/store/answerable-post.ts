// The SQL form of the one rule saying which customer posts call for an answer (shared/calls-for-answer.ts).
import { ANSWER_INTENTS, ANSWERABLE_KINDS, UNANSWERED_NETWORKS } from '../../shared/calls-for-answer.ts';

const sqlList = (values: readonly string[]): string => values.map((value) => `'${value}'`).join(', ');

/** For a `kind IN (...)` test. */
export const ANSWERABLE_KINDS_SQL = sqlList(ANSWERABLE_KINDS);

/** For a `network NOT IN (...)` test. */
export const UNANSWERED_NETWORKS_SQL = sqlList(UNANSWERED_NETWORKS);

/** For an `intent IN (...)` test. */
export const ANSWER_INTENTS_SQL = sqlList(ANSWER_INTENTS);
