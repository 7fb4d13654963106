// The settings page's client for /api/settings (typed by SettingsRoutes). Every state-changing call carries
// the X-Social-Wall header the server's CSRF check asks for; the admin cookie set when the settings URL was
// opened authenticates it.
import type {
  FieldErrorView,
  IdentifyScreensResponse,
  MaskedWallConfig,
  SettingsResponse,
  SettingsRoutes,
  SourceTestResponse,
} from '../../shared/settings-contract.ts';
import { settingsCall, settingsRequest } from './settings-request.ts';

export type SaveResult = { ok: true; settings: SettingsResponse } | { ok: false; errors: FieldErrorView[] };

type Method = 'GET' | 'POST' | 'PUT';

/** A call typed by the settings contract: its method and path name the answer's type. */
function send<R extends keyof SettingsRoutes>(method: Method, url: string, body?: unknown) {
  return settingsRequest<SettingsRoutes[R]>(method, url, body);
}

/** The kiosk shows a big number on each display (Electron only; the page offers it when canIdentifyScreens). */
export async function identifyScreens(): Promise<IdentifyScreensResponse> {
  return settingsCall<SettingsRoutes['POST /api/settings/screens/identify']>('POST', '/api/settings/screens/identify');
}

export async function getSettings(): Promise<SettingsResponse> {
  return settingsCall<SettingsRoutes['GET /api/settings']>('GET', '/api/settings');
}

export async function putSettings(config: MaskedWallConfig): Promise<SaveResult> {
  const result = await send<'PUT /api/settings'>('PUT', '/api/settings', config);
  return result.ok ? { ok: true, settings: result.value } : result;
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
  return result.ok ? result.value : { ok: false, errors: result.errors };
}
