// The health of the sources, from /api/health then `health` events, keyed by source id.
import { useCallback, useState } from 'react';
import type { WallEvent } from '../../shared/api-contract.ts';
import type { SourceHealth } from '../../shared/health.ts';
import { getJson } from '../api/get-json.ts';
import { useRetryingLoad } from '../api/use-retrying-load.ts';

export interface SourcesHealth {
  sources: ReadonlyMap<string, SourceHealth>;
  apply: (event: WallEvent) => void;
}

const fetchHealth = (signal: AbortSignal) => getJson('/api/health', { signal });

export function useSourceHealth(epoch: number): SourcesHealth {
  const [sources, setSources] = useState<ReadonlyMap<string, SourceHealth>>(() => new Map());
  useRetryingLoad(epoch, fetchHealth, (response) => {
    setSources(new Map(response.sources.map((s) => [s.sourceId, s])));
  });
  const apply = useCallback((event: WallEvent) => {
    if (event.type !== 'health') return;
    const source = event.data.source;
    setSources((current) => new Map(current).set(source.sourceId, source));
  }, []);
  return { sources, apply };
}
