// The statistics' rollups of migration 010 are kept by the writer, once per write (../sqlite-rollup-keeper.ts),
// not by triggers row by row: the triggers looked up each post's parent and first reply and moved the hourly
// counts one statement at a time, and cost most of the write throughput (issue 12). The tables and what they
// hold are unchanged. A later migration that writes posts rows must keep the rollups itself.
import type { Migration } from './migration.ts';

const DROPPED = [
  'answer_threads_on_insert',
  'answer_threads_on_delete',
  'answer_threads_on_update',
  'answer_threads_post_insert',
  'answer_threads_post_update',
  'answer_threads_post_delete',
  'answer_threads_reply_insert',
  'answer_threads_reply_update',
  'answer_threads_reply_delete',
  'tone_hourly_on_insert',
  'tone_hourly_on_delete',
  'tone_hourly_on_update_remove',
  'tone_hourly_on_update_add',
  'complaint_theme_hourly_on_insert',
  'complaint_theme_hourly_on_delete',
  'complaint_theme_hourly_on_update_remove',
  'complaint_theme_hourly_on_update_add',
];

export const migration012RollupsInWriter: Migration = {
  version: 12,
  name: 'rollups kept by the writer',
  up(db) {
    db.exec(DROPPED.map((name) => `DROP TRIGGER IF EXISTS ${name};`).join('\n'));
  },
};
