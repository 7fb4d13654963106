// The settings API's contract (everything under /api/settings): what the settings page sends and receives.
// Secrets never travel in clear towards the page: they come back as SecretMask, and a SecretMask sent back
// unchanged keeps the stored secret.
import type { ConnectorErrorKind } from './connector-error-kind.ts';
import type { Network, Post } from './post.ts';
import type { WallConfig } from './config.ts';
import type { WallNotice } from './health.ts';

export interface SecretMask {
  $secret: 'set';
}

/** The configuration as the settings page sees it: secrets (source options, server tokens) masked. */
export type MaskedWallConfig = Omit<WallConfig, 'server'> & {
  server: Omit<WallConfig['server'], 'token' | 'adminToken'> & { token?: SecretMask; adminToken?: SecretMask };
};

/** A connector as the generated forms need it: its options' JSON Schema (secret fields flagged `secret: true`). */
export interface ConnectorFormView {
  type: string;
  label: string;
  networks: Network[];
  defaultPollSeconds: number;
  minPollSeconds: number;
  optionsSchema: Record<string, unknown>;
}

/** Where the secrets' key is, as values the settings page words in its language. */
export interface SecretStorageDetail {
  /** The key file (headless, or a kiosk without a keyring). */
  keyFile?: string;
  /** The OS keyring that seals them (kiosk). */
  keyring?: 'windows' | 'macos' | 'gnome' | 'kwallet' | 'system';
  /** The kiosk found no OS keyring here and keeps the key file instead. */
  noKeyring?: boolean;
}

export interface SecretStorageView extends SecretStorageDetail {
  /** key-file: a key readable by its owner only (headless); os-keyring: Electron's safeStorage. */
  kind: 'key-file' | 'os-keyring';
  /** The same in an English sentence (logs; the page words `kind` and the details itself). */
  note: string;
}

export interface SettingsResponse {
  config: MaskedWallConfig;
  connectors: ConnectorFormView[];
  /** False at the first start: the page asks IT to choose the PIN. */
  pinSet: boolean;
  secretStorage: SecretStorageView;
  notices: WallNotice[];
  /** True on the kiosk (Electron): the page offers "Identify screens". Headless, each screen is a browser. */
  canIdentifyScreens: boolean;
  /**
   * How this wall runs, so the page says truly what the IT PIN locks: the kiosk's settings window asks for it
   * each time; headless, the `settings:` address printed at launch opens the settings without it (only a bare
   * /settings asks).
   */
  mode: 'kiosk' | 'headless';
}

export interface IdentifyScreensResponse {
  /** How many displays show their number. */
  screens: number;
  /** For how long. */
  seconds: number;
}

export interface FieldErrorView {
  /** e.g. "sources[0].options.token" */
  field: string;
  message: string;
}

/** 422 answer: every refused field, with a message to show next to it. */
export interface FieldErrorsResponse {
  errors: FieldErrorView[];
}

export type SourceTestResponse = { ok: true; items: number } | { ok: false; kind: ConnectorErrorKind; message: string };

export interface AuditEntryView {
  id: number;
  postKey: string;
  network: string;
  /** The author's handle, else name. */
  author: string;
  /** The start of the post's text; empty for posts whose source forbids storing them, and once deleted. */
  excerpt: string;
  action: 'hide' | 'restore';
  /** The rule that hid it (e.g. "profanity:fr", "blocked-author"), or what the person wrote. */
  why: string;
  /** "rule" or "admin" (a person in the settings). */
  who: 'rule' | 'admin';
  at: string;
  /** On a hide entry: when the post came back to the wall. */
  restoredAt?: string;
}

export interface AuditResponse {
  /** Newest first. */
  entries: AuditEntryView[];
  /** Posts hidden now (the wall's counter). */
  hidden: number;
  /** Pass as `before` for the next (older) page; absent on the last page. */
  next?: number;
}

/** The newest posts, hidden ones included (`state`), for the "hide this post" list. */
export interface RecentPostsResponse {
  posts: Post[];
}

/** A profile to set up another PC the same way: the configuration, secrets removed or sealed by a passphrase. */
export interface ProfileExport {
  format: 'social-wall-profile';
  version: 1;
  exportedAt: string;
  /** none: secrets left out; passphrase: each secret as { $sealed: "p1:…" }, opened with the passphrase. */
  secrets: 'none' | 'passphrase';
  config: Record<string, unknown>;
}

/** Routes under /api/settings: method and path → answer body (errors: ErrorResponse or FieldErrorsResponse). */
export interface SettingsRoutes {
  'GET /api/settings': SettingsResponse;
  'PUT /api/settings': SettingsResponse;
  'POST /api/settings/sources/:id/test': SourceTestResponse;
  'POST /api/settings/posts/:key/hide': AuditEntryView;
  'POST /api/settings/posts/:key/restore': AuditEntryView;
  'GET /api/settings/audit': AuditResponse;
  'GET /api/settings/posts': RecentPostsResponse;
  'POST /api/settings/pin': { pinSet: true };
  'POST /api/settings/screens/identify': IdentifyScreensResponse;
  'POST /api/settings/unlock': { unlocked: true };
  'GET /api/settings/export': ProfileExport;
  'POST /api/settings/export': ProfileExport;
  'POST /api/settings/import': SettingsResponse;
}
