// "The wall's configuration changed": the stream hears it (the `panels` control event), the shell refetches
// /api/panels. A page-wide signal, since the stream lives in the panel and the panels list in the shell.
import { useEffect, useState } from 'react';

const listeners = new Set<() => void>();

export function notifyPanelsChanged(): void {
  for (const listener of [...listeners]) listener();
}

/** A number that grows each time the configuration changed: an epoch for the loads that depend on it. */
export function usePanelsEpoch(): number {
  const [epoch, setEpoch] = useState(0);
  useEffect(() => {
    const listener = () => setEpoch((n) => n + 1);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return epoch;
}
