// Pure edits of the hub's store profiles in the drafted configuration (saved by the page's Save bar).
import type { DraftConfig } from '../draft-config.ts';

export type DraftProfile = NonNullable<DraftConfig['storeProfiles']>[number];
export type DraftProfilePanel = DraftProfile['panels'][number];

export function profilesOf(config: DraftConfig): DraftProfile[] {
  return config.storeProfiles ?? [];
}

/** A free id from a name: "Lyon Part-Dieu" → "lyon-part-dieu", then "-2", "-3"… when taken. */
export function freeProfileId(config: DraftConfig, name: string): string {
  const base =
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30) || 'magasin';
  const taken = new Set(profilesOf(config).map((p) => p.id));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A new profile: the store's reviews, the brand-wide feed and the statistics, to be narrowed by IT. */
export function addProfile(
  config: DraftConfig,
  name: string,
  titles: { reviews: string; brand: string; stats: string },
) {
  const profile: DraftProfile = {
    id: freeProfileId(config, name),
    name,
    panels: [
      {
        id: 'avis',
        title: titles.reviews,
        type: 'feed',
        networks: ['google', 'trustpilot', 'foursquare'],
        sources: [],
      },
      { id: 'marque', title: titles.brand, type: 'feed', networks: [], sources: [] },
      { id: 'chiffres', title: titles.stats, type: 'stats', networks: [], sources: [] },
    ],
  };
  return { config: { ...config, storeProfiles: [...profilesOf(config), profile] }, profile };
}

export function replaceProfile(config: DraftConfig, index: number, next: DraftProfile): DraftConfig {
  return { ...config, storeProfiles: profilesOf(config).map((p, i) => (i === index ? next : p)) };
}

export function removeProfile(config: DraftConfig, index: number): DraftConfig {
  return { ...config, storeProfiles: profilesOf(config).filter((_, i) => i !== index) };
}

/** A free panel id within the profile: "1", "2", … */
export function addProfilePanel(profile: DraftProfile, title: string): DraftProfile {
  const taken = new Set(profile.panels.map((p) => p.id));
  let n = profile.panels.length + 1;
  while (taken.has(String(n))) n++;
  return { ...profile, panels: [...profile.panels, { id: String(n), title, type: 'feed', networks: [], sources: [] }] };
}
