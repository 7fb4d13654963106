// The wall's panels, brand and language: the first thing a screen loads, retried until the engine answers.
import { useState } from 'react';
import type { PanelsResponse } from '../../shared/api-contract.ts';
import { getJson } from '../api/get-json.ts';
import { useRetryingLoad, type LoadState } from '../api/use-retrying-load.ts';

const fetchPanels = (signal: AbortSignal) => getJson('/api/panels', { signal });

export function usePanels(): LoadState & { panels: PanelsResponse | undefined } {
  const [panels, setPanels] = useState<PanelsResponse | undefined>(undefined);
  const state = useRetryingLoad(0, fetchPanels, setPanels);
  return { ...state, panels };
}
