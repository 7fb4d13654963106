// The logo's upload and removal (POST/DELETE /api/settings/logo): the picture's bytes as the body, with its
// type; the answer is the settings as applied. Checked here first (type, size) so IT hears at once; the
// server checks again (and reads the magic bytes).
import type { SettingsResponse } from '../../../shared/settings-contract.ts';
import { ApiError } from '../../api/api-error.ts';

export const MAX_LOGO_BYTES = 512 * 1024;
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;

/** Where the settings page previews the current logo (the admin holds no display token). */
export const LOGO_PREVIEW_URL = '/api/settings/logo';

export type LogoFileProblem = { kind: 'type' } | { kind: 'size'; kb: number };

export function checkLogoFile(file: { type: string; size: number }): LogoFileProblem | undefined {
  if (!(LOGO_TYPES as readonly string[]).includes(file.type)) return { kind: 'type' };
  if (file.size > MAX_LOGO_BYTES) return { kind: 'size', kb: Math.ceil(file.size / 1024) };
  return undefined;
}

async function send(method: 'POST' | 'DELETE', body?: Blob): Promise<SettingsResponse> {
  const response = await fetch('/api/settings/logo', {
    method,
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'X-Social-Wall': '1', ...(body ? { 'content-type': body.type } : {}) },
    ...(body ? { body } : {}),
  });
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`.trim();
    try {
      const parsed = (await response.json()) as { error?: unknown; errors?: { message: string }[] };
      if (typeof parsed.error === 'string') message = parsed.error;
      else if (Array.isArray(parsed.errors)) message = parsed.errors.map((e) => e.message).join('; ');
    } catch {
      // Not JSON: keep the status line.
    }
    throw new ApiError(response.status, message);
  }
  return (await response.json()) as SettingsResponse;
}

export const uploadLogo = (file: Blob): Promise<SettingsResponse> => send('POST', file);
export const removeLogo = (): Promise<SettingsResponse> => send('DELETE');
