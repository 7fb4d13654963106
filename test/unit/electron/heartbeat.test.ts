// A hung panel is found by its heartbeat, not by Electron's 'unresponsive' event (which needs input the
// panels never get): the rule as a pure function of the shell's ticks, then the windows that apply it,
// with fake windows whose page can hang.
import { describe, expect, it, vi } from 'vitest';
import { IDLE, MISSES_TO_HANG, onTick, type BeatState } from '../../../src/main/electron/recovery/heartbeat.ts';
import { KioskWindows } from '../../../src/main/electron/windows/kiosk-windows.ts';
import { memoryLogger } from '../../../src/main/logger.ts';
import { planScreens } from '../../../src/main/electron/screens/screen-plan.ts';
import { reconcileWindows } from '../../../src/main/electron/screens/reconcile-windows.ts';
import { FakeBrowserWindow } from './fake-electron.ts';
import { monitor } from './fake-displays.ts';

describe('the heartbeat rule', () => {
  it('asks on a tick, and asks again on the next one once the page answered', () => {
    const first = onTick(IDLE);
    expect(first).toEqual({ state: { pending: true, misses: 0 }, ask: true, hung: false });
    expect(onTick(IDLE).ask).toBe(true); // answered (back to IDLE): asked again
  });

  it(`calls a page hung when ${MISSES_TO_HANG} more ticks pass without an answer, and only then`, () => {
    let state: BeatState = IDLE;
    const steps = Array.from({ length: MISSES_TO_HANG + 1 }, () => {
      const step = onTick(state);
      state = step.state;
      return [step.ask, step.hung];
    });
    expect(steps).toEqual([[true, false], ...Array(MISSES_TO_HANG - 1).fill([false, false]), [false, true]]);
    expect(state).toEqual(IDLE); // a new count after the reload
  });
});

function kioskWindows() {
  const onFailure = vi.fn();
  const created: FakeBrowserWindow[] = [];
  const windows = new KioskWindows({
    createWindow: (options) => {
      const window = new FakeBrowserWindow(options as ConstructorParameters<typeof FakeBrowserWindow>[0]);
      created.push(window);
      return window as unknown as Electron.BrowserWindow;
    },
    panelUrl: (id) => `http://127.0.0.1:1/panel/${id}?token=t`,
    shortcuts: () => ({
      settings: { control: true, alt: true, shift: true, meta: false, key: 'S' },
      identify: { control: true, alt: true, shift: true, meta: false, key: 'N' },
    }),
    settings: { open: () => undefined },
    identifyScreens: () => undefined,
    onFailure,
    onDisturbed: () => undefined,
    logger: memoryLogger(),
  });
  const placements = planScreens({
    panelIds: ['1', '2'],
    displays: [monitor(1, 0), monitor(2, 1)],
    remembered: [],
    screens: { leftToRight: [], fewerScreens: 'rotate', rotateSeconds: 30, extraScreens: 'dark' },
    now: 0,
  }).placements;
  windows.apply(reconcileWindows([], placements));
  return { windows, created, onFailure };
}

const settle = () => new Promise((r) => setImmediate(r));

describe('the windows’ heartbeat', () => {
  it('leaves a living panel alone, however long it runs', async () => {
    const { windows, created, onFailure } = kioskWindows();
    await settle();
    for (let i = 0; i < 20; i++) {
      windows.beat();
      await settle();
    }
    expect(created[0]!.webContents.heartbeats).toBe(20);
    expect(onFailure).not.toHaveBeenCalled();
  });

  it('kills the renderer of a panel that stopped answering and reports it once, as unresponsive', async () => {
    const { windows, created, onFailure } = kioskWindows();
    await settle();
    created[1]!.webContents.hung = true; // e.g. a script in an endless loop
    for (let i = 0; i <= MISSES_TO_HANG; i++) {
      windows.beat();
      await settle();
    }
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(onFailure).toHaveBeenCalledWith('panel:2', 'unresponsive', { silentTicks: MISSES_TO_HANG });
    await settle(); // the renderer's death that follows the kill is not a second failure
    expect(onFailure).toHaveBeenCalledTimes(1);
    // A real crash later is reported again.
    created[1]!.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(onFailure).toHaveBeenLastCalledWith('panel:2', 'crashed', { crashReason: 'crashed', exitCode: 139 });
  });

  it('does not count a page that is loading, nor an answer from the page before a reload', async () => {
    const { windows, created, onFailure } = kioskWindows();
    await settle();
    const contents = created[0]!.webContents;
    contents.hung = true;
    windows.beat(); // asked; no answer
    await settle();
    windows.reload('panel:1'); // loading: not asked, not counted
    windows.beat();
    windows.beat();
    expect(contents.heartbeats).toBe(1);
    await settle(); // loaded; still hung
    for (let i = 0; i < MISSES_TO_HANG; i++) windows.beat();
    expect(onFailure).not.toHaveBeenCalled(); // the count started again with the new page
    windows.beat();
    expect(onFailure).toHaveBeenCalledWith('panel:1', 'unresponsive', { silentTicks: MISSES_TO_HANG });
  });
});
