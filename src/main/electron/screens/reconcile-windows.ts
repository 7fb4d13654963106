// From the windows that exist to the windows the plan wants: which to close, create, move, restore, show,
// hide. A window changes display by leaving fullscreen, taking the new bounds, then going fullscreen again
// (a fullscreen window does not move on every OS). A panel minimised (Win+D, a stray click) or hidden by
// someone else is brought back on the next reconcile: the state is what is on screen, not what was asked.
import type { Rect } from './display-fingerprint.ts';
import type { WindowPlacement } from './screen-plan.ts';

export interface WindowState {
  key: string;
  bounds: Rect;
  fullscreen: boolean;
  /** On screen now (shown and not minimised). */
  visible: boolean;
  minimized: boolean;
}

export type WindowAction =
  | { type: 'close'; key: string }
  | { type: 'create'; placement: WindowPlacement }
  | { type: 'move'; key: string; bounds: Rect; fullscreen: boolean }
  | { type: 'restore'; key: string }
  | { type: 'show'; key: string }
  | { type: 'hide'; key: string };

/** Some window managers shave a few pixels off a window's bounds; that is not a reason to move it. */
const TOLERANCE_PX = 2;

function centreInside(inner: Rect, outer: Rect): boolean {
  const cx = inner.x + inner.width / 2;
  const cy = inner.y + inner.height / 2;
  return cx >= outer.x && cx < outer.x + outer.width && cy >= outer.y && cy < outer.y + outer.height;
}

function closeTo(a: Rect, b: Rect): boolean {
  return (['x', 'y', 'width', 'height'] as const).every((k) => Math.abs(a[k] - b[k]) <= TOLERANCE_PX);
}

/** A fullscreen window is in place when it is fullscreen on the right display; a split one when its bounds match. */
export function isInPlace(window: WindowState, placement: WindowPlacement): boolean {
  if (window.fullscreen !== placement.fullscreen) return false;
  return placement.fullscreen
    ? centreInside(window.bounds, placement.bounds)
    : closeTo(window.bounds, placement.bounds);
}

export function reconcileWindows(
  current: readonly WindowState[],
  placements: readonly WindowPlacement[],
): WindowAction[] {
  const wanted = new Map(placements.map((p) => [p.key, p]));
  const existing = new Map(current.map((w) => [w.key, w]));
  const actions: WindowAction[] = [];
  for (const w of current) if (!wanted.has(w.key)) actions.push({ type: 'close', key: w.key });
  for (const p of placements) {
    const w = existing.get(p.key);
    if (!w) actions.push({ type: 'create', placement: p });
    // A minimised window is restored first (its bounds mean little meanwhile); the next tick moves it if needed.
    else if (!w.minimized && !isInPlace(w, p))
      actions.push({ type: 'move', key: p.key, bounds: p.bounds, fullscreen: p.fullscreen });
  }
  // Show the next panel before hiding the previous one, so the desktop never flashes between turns.
  for (const p of placements) {
    const w = existing.get(p.key);
    if (!p.visible || !w || w.visible) continue;
    actions.push({ type: w.minimized ? 'restore' : 'show', key: p.key });
  }
  for (const p of placements)
    if (!p.visible && existing.get(p.key)?.visible === true) actions.push({ type: 'hide', key: p.key });
  return actions;
}
