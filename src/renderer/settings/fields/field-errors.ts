// The server's field errors, by path, for the inputs to show next to themselves.
import type { FieldErrorView } from '../../../shared/settings-contract.ts';

export type FieldErrors = ReadonlyMap<string, string>;

export const NO_ERRORS: FieldErrors = new Map();

export function toFieldErrors(errors: readonly FieldErrorView[]): FieldErrors {
  const map = new Map<string, string>();
  for (const e of errors) map.set(e.field, map.has(e.field) ? `${map.get(e.field) ?? ''}; ${e.message}` : e.message);
  return map;
}

/** Errors under a prefix (e.g. "sources[2]"), to open the editor that holds them. */
export function hasErrorsUnder(errors: FieldErrors, prefix: string): boolean {
  for (const key of errors.keys())
    if (key === prefix || key.startsWith(`${prefix}.`) || key.startsWith(`${prefix}[`)) return true;
  return false;
}
