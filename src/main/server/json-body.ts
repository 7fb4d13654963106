// Reads a request body as JSON for the API's routes: its size is already bounded by body-limits.ts; its
// nesting is bounded here, before parsing, so a hostile body is a 400 with a reason, never a stack overflow.
import type { Context } from 'hono';
import type { ErrorResponse } from '../../shared/api-contract.ts';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth.ts';

export type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400; error: string };

/** Parses `text` (empty: undefined), refusing a body nested deeper than MAX_JSON_DEPTH. */
export function parseJsonBody(text: string): JsonBody {
  if (text.trim() === '') return { ok: true, value: undefined };
  if (nestsDeeperThan(text, MAX_JSON_DEPTH))
    return { ok: false, status: 400, error: `The body nests deeper than ${MAX_JSON_DEPTH} levels.` };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400, error: 'The body is not valid JSON.' };
  }
}

export async function readJson(c: Context): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const body = parseJsonBody(await c.req.text());
  return body.ok ? body : { ok: false, response: c.json<ErrorResponse>({ error: body.error }, body.status) };
}
