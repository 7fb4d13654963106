// Which window goes on which display: a pure function of the panels, the displays, what was remembered,
// the screens configuration and the clock (for panels taking turns). The shell applies the plan through
// reconcile-windows.ts; nothing here touches Electron.
import type { ScreensConfig } from '../../../shared/config.ts';
import {
  fingerprintDisplays,
  type DisplayFingerprint,
  type DisplaySnapshot,
  type Rect,
} from './display-fingerprint.ts';
import { matchRememberedDisplays, type MatchTier, type RememberedPlacement } from './match-displays.ts';

export type WindowContent = { kind: 'panel'; panelId: string } | { kind: 'dark' };

export interface WindowPlacement {
  /** Stable name of the window: `panel:<id>` for a panel's own window, `repeat:<id>@<display>`, `dark@<display>`. */
  key: string;
  content: WindowContent;
  displayId: number;
  bounds: Rect;
  fullscreen: boolean;
  /** Panels taking turns on one display: only the current one is shown. */
  visible: boolean;
}

export interface ScreenPlanInput {
  /** Panel ids in the configuration's order. */
  panelIds: readonly string[];
  displays: readonly DisplaySnapshot[];
  remembered: readonly RememberedPlacement[];
  screens: ScreensConfig;
  /** Epoch milliseconds. */
  now: number;
}

export interface ScreenPlan {
  placements: WindowPlacement[];
  /** What to remember: the panels that have a display of their own now, and the old entries of the others. */
  remembered: RememberedPlacement[];
  /** How each panel found its display (`new` when it took a free display), for the log. */
  how: Record<string, MatchTier | 'new' | 'shared'>;
}

/** The preferred left-to-right order: `screens.leftToRight` first, then the other panels in config order. */
export function preferredOrder(panelIds: readonly string[], leftToRight: readonly string[]): string[] {
  const known = new Set(panelIds);
  const first = leftToRight.filter((id, i) => known.has(id) && leftToRight.indexOf(id) === i);
  return [...first, ...panelIds.filter((id) => !first.includes(id))];
}

/** Splits an area into `n` side-by-side columns (the last one takes the rounding). */
export function splitColumns(area: Rect, n: number): Rect[] {
  const width = Math.floor(area.width / n);
  return Array.from({ length: n }, (_, i) => ({
    x: area.x + i * width,
    y: area.y,
    width: i === n - 1 ? area.width - i * width : width,
    height: area.height,
  }));
}

export function planScreens(input: ScreenPlanInput): ScreenPlan {
  const { screens, now } = input;
  const order = preferredOrder(input.panelIds, screens.leftToRight);
  const fingerprints = fingerprintDisplays(input.displays);
  const boundsOf = new Map(input.displays.map((d) => [d.id, d.bounds]));
  const known = new Set(order);
  const remembered = input.remembered.filter((r) => known.has(r.panelId));
  if (fingerprints.length === 0) return { placements: [], remembered, how: {} };

  // 1. Remembered displays; 2. free displays, left to right, for the panels still without one.
  const displayOf = new Map<string, number>();
  const how: ScreenPlan['how'] = {};
  for (const m of matchRememberedDisplays(remembered, fingerprints)) {
    displayOf.set(m.panelId, m.displayId);
    how[m.panelId] = m.tier;
  }
  const taken = new Set(displayOf.values());
  const free = fingerprints.filter((f) => !taken.has(f.id));
  for (const panelId of order) {
    if (displayOf.has(panelId)) continue;
    const display = free.shift();
    if (!display) break;
    displayOf.set(panelId, display.id);
    how[panelId] = 'new';
  }

  // 3. Fewer displays than panels: the leftovers join the rightmost display's panel.
  const host = fingerprints[fingerprints.length - 1] as DisplayFingerprint;
  const leftovers = order.filter((id) => !displayOf.has(id));
  const shared = leftovers.length ? order.filter((id) => displayOf.get(id) === host.id || leftovers.includes(id)) : [];
  for (const id of leftovers) how[id] = 'shared';

  const placements: WindowPlacement[] = [];
  const hostBounds = boundsOf.get(host.id) as Rect;
  const turn = Math.floor(now / (screens.rotateSeconds * 1000)) % Math.max(shared.length, 1);
  const columns = splitColumns(hostBounds, Math.max(shared.length, 1));
  for (const panelId of order) {
    const sharedIndex = shared.indexOf(panelId);
    if (sharedIndex >= 0) {
      const split = screens.fewerScreens === 'split';
      const bounds = split ? (columns[sharedIndex] as Rect) : hostBounds;
      placements.push({
        key: `panel:${panelId}`,
        content: { kind: 'panel', panelId },
        displayId: host.id,
        bounds,
        fullscreen: !split,
        visible: split || sharedIndex === turn,
      });
      continue;
    }
    const displayId = displayOf.get(panelId) as number;
    placements.push({
      key: `panel:${panelId}`,
      content: { kind: 'panel', panelId },
      displayId,
      bounds: boundsOf.get(displayId) as Rect,
      fullscreen: true,
      visible: true,
    });
  }

  // 4. More displays than panels: the extra ones repeat a panel or stay black.
  const used = new Set(placements.map((p) => p.displayId));
  const repeatPanel =
    screens.repeatPanel !== undefined && known.has(screens.repeatPanel) ? screens.repeatPanel : order[0];
  for (const extra of fingerprints.filter((f) => !used.has(f.id))) {
    const bounds = boundsOf.get(extra.id) as Rect;
    const repeat = screens.extraScreens === 'repeat' && repeatPanel !== undefined;
    placements.push({
      key: repeat ? `repeat:${repeatPanel}@${extra.id}` : `dark@${extra.id}`,
      content: repeat ? { kind: 'panel', panelId: repeatPanel } : { kind: 'dark' },
      displayId: extra.id,
      bounds,
      fullscreen: true,
      visible: true,
    });
  }

  // Remember a panel's display only when it has one of its own; keep the old entry of a panel that shares.
  const byId = new Map(fingerprints.map((f) => [f.id, f]));
  const nextRemembered = order.flatMap((panelId): RememberedPlacement[] => {
    const own = how[panelId] !== 'shared' ? displayOf.get(panelId) : undefined;
    const display = own === undefined ? undefined : byId.get(own);
    if (display) return [{ panelId, display }];
    return remembered.filter((r) => r.panelId === panelId);
  });
  return { placements, remembered: nextRemembered, how };
}
