// The statistics the engine computes for the stats panel (the browser only draws them).
import type { ComplaintTheme, Network } from './post.ts';

export interface NetworkCount {
  network: Network;
  today: number;
  total: number;
}

/** Live posts per network in one hour (oldest hour first in `last24h`). */
export interface HourlyCount {
  /** ISO instant of the hour's start. */
  hourStart: string;
  perNetwork: Partial<Record<Network, number>>;
}

export interface SentimentSplit {
  positive: number;
  neutral: number;
  negative: number;
}

/** The window of the answer figures, the sentiment split and this week's themes: the last 7 days. */
export const STATS_WINDOW_HOURS = 168;

/** A customer still waiting for an answer, as the panel and the answering page show them. */
export interface WaitingPost {
  key: string;
  network: Network;
  /** The author's first name, or their handle when the name is not a person's. */
  firstName: string;
  /** ISO instant the customer wrote. */
  createdAt: string;
  intent: 'question' | 'complaint';
  /** The post on its network, where the team answers it. */
  url?: string;
}

/**
 * Does the brand answer its customers, and how fast (principle 3: every customer gets an answer). Every figure is
 * about the same posts: the customer posts that call for an answer (shared/calls-for-answer.ts) written in the
 * window; `answered + waiting = awaited`.
 */
export interface AnswerStats {
  /** Hours covered, counted back from now. */
  windowHours: number;
  /** Customer questions and complaints written in the window that call for an answer. */
  awaited: number;
  /** Of those, how many have a reply from the brand. */
  answered: number;
  /** Of those, how many have none yet. */
  waiting: number;
  /** answered / awaited; null when nothing was awaited. */
  rate: number | null;
  /** The company's target for `rate` (configuration `answerTargetPercent`), 0–1. */
  rateTarget: number;
  /** From a customer post to the brand's first reply, over answered posts; null when none. */
  medianResponseSeconds: number | null;
  /** Nine answers in ten came within this; null when none. */
  p90ResponseSeconds: number | null;
  /** The company's target (configuration `responseTargetMinutes`). */
  targetSeconds: number;
  /** Share of answered posts answered within the target; null when none. */
  withinTargetRate: number | null;
  /** How long the customer waiting longest has waited, in seconds; null when nobody waits. */
  oldestWaitSeconds: number | null;
  /** The customers waiting longest, oldest first (a few). */
  oldestWaiting: WaitingPost[];
}

/** One theme of the customers' complaints, this week and the week before. */
export interface ThemeCount {
  theme: ComplaintTheme;
  /** Complaints of the last 7 days about it. */
  count: number;
  /** The 7 days before. */
  previous: number;
}

/** What customers complain about: the last 7 days against the 7 before. */
export interface ThemeStats {
  complaints: number;
  previousComplaints: number;
  /** Every theme with a complaint in either week, most complained about first. */
  themes: ThemeCount[];
}

export interface RatingStats {
  /** Average of reviews' and tips' ratings (1–5) on the wall; null when there is none. */
  average: number | null;
  count: number;
}

/** A rating the network keeps for the brand's page or place (Facebook page, Foursquare place). */
export interface NetworkRating {
  sourceId: string;
  network: Network;
  rating: number;
  /** Facebook rates out of 5, Foursquare out of 10. */
  scale: 5 | 10;
  count?: number;
}

export interface WallStats {
  generatedAt: string;
  perNetwork: NetworkCount[];
  /** The last 24 hours, one entry per hour, oldest first (24 entries). */
  last24h: HourlyCount[];
  /** Customer posts of the window (`answers.windowHours`) by sentiment (French and English). */
  sentiment: SentimentSplit;
  answers: AnswerStats;
  themes: ThemeStats;
  rating: RatingStats;
  /** The networks' own ratings of the brand's pages and places, beside the reviews' average. */
  networkRatings: NetworkRating[];
  /** Posts hidden by moderation: 0 by default, the wall is transparent. */
  hidden: number;
}
