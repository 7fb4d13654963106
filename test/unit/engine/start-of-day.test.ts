// "Today" of the statistics: midnight in the wall's time zone, also on the days the clocks change.
import { describe, expect, it } from 'vitest';
import { startOfDayMs } from '../../../src/main/engine/start-of-day.ts';

const at = (iso: string) => Date.parse(iso);

describe('startOfDayMs', () => {
  it('is midnight in the given zone, whatever the hour', () => {
    expect(startOfDayMs(at('2026-12-07T20:30:00Z'), 'Europe/Paris')).toBe(at('2026-12-06T23:00:00Z'));
    expect(startOfDayMs(at('2026-12-07T23:30:00Z'), 'Europe/Paris')).toBe(at('2026-12-07T23:00:00Z'));
    expect(startOfDayMs(at('2026-12-07T20:30:00Z'), 'Asia/Tokyo')).toBe(at('2026-12-07T15:00:00Z'));
    expect(startOfDayMs(at('2026-12-07T02:00:00Z'), 'America/New_York')).toBe(at('2026-12-06T05:00:00Z'));
  });

  it('takes the offset of midnight on a day the clocks change, not the one of now', () => {
    // Paris went to summer time at 02:00 on 29 March 2026: midnight was still UTC+1.
    expect(startOfDayMs(at('2026-03-29T12:00:00Z'), 'Europe/Paris')).toBe(at('2026-03-28T23:00:00Z'));
    // And back on 25 October: midnight was UTC+2.
    expect(startOfDayMs(at('2026-10-25T12:00:00Z'), 'Europe/Paris')).toBe(at('2026-10-24T22:00:00Z'));
  });

  it('answers the same from the formatter it keeps, call after call', () => {
    const now = at('2026-12-07T20:30:00Z');
    const first = startOfDayMs(now, 'Europe/Paris');
    for (let i = 0; i < 3; i++) expect(startOfDayMs(now, 'Europe/Paris')).toBe(first);
  });
});
