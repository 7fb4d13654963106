// What each paired PC last said of its updates (issue 18, docs/fleet.md "Updates"): one row per store, replaced
// at each report. Kept apart from fleet_stores, which the pairing owns.
import type { Migration } from './migration.ts';

export const FLEET_UPDATE_REPORTS_SQL = `
  CREATE TABLE fleet_update_reports (
    store_id    TEXT PRIMARY KEY,
    state       TEXT NOT NULL,
    version     TEXT NOT NULL,
    release     TEXT,
    reason      TEXT,
    reported_at BIGINT NOT NULL     -- epoch ms
  );
`;

export const migration013FleetUpdateReports: Migration = {
  version: 13,
  name: 'fleet update reports',
  up(db) {
    db.exec(FLEET_UPDATE_REPORTS_SQL);
  },
};
