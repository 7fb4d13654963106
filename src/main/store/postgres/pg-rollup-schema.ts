// The statistics' rollups on PostgreSQL: the tables of SQLite's migration 010 (what they hold:
// ../migrations/010-answer-rollups.ts), kept by the writer (pg-rollup-keeper.ts), filled here from the posts a
// hub already stored. Hours are floored epoch ms, as in SQLite.
import { ANSWER_INTENTS_SQL, ANSWERABLE_KINDS_SQL, UNANSWERED_NETWORKS_SQL } from '../answerable-post.ts';
import { RESPONSE_BUCKET_SQL } from '../response-time-buckets.ts';
import { answersBrandAnswerSql, firstReplySql } from '../rollup-sql.ts';

const HOUR_START = (ms: string): string => `(${ms} - ((${ms} % 3600000) + 3600000) % 3600000)`;

export const ANSWER_ROLLUPS_SQL = `
  CREATE TABLE answer_threads (
    key            TEXT PRIMARY KEY,
    network        TEXT NOT NULL,
    created_at     BIGINT NOT NULL,
    first_reply_at BIGINT
  );
  CREATE INDEX answer_threads_waiting ON answer_threads (created_at) WHERE first_reply_at IS NULL;
  CREATE TABLE answer_hourly (
    hour_start BIGINT PRIMARY KEY,
    awaited    INTEGER NOT NULL,
    answered   INTEGER NOT NULL
  );
  CREATE TABLE response_time_hourly (
    hour_start BIGINT NOT NULL,
    bucket     BIGINT NOT NULL,
    answers    INTEGER NOT NULL,
    PRIMARY KEY (hour_start, bucket)
  );
  CREATE TABLE tone_hourly (
    hour_start BIGINT NOT NULL,
    sentiment  TEXT NOT NULL,
    posts      INTEGER NOT NULL,
    PRIMARY KEY (hour_start, sentiment)
  );
  CREATE TABLE complaint_theme_hourly (
    hour_start BIGINT NOT NULL,
    theme      TEXT NOT NULL,
    complaints INTEGER NOT NULL,
    PRIMARY KEY (hour_start, theme)
  );

  INSERT INTO answer_threads (key, network, created_at, first_reply_at)
  SELECT c.key, c.network, c.created_at, ${firstReplySql('c.key')} FROM posts c
  WHERE c.state = 'live' AND c.is_brand = 0 AND c.intent IN (${ANSWER_INTENTS_SQL})
    AND c.kind IN (${ANSWERABLE_KINDS_SQL}) AND c.network NOT IN (${UNANSWERED_NETWORKS_SQL})
    AND NOT ${answersBrandAnswerSql('c.parent_key')};
  INSERT INTO answer_hourly (hour_start, awaited, answered)
  SELECT ${HOUR_START('created_at')}, COUNT(*), COUNT(first_reply_at) FROM answer_threads GROUP BY 1;
  INSERT INTO response_time_hourly (hour_start, bucket, answers)
  SELECT ${HOUR_START('created_at')}, ${RESPONSE_BUCKET_SQL('GREATEST(0, first_reply_at - created_at)')}, COUNT(*)
  FROM answer_threads WHERE first_reply_at IS NOT NULL GROUP BY 1, 2;
  INSERT INTO tone_hourly (hour_start, sentiment, posts)
  SELECT ${HOUR_START('created_at')}, sentiment, COUNT(*) FROM posts
  WHERE state = 'live' AND is_brand = 0 AND sentiment IS NOT NULL GROUP BY 1, 2;
  INSERT INTO complaint_theme_hourly (hour_start, theme, complaints)
  SELECT ${HOUR_START('created_at')}, theme, COUNT(*) FROM posts
  WHERE state = 'live' AND is_brand = 0 AND intent = 'complaint' AND theme IS NOT NULL GROUP BY 1, 2;
`;
