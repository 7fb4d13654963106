// The register of paired stores on PostgreSQL (schema step 2): the same behaviour as SQLite's, by the shared suite.
import type { UpdateState } from '../../../shared/update-contract.ts';
import type { FleetRegistry, NewPairingCode, NewStore, PairedStore, StoreUpdateReport } from '../fleet-registry.ts';
import { inTransaction, type PgPool } from './pg-pool.ts';

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

export class PgFleetRegistry implements FleetRegistry {
  constructor(private readonly pool: PgPool) {}

  async addPairingCode(code: NewPairingCode): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query('DELETE FROM fleet_pairing_codes WHERE expires_at < $1', [code.createdAtMs - DAY_MS]);
      await client.query(
        'INSERT INTO fleet_pairing_codes (code_hash, store_name, profile_id, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
        [code.codeHash, code.storeName, code.profileId, code.createdAtMs, code.expiresAtMs],
      );
    });
  }

  async redeemPairingCode(codeHash: string, nowMs: number, store: NewStore): Promise<PairedStore | undefined> {
    return inTransaction(this.pool, async (client) => {
      // One UPDATE: two stores redeeming the same code at once cannot both find it unused.
      const { rows } = await client.query<{ store_name: string; profile_id: string | null }>(
        `UPDATE fleet_pairing_codes SET used_at = $1 WHERE code_hash = $2 AND used_at IS NULL AND expires_at > $1
         RETURNING store_name, profile_id`,
        [nowMs, codeHash],
      );
      const code = rows[0];
      if (!code) return undefined;
      const inserted = await client.query<StoreRow>(
        `INSERT INTO fleet_stores (id, name, device_name, profile_id, token_hash, paired_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
        [store.id, code.store_name, store.deviceName, code.profile_id, store.tokenHash, nowMs],
      );
      const row = inserted.rows[0];
      return row ? pairedStoreOf(row) : undefined;
    });
  }

  async storeByToken(tokenHash: string): Promise<PairedStore | undefined> {
    const { rows } = await this.pool.query<StoreRow>(
      `SELECT ${COLUMNS} FROM fleet_stores WHERE token_hash = $1 AND revoked_at IS NULL`,
      [tokenHash],
    );
    return rows[0] ? pairedStoreOf(rows[0]) : undefined;
  }

  async recordContact(id: string, atMs: number, version: string | null): Promise<void> {
    await this.pool.query(
      'UPDATE fleet_stores SET last_contact_at = $1, version = COALESCE($2, version) WHERE id = $3',
      [atMs, version, id],
    );
  }

  async listStores(): Promise<PairedStore[]> {
    const { rows } = await this.pool.query<StoreRow>(
      `SELECT ${COLUMNS} FROM fleet_stores WHERE revoked_at IS NULL ORDER BY paired_at, id`,
    );
    return rows.map(pairedStoreOf);
  }

  async revokeStore(id: string, atMs: number): Promise<boolean> {
    const result = await this.pool.query(
      'UPDATE fleet_stores SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL',
      [atMs, id],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async assignProfile(id: string, profileId: string | null): Promise<boolean> {
    const result = await this.pool.query(
      'UPDATE fleet_stores SET profile_id = $1 WHERE id = $2 AND revoked_at IS NULL',
      [profileId, id],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async recordUpdateReport(report: StoreUpdateReport): Promise<void> {
    await this.pool.query(
      `INSERT INTO fleet_update_reports (store_id, state, version, release, reason, reported_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (store_id) DO UPDATE SET state = excluded.state, version = excluded.version,
         release = excluded.release, reason = excluded.reason, reported_at = excluded.reported_at`,
      [report.storeId, report.state, report.version, report.release, report.reason, report.reportedAtMs],
    );
  }

  async updateReports(): Promise<StoreUpdateReport[]> {
    const { rows } = await this.pool.query<UpdateReportRow>(
      'SELECT store_id, state, version, release, reason, reported_at FROM fleet_update_reports ORDER BY store_id',
    );
    return rows.map((row) => ({
      storeId: row.store_id,
      state: row.state as UpdateState,
      version: row.version,
      release: row.release,
      reason: row.reason,
      reportedAtMs: Number(row.reported_at),
    }));
  }
}

interface UpdateReportRow {
  store_id: string;
  state: string;
  version: string;
  release: string | null;
  reason: string | null;
  reported_at: number | string;
}
