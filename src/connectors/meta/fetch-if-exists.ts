// Re-reads one item by id: its latest version, or 'gone' when Graph says it no longer exists (a 404, or
// code 100 subcode 33). Any other failure (token, throttling, 5xx) fails the poll as usual.
import { GraphApiError } from './graph-api-error.ts';
import type { GraphClient } from './graph-client.ts';

export const GONE = Symbol('gone');

/** The item as Graph sends it (unread: `unknown`), or GONE. */
export async function fetchIfExists(
  client: GraphClient,
  id: string,
  fields: string,
  signal?: AbortSignal,
): Promise<unknown> {
  try {
    return await client.get(`/${encodeURIComponent(id)}`, { fields }, signal);
  } catch (err) {
    if (err instanceof GraphApiError && err.objectGone) return GONE;
    throw err;
  }
}
