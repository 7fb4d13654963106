// What a file given to the settings' Import is: a profile (exported by a wall: its `format`), a wall's own
// config.json (the settings as a wall keeps them: no `format`, the configuration's keys), or neither. The
// server opens each its own way; the page says which it is before the import.

/** The top-level keys of a wall's config.json (src/shared/config.ts). */
const CONFIG_KEYS = [
  'sources',
  'panels',
  'brand',
  'language',
  'screens',
  'moderation',
  'kiosk',
  'server',
  'retentionDays',
  'responseTargetMinutes',
  'timeZone',
];

export type ImportedKind = 'profile' | 'config' | 'unknown';

export function importedKind(file: unknown): ImportedKind {
  if (typeof file !== 'object' || file === null || Array.isArray(file)) return 'unknown';
  const record = file as Record<string, unknown>;
  if (record['format'] === 'social-wall-profile') return 'profile';
  if (record['format'] === undefined && CONFIG_KEYS.some((k) => k in record)) return 'config';
  return 'unknown';
}
