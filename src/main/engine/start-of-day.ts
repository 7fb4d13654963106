// Midnight of the current day in a given IANA time zone ("today" in the statistics), without a library:
// Intl gives the wall-clock parts in that zone, from which the zone's offset follows.

const DEFAULT_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * One formatter per zone, kept: the statistics ask every second, and the first formatter of a process loads
 * ICU's data (25–50 ms of one event-loop turn), so the default zone's is made when this module loads, at start.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}
formatterFor(DEFAULT_TIME_ZONE);

function zoneOffsetMs(utcMs: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(utcMs);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

export function startOfDayMs(nowMs: number, timeZone: string = DEFAULT_TIME_ZONE): number {
  const offset = zoneOffsetMs(nowMs, timeZone);
  const local = nowMs + offset;
  const localMidnight = local - (((local % 86_400_000) + 86_400_000) % 86_400_000);
  // The offset at midnight may differ from now's (DST change during the day).
  return localMidnight - zoneOffsetMs(localMidnight - offset, timeZone);
}
