// The wall's statistics, from /api/stats then `stats` events; whichever snapshot is newest wins.
import { useCallback, useState } from 'react';
import type { WallEvent } from '../../shared/api-contract.ts';
import type { WallStats } from '../../shared/stats.ts';
import { getJson } from '../api/get-json.ts';
import { useRetryingLoad, type LoadState } from '../api/use-retrying-load.ts';

export interface WallStatsState extends LoadState {
  stats: WallStats | undefined;
  apply: (event: WallEvent) => void;
}

const fetchStats = (signal: AbortSignal) => getJson('/api/stats', { signal });

function newer(current: WallStats | undefined, next: WallStats): WallStats {
  if (!current) return next;
  return Date.parse(next.generatedAt) >= Date.parse(current.generatedAt) ? next : current;
}

export function useWallStats(epoch: number): WallStatsState {
  const [stats, setStats] = useState<WallStats | undefined>(undefined);
  const state = useRetryingLoad(epoch, fetchStats, (response) => setStats((current) => newer(current, response)));
  const apply = useCallback((event: WallEvent) => {
    if (event.type === 'stats') setStats((current) => newer(current, event.data.stats));
  }, []);
  return { ...state, stats, apply };
}
