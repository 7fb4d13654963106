// The statistics of the answer window read from rollups, never from a scan of posts (issue 12: the stats tick
// stays under 50 ms over a million posts). Plain tables kept in the write's transaction by triggers, so a
// PostgreSQL store can keep the same tables with the same triggers:
// - answer_threads: one row per customer post that calls for an answer (shared/calls-for-answer.ts, in SQL in
//   ../answerable-post.ts), with the time of the brand's first reply (NULL while the customer waits);
// - answer_hourly and response_time_hourly: per hour of the customers' posts, how many called for an answer, how
//   many got one, and the response times as a histogram (response-time-buckets.ts), kept from answer_threads;
// - tone_hourly and complaint_theme_hourly: per hour, customer posts by sentiment and complaints by theme.
// Hours are epoch ms multiples of 3,600,000 (floored, as in 002). Posts with a cache TTL count until the
// retention loop removes them (within minutes of their expiry); memory-only posts are added by the reader.
import { ANSWER_INTENTS_SQL, ANSWERABLE_KINDS_SQL, UNANSWERED_NETWORKS_SQL } from '../answerable-post.ts';
import { RESPONSE_BUCKET_SQL } from '../response-time-buckets.ts';
import type { Migration } from './migration.ts';

type Row = 'NEW' | 'OLD' | 'c';

const HOUR_START = (ms: string): string => `(${ms} - ((${ms} % 3600000) + 3600000) % 3600000)`;

/** The rule of shared/calls-for-answer.ts on a posts row (the parent looked up by key). */
const CALLS_FOR_ANSWER = (row: Row): string =>
  `(${row}.state = 'live' AND ${row}.is_brand = 0 AND ${row}.intent IN (${ANSWER_INTENTS_SQL})` +
  ` AND ${row}.kind IN (${ANSWERABLE_KINDS_SQL}) AND ${row}.network NOT IN (${UNANSWERED_NETWORKS_SQL})` +
  ` AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.key = ${row}.parent_key AND p.is_brand = 1 AND p.parent_key IS NOT NULL))`;

/** The brand's first reply to a post, by parent or by root, deleted replies left out. */
const FIRST_REPLY = (key: string): string => `(SELECT MIN(first) FROM (
    SELECT MIN(r.created_at) AS first FROM posts r WHERE r.parent_key = ${key} AND r.is_brand = 1 AND r.state <> 'deleted'
    UNION ALL
    SELECT MIN(r.created_at) AS first FROM posts r WHERE r.root_key = ${key} AND r.is_brand = 1 AND r.state <> 'deleted'))`;

const ADD_THREAD = (row: Row): string => `
  INSERT INTO answer_threads (key, network, created_at, first_reply_at)
  VALUES (${row}.key, ${row}.network, ${row}.created_at, ${FIRST_REPLY(`${row}.key`)});`;

/** A brand post that answers (it has a parent): customers replying to it answer the brand, they do not wait. */
const DROP_ANSWERS_TO = (row: Row): string => `
  DELETE FROM answer_threads WHERE ${row}.parent_key IS NOT NULL
    AND key IN (SELECT c.key FROM posts c WHERE c.parent_key = ${row}.key AND c.is_brand = 0);`;

/** The threads a brand post may answer get their first reply computed again. */
const RECOMPUTE_REPLIES = (keys: string): string => `
  UPDATE answer_threads SET first_reply_at = ${FIRST_REPLY('answer_threads.key')} WHERE key IN (${keys});`;

const COUNT_THREAD = (row: Row, sign: '+' | '-'): string => `
  INSERT INTO answer_hourly (hour_start, awaited, answered)
  VALUES (${HOUR_START(`${row}.created_at`)}, ${sign}1, ${sign}(${row}.first_reply_at IS NOT NULL))
  ON CONFLICT (hour_start) DO UPDATE SET
    awaited = awaited ${sign} 1, answered = answered ${sign} (${row}.first_reply_at IS NOT NULL);
  DELETE FROM answer_hourly WHERE hour_start = ${HOUR_START(`${row}.created_at`)} AND awaited <= 0;
  INSERT INTO response_time_hourly (hour_start, bucket, answers)
  SELECT ${HOUR_START(`${row}.created_at`)}, ${RESPONSE_BUCKET_SQL(`MAX(0, ${row}.first_reply_at - ${row}.created_at)`)}, ${sign}1
  WHERE ${row}.first_reply_at IS NOT NULL
  ON CONFLICT (hour_start, bucket) DO UPDATE SET answers = answers ${sign} 1;
  DELETE FROM response_time_hourly WHERE answers <= 0 AND hour_start = ${HOUR_START(`${row}.created_at`)};`;

const TONED = (row: Row): string => `(${row}.state = 'live' AND ${row}.is_brand = 0 AND ${row}.sentiment IS NOT NULL)`;
const THEMED = (row: Row): string =>
  `(${row}.state = 'live' AND ${row}.is_brand = 0 AND ${row}.intent = 'complaint' AND ${row}.theme IS NOT NULL)`;

const COUNT_TONE = (row: Row, sign: '+' | '-'): string => `
  INSERT INTO tone_hourly (hour_start, sentiment, posts) VALUES (${HOUR_START(`${row}.created_at`)}, ${row}.sentiment, ${sign}1)
  ON CONFLICT (hour_start, sentiment) DO UPDATE SET posts = posts ${sign} 1;
  DELETE FROM tone_hourly WHERE posts <= 0 AND hour_start = ${HOUR_START(`${row}.created_at`)};`;

const COUNT_THEME = (row: Row, sign: '+' | '-'): string => `
  INSERT INTO complaint_theme_hourly (hour_start, theme, complaints) VALUES (${HOUR_START(`${row}.created_at`)}, ${row}.theme, ${sign}1)
  ON CONFLICT (hour_start, theme) DO UPDATE SET complaints = complaints ${sign} 1;
  DELETE FROM complaint_theme_hourly WHERE complaints <= 0 AND hour_start = ${HOUR_START(`${row}.created_at`)};`;

/** What a rollup of a row depends on: an edit touching none of these fires no trigger. */
const THREAD_COLUMNS = 'state, is_brand, intent, kind, network, created_at, parent_key, root_key';
const TONE_COLUMNS = 'state, is_brand, sentiment, created_at';
const THEME_COLUMNS = 'state, is_brand, intent, theme, created_at';
const SAME_HOUR = `${HOUR_START('OLD.created_at')} = ${HOUR_START('NEW.created_at')}`;

export const migration010AnswerRollups: Migration = {
  version: 10,
  name: 'answer rollups',
  up(db) {
    db.exec(`
      ALTER TABLE posts ADD COLUMN theme TEXT;
      UPDATE posts SET theme = json_extract(json, '$.theme') WHERE json IS NOT NULL;

      CREATE TABLE answer_threads (
        key            TEXT PRIMARY KEY NOT NULL,
        network        TEXT NOT NULL,
        created_at     INTEGER NOT NULL,
        first_reply_at INTEGER
      ) STRICT, WITHOUT ROWID;
      -- Who waits longest: the answering page and the panel read it in order, a few rows at a time.
      CREATE INDEX answer_threads_waiting ON answer_threads (created_at) WHERE first_reply_at IS NULL;

      CREATE TABLE answer_hourly (
        hour_start INTEGER PRIMARY KEY NOT NULL,
        awaited    INTEGER NOT NULL,
        answered   INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE response_time_hourly (
        hour_start INTEGER NOT NULL,
        bucket     INTEGER NOT NULL,
        answers    INTEGER NOT NULL,
        PRIMARY KEY (hour_start, bucket)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE tone_hourly (
        hour_start INTEGER NOT NULL,
        sentiment  TEXT NOT NULL,
        posts      INTEGER NOT NULL,
        PRIMARY KEY (hour_start, sentiment)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE complaint_theme_hourly (
        hour_start INTEGER NOT NULL,
        theme      TEXT NOT NULL,
        complaints INTEGER NOT NULL,
        PRIMARY KEY (hour_start, theme)
      ) STRICT, WITHOUT ROWID;

      -- The counters follow answer_threads.
      CREATE TRIGGER answer_threads_on_insert AFTER INSERT ON answer_threads
      BEGIN ${COUNT_THREAD('NEW', '+')}
      END;
      CREATE TRIGGER answer_threads_on_delete AFTER DELETE ON answer_threads
      BEGIN ${COUNT_THREAD('OLD', '-')}
      END;
      CREATE TRIGGER answer_threads_on_update AFTER UPDATE ON answer_threads
      WHEN OLD.first_reply_at IS NOT NEW.first_reply_at OR OLD.created_at <> NEW.created_at
      BEGIN ${COUNT_THREAD('OLD', '-')} ${COUNT_THREAD('NEW', '+')}
      END;

      -- Customer posts: a thread while they call for an answer.
      CREATE TRIGGER answer_threads_post_insert AFTER INSERT ON posts
      WHEN ${CALLS_FOR_ANSWER('NEW')}
      BEGIN ${ADD_THREAD('NEW')}
      END;
      CREATE TRIGGER answer_threads_post_update AFTER UPDATE OF ${THREAD_COLUMNS} ON posts
      WHEN OLD.is_brand = 0 OR NEW.is_brand = 0
      BEGIN
        DELETE FROM answer_threads WHERE key = OLD.key;
        INSERT INTO answer_threads (key, network, created_at, first_reply_at)
        SELECT NEW.key, NEW.network, NEW.created_at, ${FIRST_REPLY('NEW.key')} WHERE ${CALLS_FOR_ANSWER('NEW')};
      END;
      CREATE TRIGGER answer_threads_post_delete AFTER DELETE ON posts
      WHEN OLD.is_brand = 0
      BEGIN
        DELETE FROM answer_threads WHERE key = OLD.key;
      END;

      -- Brand posts: a reply answers its parent and its root; losing it may make a customer wait again.
      CREATE TRIGGER answer_threads_reply_insert AFTER INSERT ON posts
      WHEN NEW.is_brand = 1 AND NEW.state <> 'deleted'
      BEGIN
        UPDATE answer_threads SET first_reply_at = NEW.created_at
        WHERE key IN (NEW.parent_key, NEW.root_key) AND (first_reply_at IS NULL OR first_reply_at > NEW.created_at);
        ${DROP_ANSWERS_TO('NEW')}
      END;
      CREATE TRIGGER answer_threads_reply_update AFTER UPDATE OF ${THREAD_COLUMNS} ON posts
      WHEN OLD.is_brand = 1 OR NEW.is_brand = 1
      BEGIN ${RECOMPUTE_REPLIES('OLD.parent_key, OLD.root_key, NEW.parent_key, NEW.root_key')}
      END;
      CREATE TRIGGER answer_threads_reply_delete AFTER DELETE ON posts
      WHEN OLD.is_brand = 1
      BEGIN ${RECOMPUTE_REPLIES('OLD.parent_key, OLD.root_key')}
      END;

      -- Tone and complaint themes per hour.
      CREATE TRIGGER tone_hourly_on_insert AFTER INSERT ON posts WHEN ${TONED('NEW')}
      BEGIN ${COUNT_TONE('NEW', '+')}
      END;
      CREATE TRIGGER tone_hourly_on_delete AFTER DELETE ON posts WHEN ${TONED('OLD')}
      BEGIN ${COUNT_TONE('OLD', '-')}
      END;
      CREATE TRIGGER tone_hourly_on_update_remove AFTER UPDATE OF ${TONE_COLUMNS} ON posts
      WHEN ${TONED('OLD')} AND NOT (${TONED('NEW')} AND ${SAME_HOUR} AND OLD.sentiment = NEW.sentiment)
      BEGIN ${COUNT_TONE('OLD', '-')}
      END;
      CREATE TRIGGER tone_hourly_on_update_add AFTER UPDATE OF ${TONE_COLUMNS} ON posts
      WHEN ${TONED('NEW')} AND NOT (${TONED('OLD')} AND ${SAME_HOUR} AND OLD.sentiment = NEW.sentiment)
      BEGIN ${COUNT_TONE('NEW', '+')}
      END;
      CREATE TRIGGER complaint_theme_hourly_on_insert AFTER INSERT ON posts WHEN ${THEMED('NEW')}
      BEGIN ${COUNT_THEME('NEW', '+')}
      END;
      CREATE TRIGGER complaint_theme_hourly_on_delete AFTER DELETE ON posts WHEN ${THEMED('OLD')}
      BEGIN ${COUNT_THEME('OLD', '-')}
      END;
      CREATE TRIGGER complaint_theme_hourly_on_update_remove AFTER UPDATE OF ${THEME_COLUMNS} ON posts
      WHEN ${THEMED('OLD')} AND NOT (${THEMED('NEW')} AND ${SAME_HOUR} AND OLD.theme = NEW.theme)
      BEGIN ${COUNT_THEME('OLD', '-')}
      END;
      CREATE TRIGGER complaint_theme_hourly_on_update_add AFTER UPDATE OF ${THEME_COLUMNS} ON posts
      WHEN ${THEMED('NEW')} AND NOT (${THEMED('OLD')} AND ${SAME_HOUR} AND OLD.theme = NEW.theme)
      BEGIN ${COUNT_THEME('NEW', '+')}
      END;

      -- What was stored before: threads (their counters follow by trigger), tone and themes.
      INSERT INTO answer_threads (key, network, created_at, first_reply_at)
      SELECT c.key, c.network, c.created_at, ${FIRST_REPLY('c.key')} FROM posts c
      WHERE ${CALLS_FOR_ANSWER('c')};
      INSERT INTO tone_hourly (hour_start, sentiment, posts)
      SELECT ${HOUR_START('created_at')}, sentiment, COUNT(*) FROM posts c WHERE ${TONED('c')} GROUP BY 1, 2;
      INSERT INTO complaint_theme_hourly (hour_start, theme, complaints)
      SELECT ${HOUR_START('created_at')}, theme, COUNT(*) FROM posts c WHERE ${THEMED('c')} GROUP BY 1, 2;
    `);
  },
};
