// The kiosk's updates, end to end but for the installer itself: once a night it asks the feed for the offered
// release, accepts it or not (release-decision.ts), has the installer download it, checks the downloaded file
// against the signed manifest's sha512 (electron-updater re-reads the manifest on its own: the file is what
// counts), writes the journal and hands over. At each start it judges a new version's trial (update-trial.ts)
// and falls back at once when it failed. Every step is reported to the hub. The Electron side (the Installer:
// electron-updater's autoUpdater) is src/main/electron/updates/.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { UpdateReport, UpdatesConfig } from '../../shared/update-contract.ts';
import type { Timers } from '../engine/source-runner.ts';
import type { Logger } from '../logger.ts';
import { decideRelease } from './release-decision.ts';
import { promisedSha512, type ReleaseManifest } from './release-manifest.ts';
import type { UpdateJournalFile } from './update-journal-file.ts';
import type { UpdateSource } from './update-source.ts';
import { atStart, beforeInstall, panelsShown, trialFailed, TRIAL_MS, type TrialStep } from './update-trial.ts';
import { nextCheckAt, spreadOf } from './update-window.ts';

/** electron-builder's manifest for a platform: latest.yml (Windows), latest-linux.yml, latest-mac.yml. */
export function updateManifestName(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'latest.yml' : platform === 'darwin' ? 'latest-mac.yml' : 'latest-linux.yml';
}

export interface Installer {
  /** Downloads the release the feed offers (an older one when `allowDowngrade`); resolves with the file's path. */
  download(feedUrl: string, headers: Record<string, string>, allowDowngrade: boolean): Promise<string>;
  /** Quits and installs what was downloaded; the application comes back as the new version. */
  install(): void;
}

export interface UpdateRunnerOptions {
  source: UpdateSource;
  installer: Installer;
  journal: UpdateJournalFile;
  config: () => UpdatesConfig;
  /** The version running now. */
  version: string;
  /** The manifest of this platform: latest.yml (Windows), latest-linux.yml. */
  manifestName: string;
  /** This PC's name: its moment in the night window. */
  deviceName: string;
  timers: Timers;
  logger: Logger;
}

export type CheckOutcome = 'off' | 'unreachable' | 'up-to-date' | 'refused' | 'installing' | 'download-failed';

export class UpdateRunner {
  private checkTimer: unknown;
  private trialTimer: unknown;
  private lastCheckMs: number | null = null;
  private lastProblem: string | undefined;
  private stopped = false;

  constructor(private readonly options: UpdateRunnerOptions) {}

  /** At the application's start: the trial of a new version, the fallback, then the nightly checks. */
  async start(): Promise<void> {
    const { journal, version, timers } = this.options;
    const judged = atStart(journal.read(), version, timers.now());
    journal.write(judged.journal);
    // Just installed (or falling back): this night's check is done.
    if (judged.step.kind !== 'none') this.lastCheckMs = timers.now();
    await this.act(judged.step);
    this.schedule();
  }

  /** Every panel showed (the kiosk shell's heartbeats answered): a new version passed its trial. */
  async panelsShown(): Promise<void> {
    if (this.trialTimer === undefined) return;
    this.options.timers.clearTimeout(this.trialTimer);
    this.trialTimer = undefined;
    const shown = panelsShown(this.options.journal.read());
    this.options.journal.write(shown.journal);
    if (shown.report) await this.report(shown.report);
  }

  /** What went wrong with a panel (failed load, crash): the reason given if the trial fails. */
  panelProblem(reason: string): void {
    this.lastProblem = reason.slice(0, 400);
  }

  /** Looks for an update now (the nightly check; also tests). */
  async check(): Promise<CheckOutcome> {
    this.lastCheckMs = this.options.timers.now();
    const publicKey = this.options.config().publicKey;
    if (publicKey === undefined) return 'off';
    const failed = this.options.journal.read().failed.map((f) => f.version);
    let offered;
    try {
      offered = await this.options.source.offered(this.options.manifestName);
    } catch (err) {
      this.options.logger.warn('updates: the feed does not answer', { error: (err as Error).message });
      return 'unreachable';
    }
    const decision = decideRelease(offered, { current: this.options.version, publicKey, failed });
    if (decision.kind === 'up-to-date') {
      await this.report({ state: 'up-to-date', release: decision.offered });
      return 'up-to-date';
    }
    if (decision.kind === 'refused') {
      this.options.logger.warn('updates: release refused', { reason: decision.reason, message: decision.message });
      // The hub already knows that one failed here (its report said so): not news every night.
      if (decision.reason === 'failed-before') return 'refused';
      await this.report({
        state: 'refused',
        ...(decision.offered !== undefined ? { release: decision.offered } : {}),
        reason: decision.message,
      });
      return 'refused';
    }
    return this.install(decision.manifest, false);
  }

  stop(): void {
    this.stopped = true;
    this.options.timers.clearTimeout(this.checkTimer);
    this.options.timers.clearTimeout(this.trialTimer);
  }

  private async act(step: TrialStep): Promise<void> {
    if (step.kind === 'none') {
      if (step.report) await this.report(step.report);
    } else if (step.kind === 'trial') {
      this.trialTimer = this.options.timers.setTimeout(() => void this.trialOver(), TRIAL_MS);
    } else {
      await this.report(step.report);
      await this.fallBack(step.to);
    }
  }

  private async trialOver(): Promise<void> {
    this.trialTimer = undefined;
    const reason = this.lastProblem ?? `No panel showed within ${TRIAL_MS / 60_000} minutes of the start.`;
    const failed = trialFailed(this.options.journal.read(), reason, this.options.timers.now());
    this.options.journal.write(failed.journal);
    await this.act(failed.step);
  }

  private async fallBack(to: string): Promise<CheckOutcome> {
    const publicKey = this.options.config().publicKey;
    if (publicKey === undefined) return 'off';
    let offered;
    try {
      offered = await this.options.source.offered(this.options.manifestName, to);
    } catch (err) {
      this.options.logger.error('updates: cannot fall back', { to, error: (err as Error).message });
      return 'unreachable';
    }
    const decision = decideRelease(offered, { current: this.options.version, publicKey, failed: [], fallbackTo: to });
    if (decision.kind !== 'install') {
      const reason = decision.kind === 'refused' ? decision.message : `The hub offered ${to} as up to date.`;
      await this.report({ state: 'refused', release: to, reason: `Cannot fall back: ${reason}` });
      return 'refused';
    }
    return this.install(decision.manifest, true);
  }

  private async install(manifest: ReleaseManifest, fallback: boolean): Promise<CheckOutcome> {
    const { source, installer, journal, timers, version, logger } = this.options;
    const release = manifest.version;
    await this.report({ state: 'downloading', release });
    let file: string;
    try {
      file = await installer.download(source.feedUrl(fallback ? release : undefined), source.headers(), fallback);
    } catch (err) {
      const reason = `The download of ${release} failed: ${(err as Error).message}`;
      logger.warn('updates: download failed', { release, reason });
      await this.report({ state: 'failed', release, reason });
      return 'download-failed';
    }
    const promised = promisedSha512(manifest, basename(file)) ?? manifest.sha512;
    const actual = await sha512Of(file);
    if (promised !== actual) {
      const reason = `The downloaded ${basename(file)} does not match the signed manifest of ${release}: not installed.`;
      await this.report({ state: 'refused', release, reason });
      return 'refused';
    }
    if (this.stopped) return 'installing';
    journal.write(beforeInstall(journal.read(), version, release, timers.now(), fallback));
    await this.report({ state: 'installing', release });
    logger.info('updates: installing', { from: version, to: release, fallback });
    installer.install();
    return 'installing';
  }

  private schedule(): void {
    if (this.stopped) return;
    const { timers, config, deviceName } = this.options;
    const at = nextCheckAt(timers.now(), config().window, this.lastCheckMs, spreadOf(deviceName));
    this.checkTimer = timers.setTimeout(
      () => void this.check().finally(() => this.schedule()),
      Math.max(1_000, at - timers.now()),
    );
  }

  private async report(report: Omit<UpdateReport, 'version'>): Promise<void> {
    const sent = await this.options.source.report({ ...report, version: this.options.version });
    this.options.logger.info('updates: ' + report.state, { ...report, toHub: sent });
  }
}

function sha512Of(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha512');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('base64')));
  });
}
