// What a connector is: a network adapter that knows its network and nothing of the store or the screen.
// It declares its options schema and, on each poll, fetches what is new since the high-water mark and
// maps it to candidate posts. The runtime (src/main/engine/source-runner.ts) owns scheduling, retries,
// backoff, the persisted high-water mark, validation and health.
import type { z } from 'zod';
import type { ConnectorErrorKind } from '../shared/connector-error-kind.ts';
import type { CachePolicy, Network } from '../shared/post.ts';
import type { SourceNote } from '../shared/source-note.ts';

/** One thing a poll found. Candidates are validated by the runtime against PostSchema. */
export type SourceEvent =
  /** A candidate post; sourceId, cachePolicy and fetchedAt are filled in by the runtime when absent. */
  | { type: 'upsert'; item: unknown }
  /** A network item the mapper could not read at all: skipped, counted, logged with the reason. */
  | { type: 'invalid'; reason: string }
  /** The network says this post is gone (its author deleted it). */
  | { type: 'delete'; key: string };

export interface PollRequest {
  /** The high-water mark persisted after the previous successful poll (undefined on first sync). */
  cursor: string | undefined;
  signal: AbortSignal;
}

export interface PollResult {
  events: SourceEvent[];
  /** The new high-water mark, persisted once these events are stored. Omit to keep the old one. */
  cursor?: string;
  /** Wait at least this long before the next poll (slowing down before the network throttles). */
  minDelayMs?: number;
  /** Network-specific budget figures for the source's health (rate limit left, spend). */
  budget?: Record<string, number | string>;
  /** Why `minDelayMs` spaces the polls out: the app's usage of its quota (Meta), said in the source's health. */
  slowdown?: { usagePercent: number };
  /** What the source's health should say beside its figures (hashtags refused, an instance failing), as codes the
   * settings page words; they replace the previous poll's (`[]`: none any more; absent: unchanged). */
  notes?: SourceNote[];
}

export interface StreamRequest {
  /** The poll's high-water mark, for networks whose stream can resume from it. */
  cursor: string | undefined;
  signal: AbortSignal;
}

export interface StreamBatch {
  events: SourceEvent[];
  budget?: Record<string, number | string>;
}

export interface InboundRequest {
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: unknown;
}

export type InboundResult =
  { ok: true; events: SourceEvent[] } | { ok: false; status: 400 | 401 | 403 | 413 | 422; error: string };

export interface SourceDriver {
  poll(request: PollRequest): Promise<PollResult>;
  /**
   * Optional push channel (X filtered stream, Mastodon streaming): yields batches as the network sends
   * them; returns or throws when the connection drops or its keep-alive stops, and the runtime reconnects
   * with backoff. Polling goes on beside it at the source's interval and fills what a drop missed.
   */
  stream?(request: StreamRequest): AsyncIterable<StreamBatch>;
  /** Optional inbound channel (the company site's webhook): what was POSTed to the local server. */
  receive?(request: InboundRequest): InboundResult;
  close?(): void | Promise<void>;
}

export interface ConnectorLog {
  /** Fields are redacted by the engine's logger: still, never pass a token. */
  warn(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
}

/**
 * Secrets a connector obtains at run time (a rotating refresh token, a renewed access token), kept per
 * source and sealed at rest by the engine (src/main/secrets/connector-vault-file.ts) — never in the cursor,
 * which the store keeps in clear. Synchronous: the values are held in memory; `set` persists at once.
 */
export interface ConnectorVault {
  get(name: string): string | undefined;
  /** `undefined` forgets the value. */
  set(name: string, value: string | undefined): void;
}

export interface ConnectorContext {
  sourceId: string;
  log?: ConnectorLog;
  /** Absent outside the engine (tests, "Test connection"): then run-time secrets live in memory only. */
  vault?: ConnectorVault;
  /** Injected clock (ms since epoch), so tests and replays control time. */
  now: () => number;
  /** Where bundled assets are served from (the demo's images). */
  assetBaseUrl: string;
}

export interface ConnectorDefinition<Options = unknown> {
  type: string;
  /** Human name for settings and logs. */
  label: string;
  /** Networks this connector can produce posts for. */
  networks: readonly Network[];
  optionsSchema: z.ZodType<Options>;
  defaultPollSeconds: number;
  minPollSeconds: number;
  /** What the network's terms allow us to keep (Foursquare: memory only). */
  defaultCachePolicy: CachePolicy;
  create(options: Options, context: ConnectorContext): SourceDriver;
}

export type { ConnectorErrorKind, SourceNote };

/** A failure a connector reports; `message` is shown to IT, so it must be actionable and secret-free. */
export class ConnectorError extends Error {
  override readonly name = 'ConnectorError';
  constructor(
    readonly kind: ConnectorErrorKind,
    message: string,
    /** When the network says when to come back (Retry-After, x-rate-limit-reset). */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}
