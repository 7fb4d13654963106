// The hub's side of pairing (docs/fleet.md's contract): IT makes a one-time code, a store PC trades it for its
// own token, every request of the store is checked against the register (and its contact and version noted),
// and IT revokes a store: its next request is refused and its open streams are closed at once.
import { randomUUID } from 'node:crypto';
import type {
  FleetStoreView,
  PairingCodeRequest,
  PairingCodeResponse,
  PairResponse,
} from '../../shared/fleet-contract.ts';
import type { Logger } from '../logger.ts';
import type { UpdateStatusView } from '../../shared/update-contract.ts';
import type { FleetRegistry, PairedStore, StoreUpdateReport } from '../store/fleet-registry.ts';
import { newPairingCode, newStoreToken, normalisePairingCode, secretHash } from './pairing-secrets.ts';

export const CODE_LIFETIME_MS = 10 * 60_000;
/** A store's last contact is written at most this often (every request of every screen would be too many writes). */
export const CONTACT_WRITE_MS = 60_000;

export class FleetPairing {
  private readonly contactWritten = new Map<string, { atMs: number; version: string | null }>();
  private readonly streams = new Map<string, Set<() => void>>();

  constructor(
    private readonly registry: FleetRegistry,
    private readonly now: () => number,
    private readonly logger: Logger,
    /** Whether a store profile of this id is defined on the hub now. */
    private readonly profileExists: (id: string) => boolean = () => false,
    /** A store was revoked or moved here: the hub's other processes are told (hub-signals.ts). */
    private readonly onStoreChanged: (storeId: string, change: 'revoked' | 'moved') => void = () => {},
  ) {}

  /** Whether `profileId` may be given to a store: null (the hub's own panels) or a profile defined now. */
  knowsProfile(profileId: string | null | undefined): boolean {
    return profileId === null || profileId === undefined || this.profileExists(profileId);
  }

  async createCode(request: PairingCodeRequest): Promise<PairingCodeResponse> {
    const code = newPairingCode();
    const createdAtMs = this.now();
    const expiresAtMs = createdAtMs + CODE_LIFETIME_MS;
    await this.registry.addPairingCode({
      codeHash: secretHash(normalisePairingCode(code) ?? code),
      storeName: request.storeName,
      profileId: request.profileId ?? null,
      createdAtMs,
      expiresAtMs,
    });
    this.logger.info('fleet: pairing code made', { storeName: request.storeName });
    return { code, expiresAt: new Date(expiresAtMs).toISOString() };
  }

  /** The store's token for a valid code; undefined when the code is unknown, used or expired. */
  async pair(typedCode: string, deviceName: string): Promise<PairResponse | undefined> {
    const code = normalisePairingCode(typedCode);
    if (!code) return undefined;
    const storeToken = newStoreToken();
    const store = await this.registry.redeemPairingCode(secretHash(code), this.now(), {
      id: randomUUID(),
      deviceName,
      tokenHash: secretHash(storeToken),
    });
    if (!store) return undefined;
    this.logger.info('fleet: store paired', { storeId: store.id, name: store.name, deviceName });
    return { storeToken, storeId: store.id, profileId: store.profileId };
  }

  /** The store holding `token`, unless revoked; notes its contact and version. */
  async authenticate(token: string, version: string | undefined): Promise<PairedStore | undefined> {
    const store = await this.registry.storeByToken(secretHash(token));
    if (!store) return undefined;
    const nowMs = this.now();
    const written = this.contactWritten.get(store.id);
    const newVersion = version !== undefined && version !== written?.version;
    if (!written || newVersion || nowMs - written.atMs >= CONTACT_WRITE_MS) {
      this.contactWritten.set(store.id, { atMs: nowMs, version: version ?? written?.version ?? null });
      await this.registry.recordContact(store.id, nowMs, version?.slice(0, 40) ?? null);
    }
    return store;
  }

  /** Keeps a store's report of its updates (update-routes.ts). */
  async recordUpdateReport(report: StoreUpdateReport): Promise<void> {
    await this.registry.recordUpdateReport(report);
    this.logger.info('fleet: update report', { ...report });
  }

  async list(): Promise<FleetStoreView[]> {
    const stores = await this.registry.listStores();
    const updates = new Map((await this.registry.updateReports()).map((r) => [r.storeId, r]));
    return stores.map((s) => ({
      id: s.id,
      name: s.name,
      deviceName: s.deviceName,
      profileId: s.profileId,
      pairedAt: new Date(s.pairedAtMs).toISOString(),
      lastContactAt: s.lastContactAtMs === null ? null : new Date(s.lastContactAtMs).toISOString(),
      version: s.version,
      update: updateView(updates.get(s.id)),
    }));
  }

  /** Assigns the store to a profile; its open streams close (it reconnects and reads as its new profile). */
  async assign(id: string, profileId: string | null): Promise<boolean> {
    const assigned = await this.registry.assignProfile(id, profileId);
    if (assigned) {
      this.logger.info('fleet: store assigned to a profile', { storeId: id, profileId });
      this.closeStreams(id);
      this.onStoreChanged(id, 'moved');
    }
    return assigned;
  }

  /** Closes the store's open streams on this process (it was revoked or changed profile). */
  closeStreams(id: string): void {
    for (const close of this.streams.get(id) ?? []) close();
    this.streams.delete(id);
  }

  /** Revokes the store; its open streams close now (on the hub's other processes when they hear of it). False when there is no such store. */
  async revoke(id: string): Promise<boolean> {
    const revoked = await this.registry.revokeStore(id, this.now());
    if (revoked) {
      this.logger.info('fleet: store revoked', { storeId: id });
      this.contactWritten.delete(id);
      this.closeStreams(id);
      this.onStoreChanged(id, 'revoked');
    }
    return revoked;
  }

  /** Keeps `close` for the store's open stream until the returned function is called (the stream ended). */
  holdStream(storeId: string, close: () => void): () => void {
    const held = this.streams.get(storeId) ?? new Set();
    held.add(close);
    this.streams.set(storeId, held);
    return () => {
      held.delete(close);
      if (held.size === 0 && this.streams.get(storeId) === held) this.streams.delete(storeId);
    };
  }
}

function updateView(report: StoreUpdateReport | undefined): UpdateStatusView | null {
  if (!report) return null;
  return {
    state: report.state,
    version: report.version,
    ...(report.release !== null ? { release: report.release } : {}),
    ...(report.reason !== null ? { reason: report.reason } : {}),
    at: new Date(report.reportedAtMs).toISOString(),
  };
}
