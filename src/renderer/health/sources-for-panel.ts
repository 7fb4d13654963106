// Which sources' health a panel header shows: the panel's own sources when it names them, otherwise
// every source that can feed one of its networks (all of them for a panel showing every network).
import type { PanelView } from '../../shared/api-contract.ts';
import type { SourceHealth } from '../../shared/health.ts';

export function sourcesForPanel(panel: PanelView, sources: Iterable<SourceHealth>): SourceHealth[] {
  const all = [...sources];
  if (panel.sources.length > 0) return all.filter((s) => panel.sources.includes(s.sourceId));
  if (panel.networks.length === 0) return all;
  return all.filter((s) => s.networks.length === 0 || s.networks.some((n) => panel.networks.includes(n)));
}
