// What the stats panel can show from what /api/stats and `stats` events carry. Typed against the
// full WallStats, but tolerant: an engine that does not compute a figure yet (or an older one) leaves
// it undefined here and the panel shows "—" rather than breaking.
import type { Network } from '../../shared/post.ts';
import type {
  AnswerStats,
  HourlyCount,
  NetworkCount,
  NetworkRating,
  RatingStats,
  SentimentSplit,
  ThemeStats,
  WallStats,
} from '../../shared/stats.ts';

export interface StatsView {
  generatedAt: string;
  perNetwork: NetworkCount[];
  last24h: HourlyCount[] | undefined;
  sentiment: SentimentSplit | undefined;
  answers: AnswerStats | undefined;
  themes: ThemeStats | undefined;
  rating: RatingStats | undefined;
  networkRatings: NetworkRating[];
  hidden: number | undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isRatio = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isFinite(v));

export function toStatsView(stats: WallStats): StatsView {
  // Read as unknown: the type is what the engine promises, this is what it may actually send today.
  const raw: Record<string, unknown> = { ...stats };
  const perNetwork = Array.isArray(raw.perNetwork) ? (raw.perNetwork as unknown[]).filter(isNetworkCount) : [];
  return {
    generatedAt: typeof raw.generatedAt === 'string' ? raw.generatedAt : new Date().toISOString(),
    perNetwork,
    last24h: Array.isArray(raw.last24h) ? (raw.last24h as unknown[]).filter(isHourly) : undefined,
    sentiment: isSentiment(raw.sentiment) ? raw.sentiment : undefined,
    answers: isAnswers(raw.answers) ? raw.answers : undefined,
    themes: isThemes(raw.themes) ? raw.themes : undefined,
    rating: isRating(raw.rating) ? raw.rating : undefined,
    networkRatings: Array.isArray(raw.networkRatings) ? (raw.networkRatings as unknown[]).filter(isNetworkRating) : [],
    hidden: isCount(raw.hidden) ? raw.hidden : undefined,
  };
}

function isNetworkCount(v: unknown): v is NetworkCount {
  return isObject(v) && typeof v.network === 'string' && isCount(v.today) && isCount(v.total);
}
function isHourly(v: unknown): v is HourlyCount {
  return isObject(v) && typeof v.hourStart === 'string' && isObject(v.perNetwork);
}
function isSentiment(v: unknown): v is SentimentSplit {
  return isObject(v) && isCount(v.positive) && isCount(v.neutral) && isCount(v.negative);
}
function isAnswers(v: unknown): v is AnswerStats {
  return (
    isObject(v) &&
    isCount(v.awaited) &&
    isCount(v.answered) &&
    isCount(v.waiting) &&
    isRatio(v.rate) &&
    isRatio(v.rateTarget) &&
    isRatio(v.medianResponseSeconds) &&
    isRatio(v.p90ResponseSeconds) &&
    isRatio(v.oldestWaitSeconds) &&
    isCount(v.targetSeconds) &&
    isCount(v.windowHours) &&
    Array.isArray(v.oldestWaiting)
  );
}
function isThemes(v: unknown): v is ThemeStats {
  return isObject(v) && isCount(v.complaints) && isCount(v.previousComplaints) && Array.isArray(v.themes);
}
function isNetworkRating(v: unknown): v is NetworkRating {
  return (
    isObject(v) && typeof v.network === 'string' && typeof v.rating === 'number' && (v.scale === 5 || v.scale === 10)
  );
}
function isRating(v: unknown): v is RatingStats {
  return isObject(v) && isRatio(v.average) && isCount(v.count);
}

/** Networks in the order the panel shows them: the panel's own, else those with posts, busiest first. */
export function networksShown(view: StatsView, panelNetworks: readonly Network[]): Network[] {
  if (panelNetworks.length > 0) return [...panelNetworks];
  const seen = new Map<Network, number>();
  for (const c of view.perNetwork) seen.set(c.network, (seen.get(c.network) ?? 0) + c.total);
  for (const h of view.last24h ?? [])
    for (const n of Object.keys(h.perNetwork) as Network[]) if (!seen.has(n)) seen.set(n, 0);
  return [...seen.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
}

/** The most rows the per-network legend writes out: more would not fit its tile at a size read from afar. */
export const LEGEND_ROWS = 4;

export interface NetworkLegend<T> {
  rows: T[];
  /** What the rows leave out, summed: undefined when every network has its row. */
  others: { networks: number; today: number; total: number } | undefined;
}

/**
 * The legend under the per-network bars: every network when they fit; else the busiest today (ties: the
 * order given), kept in the bars' order, and one "N other networks" row for the rest — the bars above still
 * show every network.
 */
export function networkLegend<T extends { today: number; total: number }>(
  rows: readonly T[],
  max = LEGEND_ROWS,
): NetworkLegend<T> {
  if (rows.length <= max) return { rows: [...rows], others: undefined };
  const ranked = rows.map((row, i) => ({ row, i })).sort((a, b) => b.row.today - a.row.today || a.i - b.i);
  const kept = new Set(ranked.slice(0, max - 1).map((r) => r.i));
  const rest = rows.filter((_, i) => !kept.has(i));
  return {
    rows: rows.filter((_, i) => kept.has(i)),
    others: {
      networks: rest.length,
      today: rest.reduce((n, r) => n + r.today, 0),
      total: rest.reduce((n, r) => n + r.total, 0),
    },
  };
}
