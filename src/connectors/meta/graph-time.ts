// Graph timestamps come as "2026-03-01T10:15:00+0000"; the post schema wants ISO-8601 with "Z".

/** UTC ISO string, or undefined when the value is not a time. */
export function graphTimeToIso(value: string): string | undefined {
  const withColon = value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2');
  const ms = Date.parse(withColon);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** Epoch seconds of a Graph timestamp (0 when unreadable, so it never raises a high-water mark). */
export function graphTimeToSeconds(value: string): number {
  const iso = graphTimeToIso(value);
  return iso === undefined ? 0 : Math.floor(Date.parse(iso) / 1000);
}
