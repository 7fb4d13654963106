// A hub's settings live in its PostgreSQL database (table hub_settings), so that every process of the hub serves
// the same ones: the first process to start puts its configuration there (from its config.json or the default),
// every later start reads it from there, a save writes it there (secrets sealed, as config.json keeps them) and
// tells the other processes (hub-signals.ts), which read it again and apply it without a restart. The embedded
// default (one wall, SQLite, config.json) never comes here.
import { connectorRegistry } from '../../connectors/registry.ts';
import { loadWallConfig } from '../config/load-wall-config.ts';
import type { ConnectorRegistry, ResolvedConfig } from '../config/validate-config.ts';
import type { Logger } from '../logger.ts';
import { sealSecrets } from '../secrets/sealed-config.ts';
import type { SecretStore } from '../secrets/secret-store.ts';
import { createPgPool, type PgPool } from '../store/postgres/pg-pool.ts';
import type { HubSignals } from './hub-signals.ts';

interface Row {
  config: unknown;
  version: string | number;
}

export interface HubSettingsOptions {
  database: string;
  secrets: SecretStore;
  logger: Logger;
  registry?: ConnectorRegistry;
  now?: () => number;
}

export class HubSettings {
  private readonly pool: PgPool;
  private readonly registry: ConnectorRegistry;
  /** The version this process applied last: an older or equal one announced late is ignored. */
  private version = 0;

  constructor(private readonly options: HubSettingsOptions) {
    this.pool = createPgPool(options.database, 2);
    // An idle connection cut (PostgreSQL restarted) must not end the process: the next query opens another.
    this.pool.on('error', (error) =>
      options.logger.warn("fleet: a connection to the hub's settings was lost", { error: error.message }),
    );
    this.registry = options.registry ?? connectorRegistry;
  }

  /**
   * The hub's settings: those in the database, or `local` (this process's config.json or default) put there
   * first when there are none yet. @throws ConfigError when the stored ones cannot be opened (another key).
   */
  async shared(local: ResolvedConfig): Promise<ResolvedConfig> {
    const sealed = sealSecrets(local.config, this.registry, this.options.secrets);
    await this.pool.query(
      'INSERT INTO hub_settings (id, config, version, updated_at) VALUES (1, $1, 1, $2) ON CONFLICT (id) DO NOTHING',
      [JSON.stringify(sealed), this.now()],
    );
    const row = await this.read();
    if (!row) throw new Error("the hub's settings could not be read back from its database");
    this.version = Number(row.version);
    this.options.logger.info("fleet: the hub's settings are read from its database", { version: this.version });
    return this.open(row.config);
  }

  /** A save on this process: kept for every process, then announced. */
  async write(sealed: unknown, signals?: Pick<HubSignals, 'send'>): Promise<void> {
    const { rows } = await this.pool.query<{ version: string | number }>(
      'UPDATE hub_settings SET config = $1, version = version + 1, updated_at = $2 WHERE id = 1 RETURNING version',
      [JSON.stringify(sealed), this.now()],
    );
    const version = Number(rows[0]?.version ?? 0);
    this.version = Math.max(this.version, version);
    await signals?.send({ kind: 'settings', version });
  }

  /** The settings as stored now when newer than what this process applied; undefined otherwise. */
  async newer(): Promise<ResolvedConfig | undefined> {
    const row = await this.read();
    if (!row || Number(row.version) <= this.version) return undefined;
    const opened = this.open(row.config);
    this.version = Number(row.version);
    return opened;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async read(): Promise<Row | undefined> {
    const { rows } = await this.pool.query<Row>('SELECT config, version FROM hub_settings WHERE id = 1');
    return rows[0];
  }

  private open(config: unknown): ResolvedConfig {
    return loadWallConfig({ object: config }, this.registry, this.options.secrets, this.now()).resolved;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}

/** Applies what another process saved, in order, each time it says so (and after the channel was lost). */
export function followHubSettings(
  hubSettings: HubSettings,
  signals: Pick<HubSignals, 'subscribe' | 'onResumed'>,
  adopt: (next: ResolvedConfig) => Promise<void>,
  logger: Logger,
): void {
  let queue = Promise.resolve();
  const catchUp = () => {
    queue = queue
      .then(async () => {
        const next = await hubSettings.newer();
        if (next) await adopt(next);
      })
      .catch((error: unknown) =>
        logger.error("fleet: the hub's settings saved by another process could not be applied", {
          error: (error as Error).message,
        }),
      );
  };
  signals.subscribe((signal) => {
    if (signal.kind === 'settings') catchUp();
  });
  signals.onResumed(catchUp);
}
