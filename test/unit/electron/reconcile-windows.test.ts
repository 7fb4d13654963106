import { describe, expect, it } from 'vitest';
import type { ScreensConfig } from '../../../src/shared/config.ts';
import {
  reconcileWindows,
  type WindowAction,
  type WindowState,
} from '../../../src/main/electron/screens/reconcile-windows.ts';
import { planScreens, type WindowPlacement } from '../../../src/main/electron/screens/screen-plan.ts';
import type { DisplaySnapshot } from '../../../src/main/electron/screens/display-fingerprint.ts';
import { monitor } from './fake-displays.ts';

const screens: ScreensConfig = { leftToRight: [], fewerScreens: 'rotate', rotateSeconds: 30, extraScreens: 'dark' };

/** A fake window manager: applies actions to window states the way the shell applies them to BrowserWindows. */
function apply(windows: WindowState[], actions: WindowAction[]): WindowState[] {
  const byKey = new Map(windows.map((w) => [w.key, { ...w }]));
  for (const a of actions) {
    if (a.type === 'close') byKey.delete(a.key);
    else if (a.type === 'create')
      byKey.set(a.placement.key, {
        key: a.placement.key,
        bounds: a.placement.bounds,
        fullscreen: a.placement.fullscreen,
        visible: a.placement.visible,
        minimized: false,
      });
    else if (a.type === 'move') Object.assign(byKey.get(a.key)!, { bounds: a.bounds, fullscreen: a.fullscreen });
    else if (a.type === 'restore') Object.assign(byKey.get(a.key)!, { minimized: false, visible: true });
    else byKey.get(a.key)!.visible = a.type === 'show';
  }
  return [...byKey.values()];
}

const plan = (displays: DisplaySnapshot[], now = 0): WindowPlacement[] =>
  planScreens({ panelIds: ['1', '2', '3'], displays, remembered: [], screens, now }).placements;

describe('reconcile windows', () => {
  it('creates one window per panel at start, then has nothing to do', () => {
    const placements = plan([monitor(1, 0), monitor(2, 1), monitor(3, 2)]);
    const first = reconcileWindows([], placements);
    expect(first.map((a) => a.type)).toEqual(['create', 'create', 'create']);
    expect(reconcileWindows(apply([], first), placements)).toEqual([]);
  });

  it('moves a window to the remaining display when its display goes, then back when it returns', () => {
    const three = [monitor(1, 0), monitor(2, 1), monitor(3, 2)];
    let windows = apply([], reconcileWindows([], plan(three)));
    const unplugged = reconcileWindows(windows, plan([three[0]!, three[2]!]));
    expect(unplugged).toEqual([
      { type: 'move', key: 'panel:2', bounds: three[2]!.bounds, fullscreen: true },
      { type: 'hide', key: 'panel:3' },
    ]);
    windows = apply(windows, unplugged);
    const back = reconcileWindows(windows, plan(three));
    expect(back).toEqual([
      { type: 'move', key: 'panel:2', bounds: three[1]!.bounds, fullscreen: true },
      { type: 'show', key: 'panel:3' },
    ]);
    expect(reconcileWindows(apply(windows, back), plan(three))).toEqual([]);
  });

  it('shows the next panel before hiding the previous one at each turn', () => {
    const two = [monitor(1, 0), monitor(2, 1)];
    const windows = apply([], reconcileWindows([], plan(two, 0)));
    expect(reconcileWindows(windows, plan(two, 30_000))).toEqual([
      { type: 'show', key: 'panel:3' },
      { type: 'hide', key: 'panel:2' },
    ]);
  });

  it('closes the window of a display that went away and creates one for a new display', () => {
    const four = [monitor(1, 0), monitor(2, 1), monitor(3, 2), monitor(4, 3)];
    const windows = apply([], reconcileWindows([], plan(four)));
    expect(windows.map((w) => w.key)).toContain('dark@4');
    const actions = reconcileWindows(windows, plan([monitor(1, 0), monitor(2, 1), monitor(3, 2), monitor(5, 3)]));
    expect(actions.map((a) => [a.type, a.type === 'create' ? a.placement.key : a.key])).toEqual([
      ['close', 'dark@4'],
      ['create', 'dark@5'],
    ]);
  });

  it('does not move a fullscreen window that the window manager shaved a few pixels off', () => {
    const placements = plan([monitor(1, 0)]).slice(0, 1);
    const shaved: WindowState = {
      key: 'panel:1',
      bounds: { x: 0, y: 28, width: 1920, height: 1052 },
      fullscreen: true,
      visible: true,
      minimized: false,
    };
    expect(reconcileWindows([shaved], placements)).toEqual([]);
    expect(reconcileWindows([{ ...shaved, fullscreen: false }], placements)).toEqual([
      { type: 'move', key: 'panel:1', bounds: placements[0]!.bounds, fullscreen: true },
    ]);
  });

  it('restores a panel someone minimised (Win+D, a click on the taskbar), and moves it only once it is back', () => {
    const three = [monitor(1, 0), monitor(2, 1), monitor(3, 2)];
    let windows = apply([], reconcileWindows([], plan(three)));
    // Minimised windows report odd bounds on some systems (Windows: -32000): no move while minimised.
    windows = windows.map((w) =>
      w.key === 'panel:2'
        ? { ...w, minimized: true, visible: false, bounds: { x: -32000, y: -32000, width: 160, height: 28 } }
        : w,
    );
    const actions = reconcileWindows(windows, plan(three));
    expect(actions).toEqual([{ type: 'restore', key: 'panel:2' }]);
    windows = apply(windows, actions).map((w) => (w.key === 'panel:2' ? { ...w, bounds: three[0]!.bounds } : w));
    expect(reconcileWindows(windows, plan(three))).toEqual([
      { type: 'move', key: 'panel:2', bounds: three[1]!.bounds, fullscreen: true },
    ]);
  });

  it('shows again a panel someone hid, and leaves alone one minimised while it is not its turn', () => {
    const two = [monitor(1, 0), monitor(2, 1)];
    let windows = apply([], reconcileWindows([], plan(two, 0)));
    windows = windows.map((w) =>
      w.key === 'panel:1' ? { ...w, visible: false } : w.key === 'panel:3' ? { ...w, minimized: true } : w,
    );
    expect(reconcileWindows(windows, plan(two, 0))).toEqual([{ type: 'show', key: 'panel:1' }]);
    expect(reconcileWindows(windows, plan(two, 30_000))).toEqual([
      { type: 'show', key: 'panel:1' },
      { type: 'restore', key: 'panel:3' },
      { type: 'hide', key: 'panel:2' },
    ]);
  });
});
