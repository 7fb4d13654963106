import { describe, expect, it } from 'vitest';
import type { ScreensConfig } from '../../../src/shared/config.ts';
import type { DisplaySnapshot } from '../../../src/main/electron/screens/display-fingerprint.ts';
import type { RememberedPlacement } from '../../../src/main/electron/screens/match-displays.ts';
import {
  planScreens,
  preferredOrder,
  splitColumns,
  type ScreenPlan,
} from '../../../src/main/electron/screens/screen-plan.ts';
import { monitor } from './fake-displays.ts';

const PANELS = ['1', '2', '3'];
const screens = (over: Partial<ScreensConfig> = {}): ScreensConfig => ({
  leftToRight: [],
  fewerScreens: 'rotate',
  rotateSeconds: 30,
  extraScreens: 'dark',
  ...over,
});

/** Runs plans one after the other, carrying what was remembered, like the shell does across events and reboots. */
function sequence(steps: DisplaySnapshot[][], config = screens()): ScreenPlan[] {
  let remembered: RememberedPlacement[] = [];
  return steps.map((displays) => {
    const plan = planScreens({ panelIds: PANELS, displays, remembered, screens: config, now: 0 });
    remembered = plan.remembered;
    return plan;
  });
}

const where = (plan: ScreenPlan) => Object.fromEntries(plan.placements.map((p) => [p.key, p.displayId]));

describe('screen plan', () => {
  it('puts the panels on the displays left to right the first time', () => {
    const [plan] = sequence([[monitor(30, 2), monitor(10, 0), monitor(20, 1)]]);
    expect(where(plan!)).toEqual({ 'panel:1': 10, 'panel:2': 20, 'panel:3': 30 });
    expect(plan!.placements.every((p) => p.fullscreen && p.visible)).toBe(true);
    expect(plan!.placements[1]!.bounds).toEqual({ x: 1920, y: 0, width: 1920, height: 1080 });
  });

  it('follows screens.leftToRight for displays it has never seen', () => {
    const plan = planScreens({
      panelIds: PANELS,
      displays: [monitor(1, 0), monitor(2, 1), monitor(3, 2)],
      remembered: [],
      screens: screens({ leftToRight: ['3'] }),
      now: 0,
    });
    expect(where(plan)).toEqual({ 'panel:3': 1, 'panel:1': 2, 'panel:2': 3 });
    expect(preferredOrder(PANELS, ['2', '2', 'gone'])).toEqual(['2', '1', '3']);
  });

  it('keeps each panel on its display across an unplug and re-plug, and when ids change after a reboot', () => {
    const a = monitor(1, 0, 'A'),
      b = monitor(2, 1, 'B'),
      c = monitor(3, 2, 'C');
    const plans = sequence([
      [a, b, c],
      [a, c], // B unplugged: panel 2 takes turns with panel 3 on the rightmost display
      [a, b, c], // B back
      [monitor(7, 0, 'A'), monitor(8, 1, 'B'), monitor(9, 2, 'C')], // reboot: new ids
      [monitor(8, 0, 'B'), monitor(9, 1, 'C'), monitor(7, 2, 'A')], // cables swapped: panels follow their monitors
    ]);
    expect(plans.map(where)).toEqual([
      { 'panel:1': 1, 'panel:2': 2, 'panel:3': 3 },
      { 'panel:1': 1, 'panel:2': 3, 'panel:3': 3 },
      { 'panel:1': 1, 'panel:2': 2, 'panel:3': 3 },
      { 'panel:1': 7, 'panel:2': 8, 'panel:3': 9 },
      { 'panel:1': 7, 'panel:2': 8, 'panel:3': 9 },
    ]);
    expect(plans[1]!.how).toEqual({ '1': 'id+label', '2': 'shared', '3': 'id+label' });
    // While shared, panel 2 still remembers display B.
    expect(plans[1]!.remembered.find((r) => r.panelId === '2')?.display.label).toBe('B');
  });

  it('keeps identical monitors in place when their ids change, by their left-to-right rank', () => {
    const plans = sequence([
      [monitor(1, 0), monitor(2, 1), monitor(3, 2)],
      [monitor(41, 2), monitor(42, 1), monitor(43, 0)],
    ]);
    expect(where(plans[1]!)).toEqual({ 'panel:1': 43, 'panel:2': 42, 'panel:3': 41 });
  });

  it('with fewer displays, rotates the leftover panels on the last display, one visible at a time', () => {
    const displays = [monitor(1, 0), monitor(2, 1)];
    const at = (now: number) =>
      planScreens({ panelIds: PANELS, displays, remembered: [], screens: screens({ rotateSeconds: 30 }), now });
    const visible = (plan: ScreenPlan) => plan.placements.filter((p) => p.visible).map((p) => p.key);
    expect(visible(at(0))).toEqual(['panel:1', 'panel:2']);
    expect(visible(at(30_000))).toEqual(['panel:1', 'panel:3']);
    expect(visible(at(60_000))).toEqual(['panel:1', 'panel:2']);
    expect(
      at(0)
        .placements.filter((p) => p.displayId === 2)
        .every((p) => p.fullscreen),
    ).toBe(true);
  });

  it('with one display and split, shares it side by side', () => {
    const plan = planScreens({
      panelIds: PANELS,
      displays: [monitor(1, 0)],
      remembered: [],
      screens: screens({ fewerScreens: 'split' }),
      now: 0,
    });
    expect(plan.placements.map((p) => [p.key, p.bounds.x, p.bounds.width, p.fullscreen, p.visible])).toEqual([
      ['panel:1', 0, 640, false, true],
      ['panel:2', 640, 640, false, true],
      ['panel:3', 1280, 640, false, true],
    ]);
    expect(splitColumns({ x: 0, y: 0, width: 1000, height: 10 }, 3).map((r) => r.width)).toEqual([333, 333, 334]);
  });

  it('with more displays, leaves the extra ones dark or repeats the chosen panel', () => {
    const displays = [monitor(1, 0), monitor(2, 1), monitor(3, 2), monitor(4, 3)];
    const dark = planScreens({ panelIds: PANELS, displays, remembered: [], screens: screens(), now: 0 });
    expect(dark.placements[3]).toMatchObject({
      key: 'dark@4',
      content: { kind: 'dark' },
      displayId: 4,
      fullscreen: true,
    });
    const repeat = planScreens({
      panelIds: PANELS,
      displays,
      remembered: [],
      screens: screens({ extraScreens: 'repeat', repeatPanel: '3' }),
      now: 0,
    });
    expect(repeat.placements[3]).toMatchObject({
      key: 'repeat:3@4',
      content: { kind: 'panel', panelId: '3' },
      displayId: 4,
    });
    const first = planScreens({
      panelIds: PANELS,
      displays,
      remembered: [],
      screens: screens({ extraScreens: 'repeat' }),
      now: 0,
    });
    expect(first.placements[3]?.key).toBe('repeat:1@4');
  });

  it('plans nothing without displays and forgets no panel', () => {
    const [first] = sequence([[monitor(1, 0), monitor(2, 1), monitor(3, 2)]]);
    const plan = planScreens({
      panelIds: PANELS,
      displays: [],
      remembered: first!.remembered,
      screens: screens(),
      now: 0,
    });
    expect(plan.placements).toEqual([]);
    expect(plan.remembered).toHaveLength(3);
  });

  it('drops what it remembered of a panel that left the configuration', () => {
    const [first] = sequence([[monitor(1, 0), monitor(2, 1), monitor(3, 2)]]);
    const plan = planScreens({
      panelIds: ['1', '3'],
      displays: [monitor(1, 0), monitor(2, 1), monitor(3, 2)],
      remembered: first!.remembered,
      screens: screens(),
      now: 0,
    });
    expect(where(plan)).toEqual({ 'panel:1': 1, 'panel:3': 3, 'dark@2': 2 });
    expect(plan.remembered.map((r) => r.panelId)).toEqual(['1', '3']);
  });
});
