// Exactly one of a hub's processes runs the connectors (issue 18): the one holding a PostgreSQL session-level
// advisory lock on its own connection. The others try again every `retryMs`; when the holder dies, its
// connection goes and PostgreSQL frees the lock, so another process takes over at its next try (within a
// minute at the default 15 s). A lease whose connection is lost says so at once (onLost) and tries again.
import pg from 'pg';
import type { Logger } from '../logger.ts';

/** The advisory lock key of the connector runner (any constant shared by the hub's processes). */
export const CONNECTOR_LOCK = 0x7761_6c6c_02;

export interface ConnectorLeaseOptions {
  connectionString: string;
  logger: Logger;
  /** Called when this process becomes the connector runner. */
  onAcquired: () => void;
  /** Called when it stops being it (its connection was lost): stop the connectors at once. */
  onLost: () => void;
  retryMs?: number;
}

export class ConnectorLease {
  private client: pg.Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private holding = false;
  private stopped = false;

  constructor(private readonly options: ConnectorLeaseOptions) {}

  get held(): boolean {
    return this.holding;
  }

  /** Tries now, then every retryMs until stopped. */
  async start(): Promise<void> {
    await this.tryNow();
    this.timer = setInterval(() => void this.tryNow(), this.options.retryMs ?? 15_000);
    this.timer.unref();
  }

  /** One try: connects if needed and asks for the lock; true when this process holds it. */
  async tryNow(): Promise<boolean> {
    if (this.stopped || this.holding) return this.holding;
    try {
      const client = this.client ?? (await this.connect());
      const { rows } = await client.query<{ got: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS got', [
        CONNECTOR_LOCK,
      ]);
      if (rows[0]?.got === true && !this.stopped) {
        this.holding = true;
        this.options.logger.info('fleet: this process runs the connectors');
        this.options.onAcquired();
      }
    } catch (error) {
      this.options.logger.warn('fleet: the connector lock could not be asked for', {
        error: (error as Error).message,
      });
      this.drop();
    }
    return this.holding;
  }

  /** Releases the lock (closing the connection frees it). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    const client = this.client;
    this.client = undefined;
    this.holding = false;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      application_name: 'social-wall lease',
    });
    // The connection lost (the server restarted, a failover, the network): the lock went with it.
    client.on('error', (error) => {
      this.options.logger.warn('fleet: the connector lock connection was lost', { error: error.message });
      this.drop();
    });
    await client.connect();
    this.client = client;
    return client;
  }

  private drop(): void {
    const lost = this.holding;
    const client = this.client;
    this.client = undefined;
    this.holding = false;
    void client?.end().catch(() => undefined);
    if (lost) this.options.onLost();
  }
}
