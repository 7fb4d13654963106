// The Stores view's calls (docs/fleet.md's contract): the paired stores, a new pairing code, a store removed.
import type { FleetStoresResponse, PairingCodeResponse } from '../../../shared/fleet-contract.ts';
import { settingsCall as call } from '../settings-request.ts';

export function getStores(): Promise<FleetStoresResponse> {
  return call('GET', '/api/settings/fleet/stores');
}

export function createPairingCode(storeName: string, profileId?: string): Promise<PairingCodeResponse> {
  return call('POST', '/api/settings/fleet/pairing-codes', { storeName, ...(profileId ? { profileId } : {}) });
}

/** The store's profile (null: the hub's own panels); its screens read as that profile at once. */
export async function assignProfile(id: string, profileId: string | null): Promise<void> {
  const response = await fetch(`/api/settings/fleet/stores/${encodeURIComponent(id)}/profile`, {
    method: 'PUT',
    credentials: 'same-origin',
    headers: { 'X-Social-Wall': '1', 'Content-Type': 'application/json' },
    body: JSON.stringify({ profileId }),
  });
  if (!response.ok) {
    const refused = (await response.json().catch(() => undefined)) as { error?: string } | undefined;
    throw new Error(refused?.error ?? `${response.status} ${response.statusText}`);
  }
}

export async function revokeStore(id: string): Promise<void> {
  const response = await fetch(`/api/settings/fleet/stores/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    credentials: 'same-origin',
    headers: { 'X-Social-Wall': '1' },
  });
  if (!response.ok && response.status !== 404) throw new Error(`${response.status} ${response.statusText}`);
}
