// The health of one source, as the engine tracks it and the settings window and panel headers show it.
import type { Network } from './post.ts';

export type HealthState = 'starting' | 'ok' | 'degraded' | 'failing' | 'paused';

export interface SourceHealth {
  sourceId: string;
  type: string;
  networks: Network[];
  state: HealthState;
  /** What went wrong last, in words IT can act on (never a secret). */
  lastError?: string;
  lastErrorAt?: string;
  lastSuccessAt?: string;
  nextAttemptAt?: string;
  consecutiveFailures: number;
  /** Items skipped because they failed validation, since the source was created. */
  invalidItems: number;
  /** Posts accepted since the wall started. */
  acceptedItems: number;
  /** Network-specific budget figures (rate limit left, X reads and spend, Instagram hashtags used). */
  budget?: Record<string, number | string>;
}

/** A wall-level notice for IT (a database moved aside, a config refused). */
export interface WallNotice {
  level: 'info' | 'warning' | 'error';
  message: string;
  at: string;
}
