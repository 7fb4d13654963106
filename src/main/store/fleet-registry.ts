// The hub's register of paired stores (issue 18, docs/fleet.md): one-time pairing codes and the stores' tokens,
// both kept as sha-256 hashes only; and each store's last report of its updates. Both stores implement it
// (SQLite's migrations 011 and 013, PostgreSQL's steps 2 and 4).
import type { UpdateState } from '../../shared/update-contract.ts';

/** A store PC paired with this hub. */
export interface PairedStore {
  id: string;
  name: string;
  deviceName: string;
  profileId: string | null;
  pairedAtMs: number;
  lastContactAtMs: number | null;
  version: string | null;
}

export interface NewPairingCode {
  codeHash: string;
  storeName: string;
  profileId: string | null;
  createdAtMs: number;
  expiresAtMs: number;
}

export interface NewStore {
  id: string;
  deviceName: string;
  tokenHash: string;
}

/** A paired PC's last report of its updates (src/shared/update-contract.ts). */
export interface StoreUpdateReport {
  storeId: string;
  state: UpdateState;
  version: string;
  release: string | null;
  reason: string | null;
  reportedAtMs: number;
}

export interface FleetRegistry {
  /** Keeps a new code (and forgets codes that ran out more than a day ago). */
  addPairingCode(code: NewPairingCode): Promise<void>;
  /**
   * Uses the code if it is unused and runs until after `nowMs`, and registers the store it names, in one
   * transaction; undefined when the code cannot be used (unknown, used or expired: the caller says the same).
   */
  redeemPairingCode(codeHash: string, nowMs: number, store: NewStore): Promise<PairedStore | undefined>;
  /** The store holding this token, unless revoked. */
  storeByToken(tokenHash: string): Promise<PairedStore | undefined>;
  /** The store was heard from at `atMs`, running `version` (kept when null). */
  recordContact(id: string, atMs: number, version: string | null): Promise<void>;
  /** Paired stores not revoked, oldest paired first. */
  listStores(): Promise<PairedStore[]>;
  /** Assigns the store to a store profile (null: the hub's own panels); false when no such store. */
  assignProfile(id: string, profileId: string | null): Promise<boolean>;
  /** Revokes a store's token; false when no such store (or already revoked). */
  revokeStore(id: string, atMs: number): Promise<boolean>;
  /** Keeps a store's report of its updates (it replaces the one before). */
  recordUpdateReport(report: StoreUpdateReport): Promise<void>;
  /** The last report of every store that made one. */
  updateReports(): Promise<StoreUpdateReport[]>;
}
