// Network timestamps as epoch ms, or undefined when unreadable (the item is then counted as invalid).
export function epochMs(value: unknown): number | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : t;
}

/** An ISO instant in UTC ("+0000" and friends normalised to Z). */
export function isoUtc(value: unknown): string | undefined {
  const t = epochMs(value);
  return t === undefined ? undefined : new Date(t).toISOString();
}
