// Every migration, in order. Add a file per schema change and list it here; never edit one that has shipped.
import { migration001Initial } from './001-initial.ts';
import { migration002HourlyLiveCounts } from './002-hourly-live-counts.ts';
import { migration003StatsSupport } from './003-stats-support.ts';
import { migration004ModerationAudit } from './004-moderation-audit.ts';
import { migration005AnswerNetworks } from './005-answer-networks.ts';
import { migration006WallState } from './006-wall-state.ts';
import { migration007PostIntent } from './007-post-intent.ts';
import { migration008CursorNames } from './008-cursor-names.ts';
import { migration009FutureDates } from './009-future-dates.ts';
import { migration010AnswerRollups } from './010-answer-rollups.ts';
import { migration011FleetStores } from './011-fleet-stores.ts';
import { migration012RollupsInWriter } from './012-rollups-in-writer.ts';
import { migration013FleetUpdateReports } from './013-fleet-update-reports.ts';
import type { Migration } from './migration.ts';

export const MIGRATIONS: readonly Migration[] = [
  migration001Initial,
  migration002HourlyLiveCounts,
  migration003StatsSupport,
  migration004ModerationAudit,
  migration005AnswerNetworks,
  migration006WallState,
  migration007PostIntent,
  migration008CursorNames,
  migration009FutureDates,
  migration010AnswerRollups,
  migration011FleetStores,
  migration012RollupsInWriter,
  migration013FleetUpdateReports,
];

export const LATEST_SCHEMA_VERSION: number = MIGRATIONS.at(-1)?.version ?? 0;
