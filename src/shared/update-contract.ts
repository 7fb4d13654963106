// Updates served by the hub (issue 18, docs/fleet.md "Updates"): the kiosk's update settings, and what a PC
// reports to its hub about its updates (POST /api/fleet/update-report, with its store token).
import { z } from 'zod';

/** HH:MM, local time of the PC. */
const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use a time like 02:30');

/** An Ed25519 public key: its 32 bytes in base64url (43 characters), as `npm run release -- keygen` prints it. */
export const ReleasePublicKeySchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{43}$/, 'paste the public key printed by `npm run release -- keygen` (43 characters)');

/** The kiosk's updates (src/main/updates/): from its hub, at night, only releases signed with IT's key. */
export const UpdatesConfigSchema = z.strictObject({
  /** IT's release key (public half): a release whose manifest it did not sign is refused. Absent: no updates. */
  publicKey: ReleasePublicKeySchema.optional(),
  /** The night window, local time (it may cross midnight): updates are checked for and installed only then. */
  window: z.strictObject({ from: ClockTime.default('02:00'), to: ClockTime.default('05:00') }).default({
    from: '02:00',
    to: '05:00',
  }),
  /** A wall that follows no hub: the feed's address (https://…/updates/); a store PC uses its hub's. */
  feedUrl: z.string().url().optional(),
});
export type UpdatesConfig = z.infer<typeof UpdatesConfigSchema>;

/**
 * Where a PC is with its updates, as the hub's settings show it: `up-to-date` (checked, nothing newer),
 * `downloading`, `installing` (restarting into the new version), `installed` (the new version showed its
 * panels), `refused` (an unsigned or tampered release, never installed), `failed` (the new version did not
 * show its panels, or the install did not take), `rolled-back` (back on the previous version after a failure).
 */
export const UpdateStateSchema = z.enum([
  'up-to-date',
  'downloading',
  'installing',
  'installed',
  'refused',
  'failed',
  'rolled-back',
]);
export type UpdateState = z.infer<typeof UpdateStateSchema>;

/** POST /api/fleet/update-report (store token). */
export const UpdateReportSchema = z.strictObject({
  state: UpdateStateSchema,
  /** The version running now. */
  version: z.string().min(1).max(40),
  /** The release this is about (the one offered, installed, refused or failed). */
  release: z.string().min(1).max(40).optional(),
  /** Why, for `refused` and `failed`: a sentence IT can act on. */
  reason: z.string().max(500).optional(),
});
export type UpdateReport = z.infer<typeof UpdateReportSchema>;

/** A PC's last report, as the hub keeps it (GET /api/settings/fleet/stores). */
export interface UpdateStatusView extends UpdateReport {
  /** ISO instant of the report. */
  at: string;
}

/** The releases in the hub's updates folder (GET /api/settings/fleet/releases), newest first. */
export interface ReleasesResponse {
  releases: {
    version: string;
    /**
     * `valid`: signed, and the hub checked the signatures with IT's key; `signed`: signed, not checked here (the
     * hub has no kiosk.updates.publicKey); never offered: `unsigned`, `tampered`, `malformed`, `no-manifest`.
     */
    check: 'valid' | 'signed' | 'unsigned' | 'tampered' | 'malformed' | 'no-manifest';
    /** What is wrong, for the last four. */
    problem?: string;
    files: string[];
  }[];
  /** The one offered to the PCs: the newest signed release, if any. */
  offered: string | null;
}
