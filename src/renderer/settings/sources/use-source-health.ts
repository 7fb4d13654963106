// The sources' live health for the settings page: /api/health (open to the admin too) read every few seconds.
// Should a server refuse it, the page says so instead.
import { useEffect, useState } from 'react';
import type { SourceHealth } from '../../../shared/health.ts';
import { ApiError } from '../../api/api-error.ts';
import { getJson } from '../../api/get-json.ts';

const EVERY_MS = 5_000;

export type HealthView =
  { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'live'; byId: ReadonlyMap<string, SourceHealth> };

export function useSourceHealthPoll(): HealthView {
  const [view, setView] = useState<HealthView>({ kind: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async (): Promise<void> => {
      try {
        const health = await getJson('/api/health', { signal: controller.signal });
        setView({ kind: 'live', byId: new Map(health.sources.map((s) => [s.sourceId, s])) });
      } catch (err) {
        if (controller.signal.aborted) return;
        if (err instanceof ApiError && err.isAuth) {
          setView({ kind: 'unavailable' });
          return;
        }
      }
      timer = setTimeout(() => void load(), EVERY_MS);
    };
    void load();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, []);
  return view;
}
