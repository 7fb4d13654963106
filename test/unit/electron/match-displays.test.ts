import { describe, expect, it } from 'vitest';
import { fingerprintDisplays } from '../../../src/main/electron/screens/display-fingerprint.ts';
import {
  matchRememberedDisplays,
  type RememberedPlacement,
} from '../../../src/main/electron/screens/match-displays.ts';
import { monitor } from './fake-displays.ts';

function remember(
  pairs: Array<[string, ReturnType<typeof monitor>]>,
  all = pairs.map(([, d]) => d),
): RememberedPlacement[] {
  const prints = fingerprintDisplays(all);
  return pairs.map(([panelId, d]) => ({ panelId, display: prints.find((p) => p.id === d.id)! }));
}

describe('display fingerprints', () => {
  it('ranks displays left to right whatever order the OS lists them in', () => {
    const prints = fingerprintDisplays([
      monitor(7, 2),
      monitor(3, 0),
      { ...monitor(9, 1), bounds: { x: 1920, y: -1080, width: 1920, height: 1080 } },
    ]);
    expect(prints.map((p) => [p.id, p.rank])).toEqual([
      [3, 0],
      [9, 1],
      [7, 2],
    ]);
  });
});

describe('matching remembered displays', () => {
  const a = monitor(1, 0, 'LG 27UL500');
  const b = monitor(2, 1, 'DELL U2419H');
  const c = monitor(3, 2, 'Samsung C24');
  const before = remember([
    ['1', a],
    ['2', b],
    ['3', c],
  ]);

  it('finds each panel by id and label when nothing changed', () => {
    expect(matchRememberedDisplays(before, fingerprintDisplays([c, a, b]))).toEqual([
      { panelId: '1', displayId: 1, tier: 'id+label' },
      { panelId: '2', displayId: 2, tier: 'id+label' },
      { panelId: '3', displayId: 3, tier: 'id+label' },
    ]);
  });

  it('follows a display whose id changed by its label and size, even when it moved to another port', () => {
    const now = [monitor(11, 0, 'Samsung C24'), monitor(12, 1, 'LG 27UL500'), monitor(13, 2, 'DELL U2419H')];
    expect(
      matchRememberedDisplays(before, fingerprintDisplays(now)).map((m) => [m.panelId, m.displayId, m.tier]),
    ).toEqual([
      ['1', 12, 'label+size'],
      ['2', 13, 'label+size'],
      ['3', 11, 'label+size'],
    ]);
  });

  it('tells identical monitors with new ids apart by their left-to-right rank', () => {
    const same = [monitor(1, 0), monitor(2, 1), monitor(3, 2)];
    const remembered = remember([
      ['3', same[0]!],
      ['1', same[1]!],
      ['2', same[2]!],
    ]);
    const now = [monitor(21, 2), monitor(22, 0), monitor(23, 1)];
    expect(matchRememberedDisplays(remembered, fingerprintDisplays(now)).map((m) => [m.panelId, m.displayId])).toEqual([
      ['3', 22],
      ['1', 23],
      ['2', 21],
    ]);
  });

  it('does not let a weaker match take a display a stronger one claims', () => {
    // Panel 2's monitor came back with a new id on the left port; panel 1's old place (rank 0) is now its.
    const remembered = remember([
      ['1', monitor(1, 0, 'Old')],
      ['2', monitor(2, 1, 'DELL U2419H')],
    ]);
    const now = fingerprintDisplays([monitor(5, 0, 'DELL U2419H'), monitor(6, 1, 'New')]);
    expect(matchRememberedDisplays(remembered, now).map((m) => [m.panelId, m.displayId, m.tier])).toEqual([
      ['2', 5, 'label+size'],
    ]);
  });

  it('matches a replaced monitor of the same size by its place', () => {
    const remembered = remember([
      ['1', monitor(1, 0, 'Old')],
      ['2', monitor(2, 1, 'DELL U2419H')],
    ]);
    const now = fingerprintDisplays([monitor(5, 0, 'New'), monitor(6, 1, 'DELL U2419H')]);
    expect(matchRememberedDisplays(remembered, now).map((m) => [m.panelId, m.displayId, m.tier])).toEqual([
      ['2', 6, 'label+size'],
      ['1', 5, 'size+rank'],
    ]);
  });

  it('falls back to the rank alone when the size changed too', () => {
    const remembered = remember([['1', monitor(1, 0, 'Old')]]);
    const now = fingerprintDisplays([monitor(9, 0, 'New 4K', 3840, 2160, 2)]);
    expect(matchRememberedDisplays(remembered, now)).toEqual([{ panelId: '1', displayId: 9, tier: 'rank' }]);
  });

  it('leaves a panel unmatched when its display is gone and nothing fits', () => {
    expect(matchRememberedDisplays(before, fingerprintDisplays([a, b])).map((m) => m.panelId)).toEqual(['1', '2']);
  });
});
