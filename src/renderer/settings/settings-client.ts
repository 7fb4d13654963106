// The settings page's client for /api/settings (typed by SettingsRoutes). Every state-changing call carries
// the X-Social-Wall header the server's CSRF check asks for; the admin cookie set when the settings URL was
// opened authenticates it.
import type { ErrorResponse } from '../../shared/api-contract.ts';
import type {
  FieldErrorView,
  FieldErrorsResponse,
  IdentifyScreensResponse,
  MaskedWallConfig,
  SettingsResponse,
  SettingsRoutes,
  SourceTestResponse,
} from '../../shared/settings-contract.ts';
import { ApiError } from '../api/api-error.ts';

const CSRF_HEADER = 'X-Social-Wall';

export type SaveResult = { ok: true; settings: SettingsResponse } | { ok: false; errors: FieldErrorView[] };

async function readError(response: Response): Promise<ApiError> {
  let message = `${response.status} ${response.statusText}`.trim();
  try {
    const body = (await response.json()) as Partial<ErrorResponse>;
    if (typeof body.error === 'string') message = body.error;
  } catch {
    // Not JSON: keep the status line.
  }
  return new ApiError(response.status, message);
}

function isFieldErrors(body: unknown): body is FieldErrorsResponse {
  return typeof body === 'object' && body !== null && Array.isArray((body as { errors?: unknown }).errors);
}

async function send<R extends keyof SettingsRoutes>(
  method: string,
  url: string,
  body?: unknown,
): Promise<{ ok: true; body: SettingsRoutes[R] } | { ok: false; errors: FieldErrorView[] }> {
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
    const parsed: unknown = await response.json();
    if (isFieldErrors(parsed)) return { ok: false, errors: parsed.errors };
  }
  if (!response.ok) throw await readError(response);
  return { ok: true, body: (await response.json()) as SettingsRoutes[R] };
}

/** The kiosk shows a big number on each display (Electron only; the page offers it when canIdentifyScreens). */
export async function identifyScreens(): Promise<IdentifyScreensResponse> {
  const result = await send<'POST /api/settings/screens/identify'>('POST', '/api/settings/screens/identify');
  if (!result.ok) throw new ApiError(422, result.errors.map((e) => e.message).join('; '));
  return result.body;
}

export async function getSettings(): Promise<SettingsResponse> {
  const result = await send<'GET /api/settings'>('GET', '/api/settings');
  if (!result.ok) throw new ApiError(422, result.errors.map((e) => e.message).join('; '));
  return result.body;
}

export async function putSettings(config: MaskedWallConfig): Promise<SaveResult> {
  const result = await send<'PUT /api/settings'>('PUT', '/api/settings', config);
  return result.ok ? { ok: true, settings: result.body } : result;
}

/** Tests the source as typed in the form (masked secrets are taken from the stored source of the same id). */
export async function testSource(
  source: MaskedWallConfig['sources'][number],
): Promise<SourceTestResponse | { ok: false; errors: FieldErrorView[] }> {
  const result = await send<'POST /api/settings/sources/:id/test'>(
    'POST',
    `/api/settings/sources/${encodeURIComponent(source.id || 'new')}/test`,
    { source },
  );
  return result.ok ? result.body : { ok: false, errors: result.errors };
}
