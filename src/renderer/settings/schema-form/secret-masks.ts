// Which secret fields of a form show "stored — leave empty to keep": the server sends a mask for each stored
// secret and puts the secret back only for the same item and the same addresses (src/shared/secret-addresses.ts,
// src/main/secrets/kept-secret.ts). The form follows the same rule, so a mask is never sent where the server
// would refuse it, and a token is never meant for another host: values that move away drop their masks; moved
// back, they get them again.
import { canonical } from '../../../shared/canonical-json.ts';
import { sameAddresses } from '../../../shared/secret-addresses.ts';
import { isSecretMask } from './SecretInput.tsx';

type Values = Record<string, unknown>;

const isRecord = (v: unknown): v is Values => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A schema's secret properties (a property may be written as a union, e.g. optional). */
export function secretKeys(schema: Record<string, unknown>): string[] {
  const properties = isRecord(schema['properties']) ? schema['properties'] : {};
  const secret = (node: unknown): boolean =>
    isRecord(node) &&
    (node['secret'] === true ||
      ['anyOf', 'oneOf'].some((k) => Array.isArray(node[k]) && (node[k] as unknown[]).some(secret)));
  return Object.entries(properties)
    .filter(([, p]) => secret(p))
    .map(([key]) => key);
}

/** What a list item is, its secrets (and empty fields) left out: the same text for the same values. */
export function identityOf(item: Values, secrets: readonly string[]): string {
  return canonical(Object.fromEntries(Object.entries(item).filter(([k, v]) => !secrets.includes(k) && v !== '')));
}

/** The values with the masks `stored` holds where nothing new was typed; none when `stored` is undefined. */
export function withStoredMasks(values: Values, stored: Values | undefined, secrets: readonly string[]): Values {
  const next: Values = Object.fromEntries(Object.entries(values).filter(([, v]) => !isSecretMask(v)));
  for (const key of secrets)
    if (stored && isSecretMask(stored[key]) && (values[key] === undefined || isSecretMask(values[key])))
      next[key] = stored[key];
  return next;
}

/** A source's stored options, when its stored secrets may still serve these options (same type, same addresses). */
export function storedFor(
  options: Values,
  stored: { type: string; options: Values } | undefined,
  type: string,
): Values | undefined {
  return stored && stored.type === type && sameAddresses(stored.options, options) ? stored.options : undefined;
}
