// The health of one source, as the engine tracks it and the settings window and panel headers show it.
import type { ConnectorErrorKind } from './connector-error-kind.ts';
import type { Network } from './post.ts';
import type { SourceNote } from './source-note.ts';

export type HealthState = 'starting' | 'ok' | 'degraded' | 'failing' | 'paused';

/**
 * A store PC following a hub (follower mode, src/main/fleet/follower/): whether its link to the hub is up. The
 * panels' header says "hors ligne depuis 10 min" from `since` while it is down; `revoked`: the hub refused the
 * store's token, it must be paired again (it stops trying).
 */
export interface HubLink {
  state: 'online' | 'offline' | 'revoked';
  /** ISO time: when the link went down (offline, revoked) or came up (online). */
  since: string;
}

export interface SourceHealth {
  sourceId: string;
  type: string;
  networks: Network[];
  state: HealthState;
  /** What went wrong last, in words IT can act on (never a secret). */
  lastError?: string;
  /** Its kind, so the settings page can say what to do in its own language (the words above are the network's). */
  lastErrorKind?: ConnectorErrorKind;
  lastErrorAt?: string;
  lastSuccessAt?: string;
  nextAttemptAt?: string;
  consecutiveFailures: number;
  /** Items skipped because they failed validation, since the source was created. */
  invalidItems: number;
  /** The last refused item since the wall started: why (`code`, worded by the page; `detail`, the engine's words) and when. */
  lastRefusal?: Refusal & { at: string };
  /** Posts accepted since the wall started. */
  acceptedItems: number;
  /** Network-specific budget figures (rate limit left, X reads and spend, Instagram hashtags used). */
  budget?: Record<string, number | string>;
  /** The source polls less often than configured because the network's usage figures say so (so posts arrive late). */
  slowdown?: SourceSlowdown;
  /** The connector's notes (hashtags refused, an instance failing, the live stream dropped), as codes. */
  notes?: SourceNote[];
  /** Its last posts could not be stored (a full disk, a read-only folder): the screens say so in words. */
  storageFailure?: StorageFailure;
}

/** A write the database refused, as the source saw it: `code` is SQLite's or the system's (SQLITE_FULL, EROFS…). */
export interface StorageFailure {
  code: string;
  /** When this source's writes began to fail. */
  since: string;
}

/** Meta's usage headers past 75 % of the app's quota: the wall spaces the polls out before Meta throttles it. */
export interface SourceSlowdown {
  /** The highest share of the app's hourly quota used (calls, CPU time), in percent. */
  usagePercent: number;
  /** The wait between two polls now, in ms. */
  pollEveryMs: number;
}

/**
 * Why an item never reached the wall: no identity (`no-key`: no network or key; `no-author`: no id, name or
 * handle), nothing to show (no text, picture or rating), or unreadable (the connector could not map it, or it
 * failed the post's schema after repair).
 */
export type RefusalCode = 'no-key' | 'no-author' | 'nothing-to-show' | 'unreadable';

export interface Refusal {
  code: RefusalCode;
  /** In English, for IT and the logs: the field and what was wrong with it. */
  detail: string;
}

/**
 * What a wall-level notice says, as a code and its values: the settings page words it in its own language
 * (i18next `settings.wallNotices`); the English `message` beside it is for logs and the command line.
 */
export type WallNoticeDetail =
  /** config.json was not JSON at start: kept as `movedTo`; `previous` (config.json.previous) is in use, or the defaults when absent. */
  | { code: 'config-moved-aside'; params: { file: string; movedTo: string; previous?: string } }
  /** wall.db was damaged (`problem`: SQLite's words or the integrity check's): kept as `movedTo`, the wall started empty. */
  | { code: 'database-moved-aside'; params: { file: string; movedTo: string; problem: string } }
  /** wall.db was written by a newer version (schema `version`, this one knows up to `latest`): kept as `movedTo`. */
  | { code: 'database-newer'; params: { file: string; movedTo: string; version: number; latest: number } }
  /**
   * connector-secrets.json could be read but not used (`reason`): kept as `movedTo` (absent: it could not be moved,
   * `moveError` says why, and it is replaced at the next change); `sources` are the ids whose run-time tokens are lost
   * (empty: unknown).
   */
  | {
      code: 'connector-secrets-moved-aside';
      params: {
        file: string;
        reason: ConnectorSecretsProblem;
        movedTo?: string;
        moveError?: string;
        sources: string[];
      };
    }
  /**
   * connector-secrets.json could not be read at all (an I/O error, `readError`: the system's code, e.g. EACCES, EISDIR,
   * EBUSY): not judged by its content, it is left in place, not moved, and never written this run (the tokens stay in
   * memory until the next start). `sources`: none are known (the file was not read).
   */
  | { code: 'connector-secrets-unreadable'; params: { file: string; readError?: string; sources?: string[] } }
  /**
   * wall.db refuses writes since `since` (`error`: SQLite's or the system's code, e.g. SQLITE_FULL, SQLITE_READONLY):
   * new posts are not stored, writing is tried again every few seconds, the screens keep what they show. Gone once a
   * write succeeds again.
   */
  | { code: 'storage-failed'; params: { file: string; error: string; since: string } }
  /** A renewed token could not be written to connector-secrets.json (`error`: the system's code, e.g. ENOSPC): kept in memory. */
  | { code: 'connector-secrets-not-written'; params: { file: string; error?: string } };

/**
 * Why connector-secrets.json, once read, could not be opened: not JSON, JSON of the wrong shape, sealed with another
 * key (a file that cannot be read at all is `connector-secrets-unreadable`, not one of these).
 */
export type ConnectorSecretsProblem = 'not-json' | 'damaged' | 'other-key';

export type WallNoticeCode = WallNoticeDetail['code'];

/** A wall-level notice for IT (a database moved aside, a config refused). */
export type WallNotice = {
  level: 'info' | 'warning' | 'error';
  /** In English, for logs and the command line; what the page shows for a notice without a code. */
  message: string;
  at: string;
} & (WallNoticeDetail | { code?: undefined; params?: undefined });
