// Local times: the process's time zone is whatever the machine's is; every date here is built in local time.
import { describe, expect, it } from 'vitest';
import { inWindow, nextCheckAt, spreadOf } from '../../../src/main/updates/update-window.ts';

const at = (day: number, hh: number, mm = 0) => new Date(2026, 11, day, hh, mm, 0, 0);
const night = { from: '02:00', to: '05:00' };
const acrossMidnight = { from: '23:30', to: '01:30' };

describe('the night window', () => {
  it('holds its local hours, across midnight too', () => {
    expect(inWindow(at(8, 1, 59), night)).toBe(false);
    expect(inWindow(at(8, 2, 0), night)).toBe(true);
    expect(inWindow(at(8, 4, 59), night)).toBe(true);
    expect(inWindow(at(8, 5, 0), night)).toBe(false);
    expect(inWindow(at(8, 23, 45), acrossMidnight)).toBe(true);
    expect(inWindow(at(9, 1, 0), acrossMidnight)).toBe(true);
    expect(inWindow(at(9, 12, 0), acrossMidnight)).toBe(false);
  });

  it('a PC looks once a night, at its own moment of the first half', () => {
    // By day: tonight, 02:00 plus its share of 90 minutes.
    expect(nextCheckAt(at(8, 14).getTime(), night, null, 0.5)).toBe(at(9, 2, 45).getTime());
    // In the window, not yet looked this night: at its moment, or now when that is past.
    expect(nextCheckAt(at(9, 2, 10).getTime(), night, null, 0.5)).toBe(at(9, 2, 45).getTime());
    expect(nextCheckAt(at(9, 4, 0).getTime(), night, at(8, 2, 45).getTime(), 0.5)).toBe(at(9, 4, 0).getTime());
    // Already looked this night: the next night.
    expect(nextCheckAt(at(9, 3, 0).getTime(), night, at(9, 2, 45).getTime(), 0.5)).toBe(at(10, 2, 45).getTime());
    // A window across midnight, looked at 23:40: the next night's.
    const looked = at(8, 23, 40).getTime();
    expect(nextCheckAt(at(9, 0, 30).getTime(), acrossMidnight, looked, 0)).toBe(at(9, 23, 30).getTime());
  });

  it("a PC's moment comes from its name, the same at every start", () => {
    expect(spreadOf('pc-lyon-1')).toBe(spreadOf('pc-lyon-1'));
    expect(spreadOf('pc-lyon-1')).not.toBe(spreadOf('pc-lyon-2'));
    expect(spreadOf('pc-lyon-1')).toBeGreaterThanOrEqual(0);
    expect(spreadOf('pc-lyon-1')).toBeLessThan(1);
  });
});
