// What a store sees of its hub (docs/fleet.md, "Store profiles"): the wall seen through its profile. Its panels,
// brand and language are the profile's; the posts, events and sources' health only those its panels show. A store
// without a profile (or whose profile was removed) sees the hub's own panels: the company's default.
import { filter } from 'rxjs';
import type { PanelView, PanelsResponse } from '../../shared/api-contract.ts';
import type { Network } from '../../shared/post.ts';
import type { PanelConfig, StoreProfile } from '../../shared/config.ts';
import type { SequencedEvent } from '../engine/change-feed.ts';
import { matchesPanel } from '../engine/panel-filter.ts';
import type { WallReadApi } from '../engine/wall-read-api.ts';
import type { ResolvedConfig } from '../config/validate-config.ts';
import type { PostReader } from '../store/store-api.ts';

const MAX_POSTS_PER_REQUEST = 200;

/** The profile a store is assigned to, as the configuration says now; undefined: the hub's own panels. */
export function profileOf(config: ResolvedConfig, profileId: string | null): StoreProfile | undefined {
  return profileId === null ? undefined : config.config.storeProfiles?.find((p) => p.id === profileId);
}

function panelView(panel: PanelConfig, config: ResolvedConfig): PanelView {
  const feeding = config.sources.filter(
    (s) => s.config.enabled && (panel.sources.length === 0 || panel.sources.includes(s.config.id)),
  );
  return {
    id: panel.id,
    title: panel.title,
    type: panel.type,
    networks: panel.networks,
    sources: panel.sources,
    demo: feeding.some((s) => s.config.type === 'demo'),
    ...(panel.density ? { density: panel.density } : {}),
    ...(panel.spotlightSeconds ? { spotlightSeconds: panel.spotlightSeconds } : {}),
  };
}

/** The sources whose posts one of the panels shows (by id, or by network when the panel names no source). */
function sourcesShown(panels: readonly PanelConfig[], config: ResolvedConfig): Set<string> {
  const shown = config.sources.filter((s) =>
    panels.some(
      (p) =>
        p.type === 'feed' &&
        (p.sources.length === 0 || p.sources.includes(s.config.id)) &&
        (p.networks.length === 0 || s.definition.networks.some((n) => p.networks.includes(n))),
    ),
  );
  return new Set(shown.map((s) => s.config.id));
}

/**
 * The hub's read side (`hub`) seen by a store of `profileId`; `config` is read at each call, so that a profile
 * edited on the hub applies to the store's next request (and its screens are told by the `panels` event).
 */
export function profileReadApi(
  hub: WallReadApi,
  reader: Pick<PostReader, 'newestForPanel'>,
  config: () => ResolvedConfig,
  profileId: string | null,
): WallReadApi {
  const profileNow = () => profileOf(config(), profileId);
  if (profileId === null) return hub;
  const panelsNow = (): PanelView[] => {
    const profile = profileNow();
    return profile ? profile.panels.map((p) => panelView(p, config())) : hub.panels().panels;
  };
  const panel = (id: string) => panelsNow().find((p) => p.id === id);
  const networkOfKey = (key: string) => key.slice(0, key.indexOf(':')) as Network;

  const wanted = ({ event }: SequencedEvent): boolean => {
    const panels = panelsNow().filter((p) => p.type === 'feed');
    switch (event.type) {
      case 'post':
        return panels.some((p) => matchesPanel(event.data.post, p));
      case 'remove': {
        const network = networkOfKey(event.data.key);
        return panels.some((p) => p.networks.length === 0 || p.networks.includes(network));
      }
      case 'health': {
        const profile = profileNow();
        return !profile || sourcesShown(profile.panels, config()).has(event.data.source.sourceId);
      }
      default:
        return true;
    }
  };

  return {
    panels(): PanelsResponse {
      const profile = profileNow();
      if (!profile) return hub.panels();
      const company = hub.panels();
      return {
        panels: panelsNow(),
        brand: {
          ...company.brand,
          ...(profile.brand?.name ? { name: profile.brand.name } : {}),
          ...(profile.brand?.colors ? { colors: profile.brand.colors } : {}),
        },
        language: profile.language ?? company.language,
      };
    },
    panel,
    async posts(panelId, limit) {
      const shown = panel(panelId);
      if (!shown) return undefined;
      return reader.newestForPanel(shown, Math.max(1, Math.min(limit, MAX_POSTS_PER_REQUEST)));
    },
    health() {
      const all = hub.health();
      const profile = profileNow();
      if (!profile) return all;
      const shown = sourcesShown(profile.panels, config());
      return { ...all, sources: all.sources.filter((s) => shown.has(s.sourceId)) };
    },
    // The company's statistics (a store's own figures are not computed yet: docs/fleet.md).
    stats: () => hub.stats(),
    answering: () => hub.answering(),
    feed: {
      events$: hub.feed.events$.pipe(filter(wanted)),
      resume(lastEventId) {
        const resumed = hub.feed.resume(lastEventId);
        return resumed.kind === 'replay' ? { kind: 'replay', events: resumed.events.filter(wanted) } : resumed;
      },
    },
  };
}
