// The store PC's pairing with its hub, done once: a one-time code shown on the hub's settings is traded for the
// store's own token (POST /api/fleet/pair, docs/fleet.md), which is kept sealed like the sources' secrets (the
// SecretStore: the OS keyring in the kiosk, the key file headless) in store-pairing.json. Later starts read it
// back; a new --pair replaces it. The token itself is never written in clear nor logged.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../../files/atomic-file.ts';
import type { SecretStore } from '../../secrets/secret-store.ts';
import { HubClient, HubError } from './hub-client.ts';

export const STORE_PAIRING_FILE = 'store-pairing.json';

export interface StorePairing {
  hub: string;
  storeId: string;
  profileId: string | null;
  token: string;
}

const PairAnswerSchema = z.object({
  storeToken: z.string().min(1),
  storeId: z.string().min(1),
  profileId: z.string().nullable().optional(),
});

const PairingFileSchema = z.object({
  hub: z.string(),
  storeId: z.string(),
  profileId: z.string().nullable(),
  sealedToken: z.string(),
});

/** Trades a pairing code for a store token. @throws HubError (`revoked`: the code is unknown, used or expired). */
export async function redeemPairingCode(
  hub: string,
  code: string,
  deviceName: string,
  version: string,
): Promise<StorePairing> {
  const answer = await new HubClient({ hub, version }).post('/api/fleet/pair', { code, deviceName });
  const parsed = PairAnswerSchema.safeParse(answer);
  if (!parsed.success) throw new HubError('bad-answer', 'The hub answered the pairing without a store token.');
  return { hub, storeId: parsed.data.storeId, profileId: parsed.data.profileId ?? null, token: parsed.data.storeToken };
}

export class StorePairingFile {
  private readonly path: string;

  constructor(
    dataDir: string,
    private readonly secrets: SecretStore,
  ) {
    this.path = join(dataDir, STORE_PAIRING_FILE);
  }

  /** The pairing kept for `hub`; undefined when there is none (or for another hub, or it cannot be opened). */
  read(hub: string): StorePairing | undefined {
    if (!existsSync(this.path)) return undefined;
    try {
      const kept = PairingFileSchema.parse(JSON.parse(readFileSync(this.path, 'utf8')));
      if (kept.hub !== hub) return undefined;
      return { hub, storeId: kept.storeId, profileId: kept.profileId, token: this.secrets.open(kept.sealedToken) };
    } catch {
      return undefined;
    }
  }

  write(pairing: StorePairing): void {
    const { token, ...rest } = pairing;
    writeFileAtomically(this.path, JSON.stringify({ ...rest, sealedToken: this.secrets.seal(token) }, null, 2), {
      mode: 0o600,
    });
  }
}
