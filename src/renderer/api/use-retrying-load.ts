// Runs a load whenever `epoch` changes (and at mount), retrying with backoff until it succeeds:
// an unattended screen must come back on its own when the engine is restarting or busy.
import { useEffect, useRef, useState } from 'react';
import { ApiError } from './api-error.ts';
import { retryDelay } from './retry-delay.ts';

export interface LoadState {
  /** The last failure, cleared by the next success; shown to IT, not to visitors. */
  error: Error | undefined;
  /** True once a load has succeeded at least once. */
  loaded: boolean;
}

export function useRetryingLoad<T>(
  epoch: number,
  load: (signal: AbortSignal) => Promise<T>,
  onResult: (result: T) => void,
): LoadState {
  const [state, setState] = useState<LoadState>({ error: undefined, loaded: false });
  const latest = useRef({ load, onResult });
  useEffect(() => {
    latest.current = { load, onResult };
  });

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;

    const attempt = async (): Promise<void> => {
      try {
        const result = await latest.current.load(controller.signal);
        if (controller.signal.aborted) return;
        latest.current.onResult(result);
        setState({ error: undefined, loaded: true });
      } catch (err) {
        if (controller.signal.aborted) return;
        const error = err instanceof Error ? err : new Error(String(err));
        setState((s) => ({ ...s, error }));
        // An auth failure is retried too, but slowly: only a relaunch with a fresh token fixes it.
        const delay = error instanceof ApiError && error.isAuth ? 30_000 : retryDelay(failures);
        failures += 1;
        timer = setTimeout(() => void attempt(), delay);
      }
    };

    void attempt();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [epoch]);

  return state;
}
