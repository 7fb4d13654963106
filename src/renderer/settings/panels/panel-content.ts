// What a panel will show, from the draft: a statistics panel, or a feed of which networks from which sources —
// and, for a feed, why it would stay empty. Pure: the panel's card and the guided setup's screens step say it
// in words, and warn about an empty screen before it is saved.
import type { Network } from '../../../shared/post.ts';
import type { ConnectorFormView } from '../../../shared/settings-contract.ts';
import type { DraftConfig, DraftPanel } from '../draft-config.ts';
import { NETWORKS } from '../networks.ts';

/** A source that feeds the panel, with the networks of the panel it brings. */
export interface FeedingSource {
  id: string;
  networks: Network[];
}

export type PanelContent =
  | { kind: 'stats' }
  | { kind: 'feed'; networks: Network[]; sources: FeedingSource[] }
  /** `no-source`: the panel's sources list is empty of real sources; `no-match`: none publishes on its networks; `paused`: those that would are paused. */
  | { kind: 'empty'; networks: Network[]; why: 'no-source' | 'no-match' | 'paused' };

export function panelContent(
  config: DraftConfig,
  panel: DraftPanel,
  connectors: readonly ConnectorFormView[],
): PanelContent {
  if (panel.type === 'stats') return { kind: 'stats' };
  const networks = panel.networks.length ? panel.networks : NETWORKS;
  const chosen = config.sources.filter(
    (s) => s.type !== '' && (panel.sources.length === 0 || panel.sources.includes(s.id)),
  );
  const matching = chosen
    .map((s) => ({
      source: s,
      networks: (connectors.find((c) => c.type === s.type)?.networks ?? []).filter((n) => networks.includes(n)),
    }))
    .filter((m) => m.networks.length > 0);
  const live = matching.filter((m) => m.source.enabled);
  if (live.length)
    return { kind: 'feed', networks, sources: live.map((m) => ({ id: m.source.id, networks: m.networks })) };
  const why = chosen.length === 0 ? 'no-source' : matching.length === 0 ? 'no-match' : 'paused';
  return { kind: 'empty', networks, why };
}
