// The hub ↔ store contract (issue 18, docs/fleet.md): pairing a store PC with a one-time code, its store token,
// and the hub's list of stores. The follower (src/main/fleet/follower/) and the hub's settings both speak it.
import { z } from 'zod';
import type { UpdateStatusView } from './update-contract.ts';

/** The header a store PC sends with every request: its application's version. */
export const VERSION_HEADER = 'X-Social-Wall-Version';

/** A store token begins so: the hub tells it from a display token at a glance. */
export const STORE_TOKEN_PREFIX = 'sws_';

const name = z.string().trim().min(1, 'required').max(80, 'at most 80 characters');

/** POST /api/settings/fleet/pairing-codes (admin). */
export const PairingCodeRequestSchema = z.object({ storeName: name, profileId: z.string().min(1).optional() });
export type PairingCodeRequest = z.infer<typeof PairingCodeRequestSchema>;
export interface PairingCodeResponse {
  /** `XXXX-XXXX`; when redeemed, case, spaces and the dash do not matter. */
  code: string;
  /** ISO instant: 10 minutes after it was made. */
  expiresAt: string;
}

/** PUT /api/settings/fleet/stores/:id/profile (admin): the store's profile; null: the hub's own panels. */
export const AssignProfileRequestSchema = z.object({ profileId: z.string().min(1).max(40).nullable() });
export type AssignProfileRequest = z.infer<typeof AssignProfileRequestSchema>;

/** POST /api/fleet/pair (no credential; rate-limited). */
export const PairRequestSchema = z.object({ code: z.string().max(40), deviceName: name });
export type PairRequest = z.infer<typeof PairRequestSchema>;
export interface PairResponse {
  storeToken: string;
  storeId: string;
  profileId: string | null;
}

/** GET /api/settings/fleet/stores (admin). */
export interface FleetStoreView {
  id: string;
  name: string;
  deviceName: string;
  profileId: string | null;
  pairedAt: string;
  lastContactAt: string | null;
  version: string | null;
  /** The PC's last report of its updates (src/shared/update-contract.ts); null before its first. */
  update: UpdateStatusView | null;
}
export interface FleetStoresResponse {
  stores: FleetStoreView[];
}

/** The answer to a store whose token is unknown or revoked (401). */
export const REVOKED_MESSAGE = "This store's access was revoked on the hub: pair it again.";
/** The answer to a code unknown, used or expired (401): the same for the three, so that guessing learns nothing. */
export const BAD_CODE_MESSAGE =
  'This pairing code is unknown, used or expired: create a new one on the hub (settings, Magasins).';
