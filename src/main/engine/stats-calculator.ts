// The statistics of the stats panel, read from the rollups kept on ingest (migration 010): a sum over a few hundred
// hourly rows and the few oldest waiting posts by index, so one computation stays in the milliseconds whatever the
// number of posts stored (npm run bench: the stats tick over a million posts).
import type { NetworkRating, ThemeStats, WallStats } from '../../shared/stats.ts';
import type { StatsReader, ThemeWeeks } from '../store/store-api.ts';
import { waitingPostOf } from './waiting-post.ts';

export const HOUR_MS = 3_600_000;
/** The answer figures, the tone and the themes look back a week: enough to mean something, recent enough to act on. */
export const ANSWER_WINDOW_HOURS = 168;
/** The customers waiting longest shown on the panel. */
export const OLDEST_WAITING_SHOWN = 5;

export interface StatsInput {
  nowMs: number;
  /** Midnight of today in the wall's time zone. */
  startOfDayMs: number;
  responseTargetSeconds: number;
  /** The company's target for the share of customers answered, 0–1. */
  answerTarget: number;
  /** Posts hidden by moderation. */
  hidden: number;
  /** The networks' own ratings of the brand, from the sources' health. */
  networkRatings: NetworkRating[];
}

/** The first hour of the window: the window is the current hour and the 167 before it (whole hours of rollups). */
export function windowStartMs(nowMs: number): number {
  return Math.floor(nowMs / HOUR_MS) * HOUR_MS - (ANSWER_WINDOW_HOURS - 1) * HOUR_MS;
}

export async function computeStats(reader: StatsReader, input: StatsInput): Promise<WallStats> {
  const { nowMs } = input;
  const since = windowStartMs(nowMs);
  const window = await reader.answerWindow(since, input.responseTargetSeconds, OLDEST_WAITING_SHOWN);
  const oldest = window.oldest[0];
  return {
    generatedAt: new Date(nowMs).toISOString(),
    perNetwork: await reader.countsPerNetwork(input.startOfDayMs),
    last24h: await reader.hourlyCounts(nowMs, 24),
    sentiment: await reader.toneSince(since),
    answers: {
      windowHours: ANSWER_WINDOW_HOURS,
      awaited: window.awaited,
      answered: window.answered,
      waiting: window.waiting,
      rate: window.awaited > 0 ? window.answered / window.awaited : null,
      rateTarget: input.answerTarget,
      medianResponseSeconds: window.medianSeconds,
      p90ResponseSeconds: window.p90Seconds,
      targetSeconds: input.responseTargetSeconds,
      withinTargetRate: window.withinTarget,
      oldestWaitSeconds: oldest ? Math.max(0, Math.round((nowMs - oldest.createdMs) / 1000)) : null,
      oldestWaiting: window.oldest.map((w) => waitingPostOf(w.post)),
    },
    // The week against the week before, in whole hours: the window's end is the end of the current hour.
    themes: themeStats(await reader.themeWeeks(since, since + ANSWER_WINDOW_HOURS * HOUR_MS)),
    rating: await reader.ratingStats(nowMs),
    hidden: input.hidden,
    networkRatings: input.networkRatings,
  };
}

function themeStats(weeks: ThemeWeeks): ThemeStats {
  const themes = [...weeks.counts.entries()]
    .map(([theme, [count, previous]]) => ({ theme, count, previous }))
    .filter((t) => t.count > 0 || t.previous > 0)
    .sort((a, b) => b.count - a.count || b.previous - a.previous || a.theme.localeCompare(b.theme));
  return {
    complaints: themes.reduce((sum, t) => sum + t.count, 0),
    previousComplaints: themes.reduce((sum, t) => sum + t.previous, 0),
    themes,
  };
}
