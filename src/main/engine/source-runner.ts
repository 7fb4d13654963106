// Runs one configured source: polls its connector on a jittered interval, backs off on failures as the
// network asks, persists the high-water mark once what it covers is stored, and keeps the source's health.
import { ConnectorError, type InboundRequest, type PollResult, type SourceDriver } from '../../connectors/connector.ts';
import type { SourceHealth } from '../../shared/health.ts';
import type { SourceNote } from '../../shared/source-note.ts';
import type { CachePolicy, Network } from '../../shared/post.ts';
import type { Logger } from '../logger.ts';
import type { SourceState } from '../store/store-api.ts';
import { DEFAULT_BACKOFF, pollDelayMs, retryDelayMs, type BackoffPolicy } from './backoff.ts';
import type { IngestReport } from './ingest-pipeline.ts';
import { StorageError } from '../store/storage-failures.ts';
import type { SourceStamp } from './validate-candidates.ts';
import type { SourceEvent } from '../../connectors/connector.ts';

export interface Timers {
  now: () => number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

export interface SourceRunnerDeps {
  sourceId: string;
  type: string;
  networks: readonly Network[];
  driver: SourceDriver;
  intervalMs: number;
  cachePolicy: CachePolicy;
  /** validate → store → stream (the ingest pipeline). */
  ingest(events: readonly SourceEvent[], stamp: SourceStamp): Promise<IngestReport>;
  loadState(): Promise<SourceState | undefined>;
  saveState(state: SourceState): Promise<void>;
  onHealth(health: SourceHealth): void;
  logger: Logger;
  timers?: Timers;
  backoff?: BackoffPolicy;
  random?: () => number;
}

/** A store that refused a write is tried again this soon (freed space is used within seconds). */
export const STORAGE_RETRY_MS = 5_000;
/** After this many failures in a row a source is shown as failing rather than degraded. */
const FAILING_AFTER = 3;
/** Health fields whose change is news; the others (timestamps, counters) ride along at most this often. */
// Budgets (usage percentages, calls left) move on most polls: they ride along.
const HEALTH_SIGNAL_FIELDS = [
  'state',
  'lastError',
  'consecutiveFailures',
  'invalidItems',
  'slowdown',
  'notes',
  'storageFailure',
] as const;
const HEALTH_REFRESH_MS = 30_000;

export class SourceRunner {
  private readonly timers: Timers;
  private readonly abort = new AbortController();
  private timer: unknown;
  private running: Promise<void> | undefined;
  private streaming: Promise<void> | undefined;
  private starting: Promise<void> | undefined;
  /** Where the source left off, read once from the store before the first poll. */
  private resumed: Promise<void> | undefined;
  private lastHealthSentAt = Number.NEGATIVE_INFINITY;
  private cursor: string | undefined;
  private health: SourceHealth;
  /** The connector's notes: the last poll's that had any to say, and the live stream's while it reconnects. */
  private pollNotes: SourceNote[] = [];
  private streamNote: SourceNote | undefined;

  constructor(private readonly deps: SourceRunnerDeps) {
    this.timers = deps.timers ?? realTimers;
    this.health = {
      sourceId: deps.sourceId,
      type: deps.type,
      networks: [...deps.networks],
      state: 'starting',
      consecutiveFailures: 0,
      invalidItems: 0,
      acceptedItems: 0,
    };
  }

  get currentHealth(): SourceHealth {
    return this.health;
  }

  /** Reads where the source left off, then polls at once (and opens its live stream, if it has one). */
  start(): Promise<void> {
    this.starting ??= this.resume();
    return this.starting;
  }

  private async resume(): Promise<void> {
    await this.loadSavedState();
    if (this.abort.signal.aborted) return;
    this.lastHealthSentAt = this.timers.now();
    this.deps.onHealth(this.health);
    this.schedule(0);
    if (this.deps.driver.stream) this.streaming = this.superviseStream();
  }

  private loadSavedState(): Promise<void> {
    this.resumed ??= this.deps.loadState().then((saved) => {
      this.cursor = saved?.cursor;
      this.health = {
        ...this.health,
        invalidItems: saved?.invalidItems ?? 0,
        ...(saved?.lastSuccessAt ? { lastSuccessAt: saved.lastSuccessAt } : {}),
      };
    });
    return this.resumed;
  }

  /** What the local server received for this source (a site's webhook): validated and ingested like a poll. */
  async receive(
    request: InboundRequest,
  ): Promise<{ status: number; error?: string; accepted?: number; invalid?: number }> {
    const { driver } = this.deps;
    if (!driver.receive) return { status: 404, error: 'This source does not accept pushed posts.' };
    const result = driver.receive(request);
    if (!result.ok) return { status: result.status, error: result.error };
    let report: IngestReport;
    try {
      report = await this.deps.ingest(result.events, this.stamp(this.timers.now()));
    } catch (err) {
      if (!(err instanceof StorageError)) throw err;
      this.storageFailed(err);
      return { status: 503, error: 'The wall cannot store posts right now: send them again in a few minutes.' };
    }
    this.update({
      acceptedItems: this.health.acceptedItems + report.accepted,
      ...this.refusals(report),
      storageFailure: undefined,
    });
    return { status: 202, accepted: report.accepted, invalid: report.invalid };
  }

  /**
   * Keeps the network's push channel open: ingests what it sends, and when it drops (or its keep-alive
   * stops) reconnects with the same capped backoff as polls. Polling goes on beside it.
   */
  private async superviseStream(): Promise<void> {
    const { driver } = this.deps;
    if (!driver.stream) return;
    let failures = 0;
    while (!this.abort.signal.aborted) {
      try {
        for await (const batch of driver.stream({ cursor: this.cursor, signal: this.abort.signal })) {
          failures = 0;
          const report = await this.deps.ingest(batch.events, this.stamp(this.timers.now()));
          this.update({
            acceptedItems: this.health.acceptedItems + report.accepted,
            ...this.refusals(report),
            budget: { ...this.health.budget, ...batch.budget, stream: 'connected' },
            ...this.withStreamNote(undefined),
            storageFailure: undefined,
          });
        }
        if (this.abort.signal.aborted) return;
        throw new ConnectorError('network', 'the live stream closed');
      } catch (err) {
        if (this.abort.signal.aborted) return;
        failures++;
        const error =
          err instanceof ConnectorError
            ? err
            : new ConnectorError('network', err instanceof Error ? err.message : String(err));
        const delay = retryDelayMs(
          { failures, kind: error.kind, retryAfterMs: error.retryAfterMs, intervalMs: 0 },
          this.deps.backoff ?? DEFAULT_BACKOFF,
          this.deps.random,
        );
        this.deps.logger.warn('live stream dropped', {
          sourceId: this.deps.sourceId,
          kind: error.kind,
          error: error.message,
          retryInMs: delay,
        });
        this.update({
          budget: { ...this.health.budget, stream: 'reconnecting' },
          ...this.withStreamNote({
            code: 'stream.reconnecting',
            params: { kind: error.kind },
            text: `live stream reconnecting: ${error.message}`,
          }),
        });
        await new Promise<void>((resolve) => {
          const handle = this.timers.setTimeout(resolve, delay);
          this.abort.signal.addEventListener(
            'abort',
            () => {
              this.timers.clearTimeout(handle);
              resolve();
            },
            { once: true },
          );
        });
      }
    }
  }

  /** The refused items' count, and why the last one was refused (kept until a later refusal replaces it). */
  private refusals(report: IngestReport): Pick<SourceHealth, 'invalidItems' | 'lastRefusal'> {
    const invalidItems = this.health.invalidItems + report.invalid;
    if (!report.lastRefusal) return { invalidItems };
    return { invalidItems, lastRefusal: { ...report.lastRefusal, at: new Date(this.timers.now()).toISOString() } };
  }

  private stamp(atMs: number): SourceStamp {
    return {
      sourceId: this.deps.sourceId,
      cachePolicy: this.deps.cachePolicy,
      fetchedAt: new Date(atMs).toISOString(),
    };
  }

  /** Stops polling; waits for a poll in flight so its posts and cursor are saved together. */
  async stop(): Promise<void> {
    this.abort.abort();
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    await this.starting?.catch(() => undefined);
    await Promise.all([this.running, this.streaming]);
    await this.deps.driver.close?.();
  }

  /**
   * IT has just acted (a save of the settings, a successful Test connection): a source waiting after a
   * refused token or a wrong setting tries again now instead of at its next retry. Returns whether it did.
   */
  retryNow(): boolean {
    const kind = this.health.lastErrorKind;
    const waiting = this.timer !== undefined && this.health.consecutiveFailures > 0;
    if (!waiting || (kind !== 'auth' && kind !== 'config') || this.abort.signal.aborted) return false;
    this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.deps.logger.info('retrying now: the settings changed or the connection test passed', {
      sourceId: this.deps.sourceId,
    });
    this.update({ nextAttemptAt: new Date(this.timers.now()).toISOString() });
    this.schedule(0);
    return true;
  }

  /** One poll cycle; exposed so tests can step without timers. Returns the delay before the next one. */
  async pollOnce(): Promise<number> {
    await this.loadSavedState();
    const startedAt = this.timers.now();
    let result: PollResult;
    try {
      result = await this.deps.driver.poll({ cursor: this.cursor, signal: this.abort.signal });
    } catch (err) {
      return this.failed(err);
    }
    let report: IngestReport;
    const lastSuccessAt = new Date(this.timers.now()).toISOString();
    try {
      report = await this.deps.ingest(result.events, this.stamp(startedAt));
      // The cursor is saved only now that what it covers is stored: a crash before this line re-fetches
      // the same items, which the store's upsert-by-key turns into no duplicates.
      await this.deps.saveState({
        sourceId: this.deps.sourceId,
        invalidItems: this.health.invalidItems + report.invalid,
        lastSuccessAt,
        ...((result.cursor ?? this.cursor) !== undefined ? { cursor: result.cursor ?? this.cursor } : {}),
      });
    } catch (err) {
      if (err instanceof StorageError) return this.storageFailed(err);
      throw err;
    }
    if (result.cursor !== undefined) this.cursor = result.cursor;
    const refusals = this.refusals(report);
    const delay = pollDelayMs(this.deps.intervalMs, result.minDelayMs, this.deps.random);
    // Said in the health while the network's usage figures space the polls out (posts then arrive late).
    const slowdown = result.slowdown ? { usagePercent: result.slowdown.usagePercent, pollEveryMs: delay } : undefined;
    this.update({
      slowdown,
      storageFailure: undefined,
      state: 'ok',
      consecutiveFailures: 0,
      ...refusals,
      acceptedItems: this.health.acceptedItems + report.accepted,
      lastSuccessAt,
      nextAttemptAt: new Date(this.timers.now() + delay).toISOString(),
      ...(result.budget ? { budget: { ...this.health.budget, ...result.budget } } : {}),
      ...(result.notes ? this.withPollNotes(result.notes) : {}),
    });
    return delay;
  }

  private withPollNotes(notes: SourceNote[]): Pick<SourceHealth, 'notes'> {
    this.pollNotes = notes;
    return { notes: this.streamNote ? [...notes, this.streamNote] : notes };
  }

  private withStreamNote(note: SourceNote | undefined): Pick<SourceHealth, 'notes'> {
    this.streamNote = note;
    return { notes: note ? [...this.pollNotes, note] : this.pollNotes };
  }

  /**
   * The store refused the write (full disk, read-only folder): the cursor stays where it was, so the same items
   * are fetched again; the source shows degraded with the store's words, and tries again soon, not at the cap.
   */
  private storageFailed(error: StorageError): number {
    const now = this.timers.now();
    this.update({
      state: 'degraded',
      consecutiveFailures: this.health.consecutiveFailures + 1,
      lastError: error.message,
      lastErrorAt: new Date(now).toISOString(),
      nextAttemptAt: new Date(now + STORAGE_RETRY_MS).toISOString(),
      storageFailure: {
        code: error.code,
        since: this.health.storageFailure?.since ?? new Date(now).toISOString(),
      },
    });
    return STORAGE_RETRY_MS;
  }

  private failed(err: unknown): number {
    const error =
      err instanceof ConnectorError
        ? err
        : new ConnectorError('network', err instanceof Error ? err.message : String(err));
    const failures = this.health.consecutiveFailures + 1;
    // Never more often than a healthy poll, unless the network's Retry-After allows it (backoff.ts).
    const delay = retryDelayMs(
      { failures, kind: error.kind, retryAfterMs: error.retryAfterMs, intervalMs: this.deps.intervalMs },
      this.deps.backoff ?? DEFAULT_BACKOFF,
      this.deps.random,
    );
    const now = this.timers.now();
    const hopeless = error.kind === 'auth' || error.kind === 'config';
    this.deps.logger.warn('source poll failed', {
      sourceId: this.deps.sourceId,
      kind: error.kind,
      error: error.message,
      retryInMs: delay,
    });
    this.update({
      state: hopeless || failures >= FAILING_AFTER ? 'failing' : 'degraded',
      consecutiveFailures: failures,
      lastError: error.message,
      lastErrorKind: error.kind,
      lastErrorAt: new Date(now).toISOString(),
      nextAttemptAt: new Date(now + delay).toISOString(),
    });
    return delay;
  }

  private update(patch: Partial<SourceHealth>): void {
    const before = this.health;
    this.health = { ...before, ...patch };
    // A fast source polls several times a second: tell the screens when something they show changed,
    // and otherwise only now and then (so that "last success" stays fresh).
    const now = this.timers.now();
    const changed = HEALTH_SIGNAL_FIELDS.some((f) => JSON.stringify(before[f]) !== JSON.stringify(this.health[f]));
    if (changed || now - this.lastHealthSentAt >= HEALTH_REFRESH_MS) {
      this.lastHealthSentAt = now;
      this.deps.onHealth(this.health);
    }
  }

  private schedule(delayMs: number): void {
    if (this.abort.signal.aborted) return;
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      this.running = this.pollOnce().then(
        (next) => this.schedule(next),
        (err: unknown) => {
          // Only a bug in the pipeline lands here (connector failures are handled in pollOnce): keep going.
          this.deps.logger.error('source cycle crashed', { sourceId: this.deps.sourceId, error: err });
          this.schedule(this.deps.backoff?.capMs ?? DEFAULT_BACKOFF.capMs);
        },
      );
    }, delayMs);
  }
}
