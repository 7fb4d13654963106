// The statistics the engine computes for the stats panel (the browser only draws them).
import type { Network } from './post.ts';

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

/** Does the brand answer its customers, and how fast (principle 3: every customer gets an answer). */
export interface AnswerStats {
  /** Hours covered, counted back from now. */
  windowHours: number;
  /** Customer posts (not the brand's own) created in the window. */
  customerPosts: number;
  /** Of those, how many have a reply from the brand. */
  answered: number;
  /** answered / customerPosts; null when there was no customer post. */
  rate: number | null;
  /** Median time from a customer post to the brand's first reply, over answered posts; null when none. */
  medianResponseSeconds: number | null;
  /** The company's target (configuration `responseTargetMinutes`). */
  targetSeconds: number;
  /** Share of answered posts answered within the target; null when none. */
  withinTargetRate: number | null;
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
  /** Customer posts of today by sentiment (French and English). */
  sentiment: SentimentSplit;
  answers: AnswerStats;
  rating: RatingStats;
  /** The networks' own ratings of the brand's pages and places, beside the reviews' average. */
  networkRatings: NetworkRating[];
  /** Posts hidden by moderation: 0 by default, the wall is transparent. */
  hidden: number;
}
