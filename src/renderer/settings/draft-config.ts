// Pure edits of the configuration being drafted in the page (nothing is sent until Save).
// A panel's `sources: []` means "every source": the edits below keep that meaning in mind.
import type { MaskedWallConfig } from '../../shared/settings-contract.ts';

export type DraftConfig = MaskedWallConfig;
export type DraftSource = DraftConfig['sources'][number];
export type DraftPanel = DraftConfig['panels'][number];

export const DEMO_TYPE = 'demo';

/** The wall shows only demo data: the guided setup speaks of the demo, and its Finish removes it. */
export function isDemoOnly(config: DraftConfig): boolean {
  return config.sources.every((s) => s.type === DEMO_TYPE);
}

export function replaceSource(config: DraftConfig, index: number, next: DraftSource): DraftConfig {
  const previous = config.sources[index];
  const sources = config.sources.map((s, i) => (i === index ? next : s));
  // A renamed source keeps its place in the panels.
  const panels =
    previous && previous.id !== next.id
      ? config.panels.map((p) => ({ ...p, sources: p.sources.map((id) => (id === previous.id ? next.id : id)) }))
      : config.panels;
  return { ...config, sources, panels };
}

export function addSource(config: DraftConfig, source: DraftSource): DraftConfig {
  return { ...config, sources: [...config.sources, source] };
}

export function removeSource(config: DraftConfig, id: string): DraftConfig {
  return {
    ...config,
    sources: config.sources.filter((s) => s.id !== id),
    panels: config.panels.map((p) => ({ ...p, sources: p.sources.filter((sid) => sid !== id) })),
  };
}

/** The demo gone: what the guided setup saves once a real account is added. */
export function withoutDemo(config: DraftConfig): DraftConfig {
  return config.sources.filter((s) => s.type === DEMO_TYPE).reduce((c, s) => removeSource(c, s.id), config);
}

export function replacePanel(config: DraftConfig, index: number, next: DraftPanel): DraftConfig {
  return { ...config, panels: config.panels.map((p, i) => (i === index ? next : p)) };
}

/** The sources a panel shows, "every source" spelled out. */
export function panelSourceIds(config: DraftConfig, panel: DraftPanel): string[] {
  return panel.sources.length ? panel.sources : config.sources.map((s) => s.id);
}

/** Moves a source out of one panel and into another (a panel showing every source already has it). */
export function moveSource(config: DraftConfig, sourceId: string, fromPanelId: string, toPanelId: string): DraftConfig {
  return {
    ...config,
    panels: config.panels.map((p) => {
      if (p.id === fromPanelId) return { ...p, sources: panelSourceIds(config, p).filter((id) => id !== sourceId) };
      if (p.id === toPanelId && p.sources.length && !p.sources.includes(sourceId))
        return { ...p, sources: [...p.sources, sourceId] };
      return p;
    }),
  };
}

/** A free id for a new source of this type: "x", then "x-2", … */
export function freeSourceId(config: DraftConfig, type: string): string {
  const base =
    type
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+/, '')
      .slice(0, 30) || 'source';
  const taken = new Set(config.sources.map((s) => s.id));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
