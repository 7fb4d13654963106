// The left-to-right order of the panels on the kiosk's displays. `screens.leftToRight` empty means "the
// panels' own order"; once IT moves a panel, the whole order is written out.
import type { DraftConfig } from '../draft-config.ts';

export type DraftScreens = DraftConfig['screens'];

/** The order the kiosk will use: the configured ids that name a panel, then any panel left out. */
export function effectiveOrder(config: DraftConfig): string[] {
  const ids = config.panels.map((p) => p.id);
  const chosen = config.screens.leftToRight.filter((id, i, all) => ids.includes(id) && all.indexOf(id) === i);
  return [...chosen, ...ids.filter((id) => !chosen.includes(id))];
}

/** Moves the panel at `from` one place left (-1) or right (+1). */
export function movePanel(config: DraftConfig, from: number, by: -1 | 1): DraftConfig {
  const order = effectiveOrder(config);
  const to = from + by;
  if (to < 0 || to >= order.length) return config;
  const next = [...order];
  [next[from], next[to]] = [next[to] as string, next[from] as string];
  return withScreens(config, { leftToRight: next });
}

/** The screens with `patch` applied; `repeatPanel: undefined` removes it (the first panel then). */
export function withScreens(
  config: DraftConfig,
  patch: Partial<Omit<DraftScreens, 'repeatPanel'>> & { repeatPanel?: string | undefined },
): DraftConfig {
  const { repeatPanel, ...rest } = { ...config.screens, ...patch };
  return { ...config, screens: { ...rest, ...(repeatPanel !== undefined ? { repeatPanel } : {}) } };
}
