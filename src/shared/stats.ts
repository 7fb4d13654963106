// The statistics the engine computes for the stats panel.
import type { Network } from './post.ts';

export interface NetworkCount {
  network: Network;
  today: number;
  total: number;
}

export interface WallStats {
  generatedAt: string;
  perNetwork: NetworkCount[];
  /** Posts hidden by moderation: 0 by default, the wall is transparent. */
  hidden: number;
}
