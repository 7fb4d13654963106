// Midnight of the current day in a given IANA time zone ("today" in the statistics), without a library:
// Intl gives the wall-clock parts in that zone, from which the zone's offset follows.
function zoneOffsetMs(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(utcMs);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

export function startOfDayMs(
  nowMs: number,
  timeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone,
): number {
  const offset = zoneOffsetMs(nowMs, timeZone);
  const local = nowMs + offset;
  const localMidnight = local - (((local % 86_400_000) + 86_400_000) % 86_400_000);
  // The offset at midnight may differ from now's (DST change during the day).
  return localMidnight - zoneOffsetMs(localMidnight - offset, timeZone);
}
