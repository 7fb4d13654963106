// The register of paired stores on SQLite (migration 011): the shared suite holds it to PostgreSQL's behaviour.
import type { UpdateState } from '../../shared/update-contract.ts';
import type { FleetRegistry, NewPairingCode, NewStore, PairedStore, StoreUpdateReport } from './fleet-registry.ts';
import type { WritableDB } from './sqlite-handles.ts';

const DAY_MS = 24 * 60 * 60_000;

interface StoreRow {
  id: string;
  name: string;
  device_name: string;
  profile_id: string | null;
  paired_at: number;
  last_contact_at: number | null;
  version: string | null;
}

const COLUMNS = 'id, name, device_name, profile_id, paired_at, last_contact_at, version';

function pairedStoreOf(row: StoreRow): PairedStore {
  return {
    id: row.id,
    name: row.name,
    deviceName: row.device_name,
    profileId: row.profile_id,
    pairedAtMs: row.paired_at,
    lastContactAtMs: row.last_contact_at,
    version: row.version,
  };
}

export class SqliteFleetRegistry implements FleetRegistry {
  constructor(private readonly db: WritableDB) {}

  async addPairingCode(code: NewPairingCode): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM fleet_pairing_codes WHERE expires_at < ?').run(code.createdAtMs - DAY_MS);
      this.db
        .prepare(
          'INSERT INTO fleet_pairing_codes (code_hash, store_name, profile_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
        )
        .run(code.codeHash, code.storeName, code.profileId, code.createdAtMs, code.expiresAtMs);
    })();
  }

  async redeemPairingCode(codeHash: string, nowMs: number, store: NewStore): Promise<PairedStore | undefined> {
    return this.db.transaction(() => {
      const code = this.db
        .prepare<[number, string, number], { store_name: string; profile_id: string | null }>(
          `UPDATE fleet_pairing_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?
           RETURNING store_name, profile_id`,
        )
        .get(nowMs, codeHash, nowMs);
      if (!code) return undefined;
      this.db
        .prepare(
          'INSERT INTO fleet_stores (id, name, device_name, profile_id, token_hash, paired_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(store.id, code.store_name, store.deviceName, code.profile_id, store.tokenHash, nowMs);
      return {
        id: store.id,
        name: code.store_name,
        deviceName: store.deviceName,
        profileId: code.profile_id,
        pairedAtMs: nowMs,
        lastContactAtMs: null,
        version: null,
      };
    })();
  }

  async storeByToken(tokenHash: string): Promise<PairedStore | undefined> {
    const row = this.db
      .prepare<[string], StoreRow>(`SELECT ${COLUMNS} FROM fleet_stores WHERE token_hash = ? AND revoked_at IS NULL`)
      .get(tokenHash);
    return row ? pairedStoreOf(row) : undefined;
  }

  async recordContact(id: string, atMs: number, version: string | null): Promise<void> {
    this.db
      .prepare('UPDATE fleet_stores SET last_contact_at = ?, version = COALESCE(?, version) WHERE id = ?')
      .run(atMs, version, id);
  }

  async listStores(): Promise<PairedStore[]> {
    return this.db
      .prepare<[], StoreRow>(`SELECT ${COLUMNS} FROM fleet_stores WHERE revoked_at IS NULL ORDER BY paired_at, id`)
      .all()
      .map(pairedStoreOf);
  }

  async revokeStore(id: string, atMs: number): Promise<boolean> {
    const result = this.db
      .prepare('UPDATE fleet_stores SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
      .run(atMs, id);
    return result.changes > 0;
  }

  async assignProfile(id: string, profileId: string | null): Promise<boolean> {
    const result = this.db
      .prepare('UPDATE fleet_stores SET profile_id = ? WHERE id = ? AND revoked_at IS NULL')
      .run(profileId, id);
    return result.changes > 0;
  }

  async recordUpdateReport(report: StoreUpdateReport): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO fleet_update_reports (store_id, state, version, release, reason, reported_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (store_id) DO UPDATE SET state = excluded.state, version = excluded.version,
           release = excluded.release, reason = excluded.reason, reported_at = excluded.reported_at`,
      )
      .run(report.storeId, report.state, report.version, report.release, report.reason, report.reportedAtMs);
  }

  async updateReports(): Promise<StoreUpdateReport[]> {
    return this.db
      .prepare<[], UpdateReportRow>(`SELECT ${UPDATE_COLUMNS} FROM fleet_update_reports ORDER BY store_id`)
      .all()
      .map(updateReportOf);
  }
}

interface UpdateReportRow {
  store_id: string;
  state: string;
  version: string;
  release: string | null;
  reason: string | null;
  reported_at: number;
}

const UPDATE_COLUMNS = 'store_id, state, version, release, reason, reported_at';

function updateReportOf(row: UpdateReportRow): StoreUpdateReport {
  return {
    storeId: row.store_id,
    state: row.state as UpdateState,
    version: row.version,
    release: row.release,
    reason: row.reason,
    reportedAtMs: Number(row.reported_at),
  };
}
