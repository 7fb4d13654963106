// The health of the sources, from /api/health then `health` events, keyed by source id; and on a store PC
// following a hub, its link to the hub (`link` events).
import { useCallback, useRef, useState } from 'react';
import type { WallEvent } from '../../shared/api-contract.ts';
import type { HubLink, SourceHealth } from '../../shared/health.ts';
import { getJson } from '../api/get-json.ts';
import { useRetryingLoad } from '../api/use-retrying-load.ts';

export interface SourcesHealth {
  sources: ReadonlyMap<string, SourceHealth>;
  /** Only on a store PC following a hub: its link to the hub. */
  link: HubLink | undefined;
  apply: (event: WallEvent) => void;
}

/** The panel header shows only these: a health event that changes nothing else costs no render. */
function sameForDisplay(a: SourceHealth | undefined, b: SourceHealth): boolean {
  return (
    a !== undefined &&
    a.state === b.state &&
    a.lastError === b.lastError &&
    a.storageFailure?.code === b.storageFailure?.code
  );
}

export function useSourceHealth(epoch: number): SourcesHealth {
  const [sources, setSources] = useState<ReadonlyMap<string, SourceHealth>>(() => new Map());
  const [link, setLink] = useState<HubLink | undefined>(undefined);
  // Sources updated by events while a fetch is in flight: newer than what the fetch will bring.
  const liveDuringFetch = useRef<Set<string> | null>(null);

  const load = useCallback((signal: AbortSignal) => {
    liveDuringFetch.current = new Set();
    return getJson('/api/health', { signal });
  }, []);
  useRetryingLoad(epoch, load, (response) => {
    const live = liveDuringFetch.current ?? new Set<string>();
    liveDuringFetch.current = null;
    setLink(response.link);
    setSources((current) => {
      const next = new Map(response.sources.map((s) => [s.sourceId, s]));
      for (const id of live) {
        const source = current.get(id);
        if (source) next.set(id, source);
      }
      return next;
    });
  });

  const apply = useCallback((event: WallEvent) => {
    if (event.type === 'link') setLink(event.data.link);
    if (event.type !== 'health') return;
    const source = event.data.source;
    liveDuringFetch.current?.add(source.sourceId);
    // Sources report after every poll (several times a second for a fast replay): skip the no-ops.
    setSources((current) =>
      sameForDisplay(current.get(source.sourceId), source) ? current : new Map(current).set(source.sourceId, source),
    );
  }, []);
  return { sources, link, apply };
}
