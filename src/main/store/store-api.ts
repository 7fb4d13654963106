// The store's narrow, asynchronous interface: a read side for the server (PostReader), the statistics' reads
// (StatsReader, swappable on its own), a write side for ingest (PostWriter). SQLite is the embedded default
// (open-sqlite-store.ts); a fleet hub puts the same interface on PostgreSQL. Every method returns a promise, so
// that an implementation over the network fits; both pass one shared test suite.
import type { WallNotice } from '../../shared/health.ts';
import type { AuditEntryView } from '../../shared/settings-contract.ts';
import type { ComplaintTheme, Network, Post, PostState } from '../../shared/post.ts';
import type { HourlyCount, NetworkCount, RatingStats, SentimentSplit } from '../../shared/stats.ts';
import type { FleetRegistry } from './fleet-registry.ts';
import type { ResponseFigures } from './response-time-buckets.ts';

export type UpsertChange = 'inserted' | 'updated' | 'unchanged' | 'ignored-deleted';

export interface UpsertOutcome {
  key: string;
  change: UpsertChange;
  /** The post as stored, serialised, when the store had to serialise it anyway (the stream reuses it). */
  json?: string;
  /** The post's state as stored (a rule may have hidden it; a person's earlier decision may have been kept). */
  state?: PostState;
  /** Its state before this write; absent for a new post. */
  previous?: PostState;
}

/** Who hid or restored a post: a moderation rule, or a person in the settings. */
export type ModerationActor = AuditEntryView['who'];

/** One line of the moderation audit log: what the settings API shows, with its times in milliseconds. */
export type AuditEntry = Omit<AuditEntryView, 'at' | 'restoredAt'> & {
  atMs: number;
  /** On a hide entry: when the post came back to the wall. */
  restoredAtMs?: number;
};

/** The result of a person hiding or restoring a post. */
export type VisibilityChange =
  { kind: 'changed'; post: Post; entry: AuditEntry } | { kind: 'unchanged'; post: Post } | { kind: 'not-found' };

export interface PanelFilter {
  /** Empty: every network. */
  networks: readonly Network[];
  /** Empty: every source. */
  sources: readonly string[];
}

/** What the runtime persists per source so that a restart resumes without gaps or duplicates. */
export interface SourceState {
  sourceId: string;
  cursor?: string;
  invalidItems: number;
  lastSuccessAt?: string;
}

export interface PurgeResult {
  /** Live posts that left the wall because their cache TTL ran out (the screens must drop them). */
  expiredKeys: string[];
  /** Post rows removed for retention (audit entries purged alongside are not counted here). */
  removed: number;
  /** The call stopped at its budget (kept small so it never stalls the event loop): call again to go on. */
  more: boolean;
}

/** A moderation rule's judgement of a post: the rule's name when it hides it, else undefined. */
export type RuleVerdict = (post: Post) => string | undefined;

/** One page of stored posts judged again after the rules changed. */
export interface ReevaluationPage {
  /** Posts that were on the wall and a rule now hides (the screens must drop them). */
  hidden: string[];
  /** Posts a rule had hidden and no rule hides any more, back on the wall (the screens must show them). */
  restored: Post[];
  /** Present when more rows follow: pass it back as `after`. */
  next?: number;
}

export interface PostReader {
  /** Newest live posts for a panel, newest first (cache-policy memory posts included). */
  newestForPanel(filter: PanelFilter, limit: number): Promise<Post[]>;
  getPost(key: string): Promise<Post | undefined>;
  /** Posts hidden (by a rule or a person) that would otherwise be on the wall. */
  hiddenCount(nowMs: number): Promise<number>;
  /** Whether a stored post is hidden by a rule (no person decided on it). */
  anyHiddenByRule(): Promise<boolean>;
  /** The newest posts, live and hidden, newest first: the settings' "hide this post" list. */
  recentPosts(limit: number): Promise<Post[]>;
  /** The moderation audit log, newest first, `limit` entries with an id below `beforeId`. */
  auditPage(limit: number, beforeId?: number): Promise<AuditEntry[]>;
}

/** The statistics' reads (the stats panel): one interface of its own, so that it can change without the rest. */
export interface StatsReader {
  /** Live posts per network created since `sinceMs`, and in total. */
  countsPerNetwork(sinceMs: number): Promise<NetworkCount[]>;
  /** Live posts per network and hour, `hours` entries oldest first, the last being the hour holding `nowMs`. */
  hourlyCounts(nowMs: number, hours: number): Promise<HourlyCount[]>;
  /**
   * Customer posts that call for an answer (shared/calls-for-answer.ts) created since `sinceHourMs` (an hour's
   * start): how many, how many were answered and how fast, and the `oldest` longest waiting, from rollups.
   */
  answerWindow(sinceHourMs: number, targetSeconds: number, oldest: number): Promise<AnswerWindow>;
  /** Every post still waiting for an answer, the `limit` oldest first, and how many there are. */
  waitingPosts(limit: number): Promise<{ total: number; posts: WaitingRow[] }>;
  /** Customer posts on the wall created since `sinceHourMs`, by sentiment. */
  toneSince(sinceHourMs: number): Promise<SentimentSplit>;
  /** Customer complaints by theme created in [sinceHourMs, untilMs) and in the same span before it. */
  themeWeeks(sinceHourMs: number, untilMs: number): Promise<ThemeWeeks>;
  /** Reviews and tips by customers on the wall: their count and average rating. */
  ratingStats(nowMs: number): Promise<RatingStats>;
}

/** A post waiting for an answer. */
export interface WaitingRow {
  post: Post;
  createdMs: number;
}

/** The answer window's figures (rollups of migration 010). */
export interface AnswerWindow extends ResponseFigures {
  awaited: number;
  waiting: number;
  /** The longest waiting posts of the window, oldest first. */
  oldest: WaitingRow[];
}

export interface ThemeWeeks {
  /** Per theme: [complaints in the span, complaints in the span before]. */
  counts: Map<ComplaintTheme, [number, number]>;
}

/** One page of posts leaving the wall with their source (removed or paused), or coming back with it. */
export interface SourceWithdrawalPage {
  /** Live posts of sources no longer active: off the screens and the statistics (the screens must drop them). */
  withdrawn: string[];
  /** Posts of active sources withdrawn earlier, back on the wall (the screens must show them). */
  restored: Post[];
  /** A page was full: call again. */
  more: boolean;
}

export interface PostWriter {
  /**
   * Upserts by key in one transaction. An edit updates in place; a deleted post stays deleted; a post a person
   * hid or restored keeps that state. `hiddenBy` names the rule behind each post that arrives 'hidden': it is
   * logged in the audit, in the same transaction.
   */
  upsertMany(posts: readonly Post[], hiddenBy?: ReadonlyMap<string, string>): Promise<UpsertOutcome[]>;
  /** A person hides a post from the wall (logged with `why`). */
  hide(key: string, why: string, atMs: number): Promise<VisibilityChange>;
  /** A person brings a hidden post back to the wall (logged). */
  restore(key: string, atMs: number): Promise<VisibilityChange>;
  /** Marks posts deleted; returns the keys that were live and have now left the wall. */
  markDeleted(keys: readonly string[]): Promise<string[]>;
  /**
   * Retention (posts older than `retentionDays`, and audit entries as old unless their post is still hidden)
   * and cache-policy TTLs, in bounded chunks.
   */
  purge(nowMs: number, retentionDays: number): Promise<PurgeResult>;
  /**
   * The rules changed: judges one page of at most `limit` stored posts (from `after`, undefined for the first
   * page) again, those no person decided on; hides or restores them and logs each change as the rule's.
   */
  reevaluate(verdict: RuleVerdict, after: number | undefined, limit: number): Promise<ReevaluationPage>;
  /** The fingerprint of the moderation rules the stored posts were last judged by; undefined when none was recorded. */
  moderationRulesApplied(): Promise<string | undefined>;
  /** The stored posts are now judged by the rules with this fingerprint (a re-evaluation ran to its end). */
  recordModerationRulesApplied(fingerprint: string): Promise<void>;
  /** Where a source's runner left off (ingest's own bookkeeping: read by the runner at start). */
  loadSourceState(sourceId: string): Promise<SourceState | undefined>;
  saveSourceState(state: SourceState): Promise<void>;
  /**
   * Only the posts of `active` sources are on the wall: the others' live posts are withdrawn (kept until
   * retention, never shown or counted), and withdrawn posts of active sources come back. At most `limit` each.
   */
  withdrawSourcesExcept(active: readonly string[], limit: number): Promise<SourceWithdrawalPage>;
}

export interface Store {
  reader: PostReader;
  stats: StatsReader;
  writer: PostWriter;
  /** A hub's paired stores (empty on a single wall). */
  fleet: FleetRegistry;
  /** What IT should know about the database (moved aside because corrupt or too new). */
  notices: WallNotice[];
  close(): Promise<void>;
}
