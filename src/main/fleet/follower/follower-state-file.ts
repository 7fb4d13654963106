// What a store PC keeps of its hub besides the posts (those are in its SQLite, wall.db): the panels and brand,
// the last statistics and sources' health, the last event id to resume from, and since when the link is down.
// One JSON file beside wall.db, replaced whole (atomic): after a restart with the hub out of reach, the screens
// show the last panels and figures at once. A file that cannot be read is started over: the hub has it all.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PanelsResponse } from '../../../shared/api-contract.ts';
import type { HubLink, SourceHealth } from '../../../shared/health.ts';
import type { WallStats } from '../../../shared/stats.ts';
import { writeFileAtomically } from '../../files/atomic-file.ts';

export const FOLLOWER_STATE_FILE = 'follower-state.json';

export interface FollowerState {
  /** The hub this state came from: another hub's state is not shown. */
  hub: string;
  panels?: PanelsResponse;
  stats?: WallStats;
  sources?: SourceHealth[];
  lastEventId?: string;
  link?: HubLink;
}

export class FollowerStateFile {
  private readonly path: string;

  constructor(dataDir: string) {
    this.path = join(dataDir, FOLLOWER_STATE_FILE);
  }

  /** The state kept for `hub`, or a fresh one (none yet, another hub's, or unreadable). */
  read(hub: string): FollowerState {
    if (!existsSync(this.path)) return { hub };
    try {
      const state = JSON.parse(readFileSync(this.path, 'utf8')) as FollowerState;
      return typeof state === 'object' && state !== null && state.hub === hub ? state : { hub };
    } catch {
      return { hub };
    }
  }

  /** Not durable: a crash loses at most the latest figures, which the hub sends again. */
  write(state: FollowerState): void {
    writeFileAtomically(this.path, JSON.stringify(state), { durable: false });
  }
}
