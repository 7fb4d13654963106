import type { WritableDB } from '../sqlite-handles.ts';

/** One numbered schema step. `version` is the PRAGMA user_version the database has once it is applied. */
export interface Migration {
  version: number;
  name: string;
  up(db: WritableDB): void;
}
