// Changes travel between a hub's processes through PostgreSQL (LISTEN/NOTIFY): what one process publishes on
// its change feed (a post stored or edited, a post leaving the wall, a source's health) is announced on one
// channel, and every other process shows it to its own screens as if it had happened there. Statistics are not
// sent: each process computes its own from the database, told by the relayed changes that they moved.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { StreamEvent } from '../../shared/api-contract.ts';
import type { Post } from '../../shared/post.ts';
import type { ChangeFeed, SequencedEvent } from '../engine/change-feed.ts';
import type { Logger } from '../logger.ts';
import { decodeAnnouncement, encodeAnnouncements, type Announced, type Outgoing } from './change-announcement.ts';

export const CHANGES_CHANNEL = 'social_wall_changes';

const RELAYED: ReadonlySet<StreamEvent['type']> = new Set(['post', 'remove', 'health']);

export interface FanOutOptions {
  database: string;
  /** This process's change feed: what it publishes is announced. */
  feed: Pick<ChangeFeed, 'tap'>;
  /** Shows another process's change here (engine.relay). */
  relay: (event: StreamEvent) => void;
  /** A post too large for a notification is read back from the database. */
  getPost: (key: string) => Promise<Post | undefined>;
  logger: Logger;
  /** Waits between two tries to listen again after the connection was lost. */
  reconnectMs?: number;
}

export class PgFanOut {
  /** Tells this process's announcements from the others' (a session also hears its own NOTIFY). */
  private readonly origin = randomBytes(6).toString('hex');
  /** The listening connection (also the one that notifies), from its connect on. */
  private current: pg.Client | undefined;
  /** Whether `current` listens. */
  private listening = false;
  private outbox: Outgoing[] = [];
  private sending: Promise<void> | undefined;
  private receiving: Promise<void> = Promise.resolve();
  private relaying = false;
  private stopped = false;
  private untap: (() => void) | undefined;
  private retry: NodeJS.Timeout | undefined;
  /** Whether a connection was lost since the last one: the screens then missed changes and must reload. */
  private lostSinceListening = false;

  constructor(private readonly options: FanOutOptions) {}

  async start(): Promise<void> {
    this.untap = this.options.feed.tap((event) => this.announce(event));
    await this.listen();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.untap?.();
    if (this.retry) clearTimeout(this.retry);
    await this.sending;
    await this.receiving;
    const client = this.current;
    this.current = undefined;
    await client?.end().catch(() => undefined);
  }

  /** Resolves once what was published so far has been handed to PostgreSQL (tests). */
  async flushed(): Promise<void> {
    while (this.sending) await this.sending;
  }

  private announce(event: SequencedEvent): void {
    if (this.relaying || this.stopped || !RELAYED.has(event.event.type)) return;
    const text = `{"t":"${event.event.type}","d":${event.json}}`;
    this.outbox.push(event.event.type === 'post' ? { text, postKey: event.event.data.post.key } : { text });
    this.sending ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.send());
  }

  /** Sends the outbox in as few notifications as fit, in order. */
  private async send(): Promise<void> {
    try {
      while (this.outbox.length > 0) {
        const batch = this.outbox;
        this.outbox = [];
        for (const payload of encodeAnnouncements(this.origin, batch)) {
          const client = this.current;
          if (!client || !this.listening) {
            this.options.logger.warn('fleet: changes not announced, the database connection is down');
            break;
          }
          await client.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, payload]);
        }
      }
    } catch (error) {
      this.options.logger.warn('fleet: changes could not be announced', { error: (error as Error).message });
    } finally {
      this.sending = undefined;
      if (this.outbox.length > 0) this.sending = this.send();
    }
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.database, application_name: 'social-wall changes' });
    this.current = client;
    this.listening = false;
    client.on('notification', (message) => {
      if (message.channel !== CHANGES_CHANNEL || message.payload === undefined) return;
      const announced = decodeAnnouncement(message.payload);
      if (!announced || announced.origin === this.origin) return;
      this.receiving = this.receiving.then(() => this.show(announced.events));
    });
    client.on('error', (error) => this.lost(client, error.message));
    client.on('end', () => this.lost(client, 'the connection ended'));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch (error) {
      this.lost(client, (error as Error).message);
      return;
    }
    if (this.current !== client) return;
    this.listening = true;
    if (this.lostSinceListening) {
      this.lostSinceListening = false;
      this.options.logger.info('fleet: listening to the other processes again');
      this.relay({ type: 'reset', data: { reason: 'the hub missed changes while its database was away' } });
    }
  }

  /** The connection `client` is gone (or never came): listen again on a new one, after a pause. */
  private lost(client: pg.Client, why: string): void {
    if (this.stopped || this.current !== client) return;
    this.current = undefined;
    this.listening = false;
    this.lostSinceListening = true;
    this.options.logger.warn('fleet: not hearing the other processes, trying again', { error: why });
    void client.end().catch(() => undefined);
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.listen();
    }, this.options.reconnectMs ?? 2_000);
    this.retry.unref();
  }

  private async show(events: readonly Announced[]): Promise<void> {
    for (const item of events) {
      if (item.event) this.relay(item.event);
      else if (item.postKey !== undefined) {
        const post = await this.options.getPost(item.postKey).catch(() => undefined);
        if (post) this.relay({ type: 'post', data: { post } });
      }
    }
  }

  private relay(event: StreamEvent): void {
    this.relaying = true;
    try {
      this.options.relay(event);
    } finally {
      this.relaying = false;
    }
  }
}
