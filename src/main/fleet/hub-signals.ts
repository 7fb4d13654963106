// What one process of a hub tells the others besides the wall's changes (pg-fan-out.ts carries those): a store
// revoked or moved to another profile (every process closes its streams), the settings saved (every process
// reads them again). Small JSON notices on their own LISTEN/NOTIFY channel, on a connection of their own that is
// opened again when lost (and then `onResumed` runs: what was missed is read again from the database).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { z } from 'zod';
import type { Logger } from '../logger.ts';

export const HUB_SIGNALS_CHANNEL = 'social_wall_hub';

const HubSignalSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('store'), storeId: z.string().max(100), change: z.enum(['revoked', 'moved']) }),
  z.object({ kind: z.literal('settings'), version: z.number().int() }),
]);
export type HubSignal = z.infer<typeof HubSignalSchema>;

const EnvelopeSchema = z.object({ origin: z.string(), signal: HubSignalSchema });

export interface HubSignalsOptions {
  database: string;
  logger: Logger;
  reconnectMs?: number;
}

type Listener = (signal: HubSignal) => void;

export class HubSignals {
  /** A session hears its own NOTIFY: this process's signals are not shown to it again. */
  private readonly origin = randomBytes(6).toString('hex');
  private readonly listeners = new Set<Listener>();
  private readonly resumedListeners = new Set<() => void>();
  private client: pg.Client | undefined;
  private stopped = false;
  private retry: NodeJS.Timeout | undefined;
  private lostSinceListening = false;

  constructor(private readonly options: HubSignalsOptions) {}

  /** Calls `listener` with every signal another process sends. */
  subscribe(listener: Listener): void {
    this.listeners.add(listener);
  }

  /** Calls `listener` when the channel is heard again after a loss (signals may have been missed). */
  onResumed(listener: () => void): void {
    this.resumedListeners.add(listener);
  }

  async start(): Promise<void> {
    await this.listen();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  /** Tells the other processes; a failure is logged (they catch up when they next read the database). */
  async send(signal: HubSignal): Promise<void> {
    const client = this.client;
    if (!client) {
      this.options.logger.warn('fleet: a signal to the other processes was not sent, the database is away', signal);
      return;
    }
    try {
      await client.query('SELECT pg_notify($1, $2)', [
        HUB_SIGNALS_CHANNEL,
        JSON.stringify({ origin: this.origin, signal }),
      ]);
    } catch (error) {
      this.options.logger.warn('fleet: a signal to the other processes failed', { error: (error as Error).message });
    }
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.database, application_name: 'social-wall signals' });
    this.client = client;
    client.on('notification', (message) => {
      if (message.channel !== HUB_SIGNALS_CHANNEL || message.payload === undefined) return;
      const parsed = EnvelopeSchema.safeParse(safeJson(message.payload));
      if (!parsed.success || parsed.data.origin === this.origin) return;
      for (const listener of this.listeners) listener(parsed.data.signal);
    });
    client.on('error', (error) => this.lost(client, error.message));
    client.on('end', () => this.lost(client, 'the connection ended'));
    try {
      await client.connect();
      await client.query(`LISTEN ${HUB_SIGNALS_CHANNEL}`);
    } catch (error) {
      this.lost(client, (error as Error).message);
      return;
    }
    if (this.lostSinceListening && this.client === client) {
      this.lostSinceListening = false;
      for (const listener of this.resumedListeners) listener();
    }
  }

  private lost(client: pg.Client, why: string): void {
    if (this.stopped || this.client !== client) return;
    this.client = undefined;
    this.lostSinceListening = true;
    this.options.logger.warn('fleet: not hearing the other processes’ signals, trying again', { error: why });
    void client.end().catch(() => undefined);
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.listen();
    }, this.options.reconnectMs ?? 2_000);
    this.retry.unref();
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
