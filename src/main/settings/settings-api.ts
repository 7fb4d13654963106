// What the local server may ask of the settings (the routes under /api/settings). Answers are values:
// a status and a typed body, never an exception with a message that could carry a secret.
import type { PinLane } from './pin-lock.ts';
import type { ErrorResponse } from '../../shared/api-contract.ts';
import type {
  IdentifyScreensResponse,
  ProfileExport,
  AuditEntryView,
  AuditResponse,
  FieldErrorsResponse,
  RecentPostsResponse,
  SettingsResponse,
  SourceTestResponse,
} from '../../shared/settings-contract.ts';

export type SettingsOutcome<T> =
  | { status: 200; body: T }
  | {
      status: 400 | 404 | 409 | 422 | 429 | 500;
      body: ErrorResponse | FieldErrorsResponse;
      retryAfterSeconds?: number;
    };

export interface SettingsApi {
  read(): SettingsResponse;
  /** The whole configuration; validated, written atomically, applied to the running wall. */
  replace(input: unknown): Promise<SettingsOutcome<SettingsResponse>>;
  /** One poll of a source's driver, from the submitted options (or the stored ones). */
  testSource(sourceId: string, input: unknown): Promise<SettingsOutcome<SourceTestResponse>>;
  /** A person hides a post (body: optional { why }); logged in the audit. */
  hidePost(key: string, input: unknown): Promise<SettingsOutcome<AuditEntryView>>;
  restorePost(key: string): Promise<SettingsOutcome<AuditEntryView>>;
  /** The audit log, newest first (query: limit, before). */
  audit(query: Record<string, string>): Promise<SettingsOutcome<AuditResponse>>;
  /** The newest posts, hidden ones included (query: limit). */
  recentPosts(query: Record<string, string>): Promise<SettingsOutcome<RecentPostsResponse>>;
  /** Sets or changes the IT PIN (body { pin }); admin only. */
  setPin(input: unknown): Promise<SettingsOutcome<{ pinSet: true }>>;
  /**
   * Checks the IT PIN (body { pin }) in the lane the try came from (the kiosk's settings window or another
   * client: each waits on its own failures); the route grants the admin cookie on success. 429 while delayed.
   */
  unlock(input: unknown, lane?: PinLane): Promise<SettingsOutcome<{ unlocked: true }>>;
  /** The profile without secrets, or (body { passphrase }) with them sealed by the passphrase. */
  exportProfile(input?: unknown): SettingsOutcome<ProfileExport>;
  /** The kiosk shows a big number on each display (1 = leftmost); 404 headless, where no display is the wall's. */
  identifyScreens(): SettingsOutcome<IdentifyScreensResponse>;
  /** Body { profile, passphrase? }: opened and validated whole, then applied like PUT. */
  importProfile(input: unknown): Promise<SettingsOutcome<SettingsResponse>>;
}
