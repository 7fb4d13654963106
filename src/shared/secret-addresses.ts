// Where a source's stored secrets may go: only to the addresses they were stored with. The server applies it
// when it puts a stored secret back (src/main/secrets/kept-secret.ts); the settings page applies the same
// rule to show a secret field as "stored" or "to enter" (src/renderer/settings/schema-form/secret-masks.ts).
import { canonical } from './canonical-json.ts';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const WEB_ADDRESS = /^\s*https?:\/\//i;

/** A source's own web addresses (an API's base URL, a feed): its top-level options whose value is one. */
function addressesOf(options: unknown): string {
  if (!isRecord(options)) return '{}';
  const addresses = Object.entries(options).flatMap(([key, value]) =>
    typeof value === 'string' && WEB_ADDRESS.test(value) ? [[key, value.trim()] as const] : [],
  );
  return canonical(Object.fromEntries(addresses));
}

/**
 * Whether a source's stored secrets may serve the options now given: the same web addresses (a changed or
 * removed API address is another host — a token is never sent there). Lists are judged item by item.
 */
export function sameAddresses(previous: unknown, submitted: unknown): boolean {
  return addressesOf(previous) === addressesOf(submitted);
}
