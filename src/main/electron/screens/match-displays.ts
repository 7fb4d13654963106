// Finds the displays the panels were on last time. Tiers are tried in order, for all panels at once, so
// a weaker match never takes a display that a stronger one claims:
//   1. same id and label   2. same label and size   3. same size and rank   4. same rank
// Within a tier, identical monitors are told apart by the closest left-to-right rank.
import type { DisplayFingerprint } from './display-fingerprint.ts';

export interface RememberedPlacement {
  panelId: string;
  display: DisplayFingerprint;
}

export type MatchTier = 'id+label' | 'label+size' | 'size+rank' | 'rank';

export interface PanelMatch {
  panelId: string;
  displayId: number;
  tier: MatchTier;
}

const sameSize = (a: DisplayFingerprint, b: DisplayFingerprint) =>
  a.width === b.width && a.height === b.height && a.scaleFactor === b.scaleFactor;

const TIERS: ReadonlyArray<[MatchTier, (was: DisplayFingerprint, now: DisplayFingerprint) => boolean]> = [
  ['id+label', (was, now) => was.id === now.id && was.label === now.label],
  ['label+size', (was, now) => was.label === now.label && sameSize(was, now)],
  ['size+rank', (was, now) => sameSize(was, now) && was.rank === now.rank],
  ['rank', (was, now) => was.rank === now.rank],
];

export function matchRememberedDisplays(
  remembered: readonly RememberedPlacement[],
  current: readonly DisplayFingerprint[],
): PanelMatch[] {
  const matches: PanelMatch[] = [];
  const claimed = new Set<number>();
  const placed = new Set<string>();
  for (const [tier, fits] of TIERS) {
    for (const { panelId, display: was } of remembered) {
      if (placed.has(panelId)) continue;
      const candidates = current.filter((now) => !claimed.has(now.id) && fits(was, now));
      const best = candidates.sort(
        (a, b) => Math.abs(a.rank - was.rank) - Math.abs(b.rank - was.rank) || a.rank - b.rank,
      )[0];
      if (!best) continue;
      matches.push({ panelId, displayId: best.id, tier });
      claimed.add(best.id);
      placed.add(panelId);
    }
  }
  return matches;
}
