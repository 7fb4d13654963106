// The profile calls of the settings page: export (secrets left out, or sealed by a passphrase) and import
// (validated whole by the server: a 422 lists every refused field and nothing changed).
import type { ProfileExport, SettingsResponse } from '../../../shared/settings-contract.ts';
import { settingsRequest as call, type Refusable } from '../settings-request.ts';

export type { Refusable } from '../settings-request.ts';

/** Without a passphrase: every secret left out. With one (≥ 8 characters): the secrets sealed by it. */
export function exportProfile(passphrase?: string): Promise<Refusable<ProfileExport>> {
  return passphrase === undefined
    ? call('GET', '/api/settings/export')
    : call('POST', '/api/settings/export', { passphrase });
}

export function importProfile(profile: unknown, passphrase?: string): Promise<Refusable<SettingsResponse>> {
  return call('POST', '/api/settings/import', passphrase ? { profile, passphrase } : { profile });
}

/** Saves `text` as a file: a Blob behind an <a download> made in code (a download, which the CSP does not govern). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is not needed past it.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function profileFileName(sealed: boolean, now = new Date()): string {
  const day = now.toISOString().slice(0, 10);
  return `social-wall-profile${sealed ? '-sealed' : ''}-${day}.json`;
}

/** The session's note that the last import applied (the page reloads to show the imported settings). */
export const IMPORTED_FLAG = 'social-wall:profile-imported';
