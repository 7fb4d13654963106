// Dates are bounded (issue 13): validation now dates a post from the future by its fetch and marks it
// (`datedAsFetched`), but posts stored before that may carry 2099 — counted "today" and held at the top of
// the feed. Each is given the same treatment once: its fetch time (never later than now), in the column, the
// JSON and, through the triggers on created_at, the hourly rollup. A network's clock two minutes ahead is not
// the future (as in validation).
import type { Migration } from './migration.ts';

export const migration009FutureDates: Migration = {
  version: 9,
  name: 'future dates',
  up(db) {
    db.exec(`
      UPDATE posts SET
        created_at = MIN(
          COALESCE(CAST(unixepoch(json_extract(json, '$.fetchedAt'), 'subsec') * 1000 AS INTEGER), created_at),
          CAST(unixepoch('subsec') * 1000 AS INTEGER)
        ),
        json = CASE WHEN json IS NULL THEN NULL ELSE json_set(json, '$.datedAsFetched', 'future') END
      WHERE created_at > CAST(unixepoch('subsec') * 1000 AS INTEGER) + 120000;
      UPDATE posts SET json = json_set(json, '$.createdAt', strftime('%Y-%m-%dT%H:%M:%fZ', created_at / 1000.0, 'unixepoch'))
      WHERE json IS NOT NULL AND json_extract(json, '$.datedAsFetched') = 'future'
        AND json_extract(json, '$.createdAt') > strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
    `);
  },
};
