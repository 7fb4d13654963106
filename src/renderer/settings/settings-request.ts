// One call to the settings API, as every part of the settings page makes it: JSON in and out, the admin cookie
// that authenticates it, and on anything that changes state the X-Social-Wall header the server's CSRF check
// asks for. A 422 with field errors is a value (the page shows each next to its field); any other failure is an
// ApiError with the server's own words.
import type { ErrorResponse } from '../../shared/api-contract.ts';
import type { FieldErrorView, FieldErrorsResponse } from '../../shared/settings-contract.ts';
import { ApiError } from '../api/api-error.ts';

export const CSRF_HEADER = 'X-Social-Wall';

export type Refusable<T> = { ok: true; value: T } | { ok: false; errors: FieldErrorView[] };

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export async function settingsRequest<T>(method: Method, url: string, body?: unknown): Promise<Refusable<T>> {
  const response = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(method !== 'GET' ? { [CSRF_HEADER]: '1' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (response.status === 422) {
    const parsed: unknown = await response.json().catch(() => undefined);
    if (isFieldErrors(parsed)) return { ok: false, errors: parsed.errors };
  }
  if (!response.ok) throw await readError(response);
  return { ok: true, value: (await response.json()) as T };
}

/** The same call where a refusal is not about a form's fields: its messages become the ApiError's. */
export async function settingsCall<T>(method: Method, url: string, body?: unknown): Promise<T> {
  const result = await settingsRequest<T>(method, url, body);
  if (!result.ok) throw new ApiError(422, result.errors.map((e) => e.message).join('; '));
  return result.value;
}

async function readError(response: Response): Promise<ApiError> {
  let message = `${response.status} ${response.statusText}`.trim();
  try {
    const parsed = (await response.json()) as Partial<ErrorResponse>;
    if (typeof parsed.error === 'string') message = parsed.error;
  } catch {
    // Not JSON: keep the status line.
  }
  return new ApiError(response.status, message);
}

function isFieldErrors(body: unknown): body is FieldErrorsResponse {
  return typeof body === 'object' && body !== null && Array.isArray((body as { errors?: unknown }).errors);
}
