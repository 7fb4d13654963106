// The wall's panels, brand and language: the first thing a screen loads, retried until the engine answers,
// and loaded again when the settings changed them (the stream's `panels` event).
import { useState } from 'react';
import type { PanelsResponse } from '../../shared/api-contract.ts';
import { getJson } from '../api/get-json.ts';
import { usePanelsEpoch } from '../api/panels-changed.ts';
import { useRetryingLoad, type LoadState } from '../api/use-retrying-load.ts';

const fetchPanels = (signal: AbortSignal) => getJson('/api/panels', { signal });

export function usePanels(): LoadState & { panels: PanelsResponse | undefined } {
  const [panels, setPanels] = useState<PanelsResponse | undefined>(undefined);
  const state = useRetryingLoad(usePanelsEpoch(), fetchPanels, setPanels);
  return { ...state, panels };
}
