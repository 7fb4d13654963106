// The settings behind /api/settings: reads masked, writes validated by the one validateConfig, sealed,
// written atomically, then applied to the running wall (engine.reconfigure) without a restart.
import { z } from 'zod';
import type { WallNotice } from '../../shared/health.ts';
import type {
  IdentifyScreensResponse,
  ProfileExport,
  AuditEntryView,
  AuditResponse,
  ConnectorFormView,
  RecentPostsResponse,
  SettingsResponse,
  SourceTestResponse,
} from '../../shared/settings-contract.ts';
import { canonical } from '../../shared/canonical-json.ts';
import type { Language } from '../../shared/config.ts';
import { writeConfigAtomically } from '../config/config-file.ts';
import { missingSections } from '../config/complete-save.ts';
import {
  formatPath,
  messagesIn,
  validateConfig,
  validateSource,
  type ConnectorRegistry,
  type FieldError,
  type ResolvedConfig,
} from '../config/validate-config.ts';
import type { Logger } from '../logger.ts';
import { maskSecrets, sealSecrets, unmaskSecrets } from '../secrets/sealed-config.ts';
import { optionsJsonSchema } from '../secrets/secret-fields.ts';
import type { SecretStore } from '../secrets/secret-store.ts';
import type { SettingsApi, SettingsOutcome } from './settings-api.ts';
import { testSourceConnection } from './test-source.ts';
import { ExportRequestSchema, exportProfile, openProfile } from './profile-transfer.ts';
import { PinSchema, type PinLane, type PinLock } from './pin-lock.ts';
import { PinTriesLog } from './pin-tries-log.ts';
import { auditPage, hidePost, recentPosts, restorePost, type PostModeration } from './post-moderation-api.ts';

export interface ReconfigurableWall {
  reconfigure(next: ResolvedConfig): Promise<void>;
  /** A successful Test connection of the source as saved: one parked on a refused token retries now. */
  retrySource?(sourceId: string): void;
}

export interface SettingsServiceOptions {
  registry: ConnectorRegistry;
  secrets: SecretStore;
  /** Where the settings write the configuration. */
  configPath: string;
  initial: ResolvedConfig;
  wall: ReconfigurableWall;
  logger: Logger;
  notices(): WallNotice[];
  /** The IT PIN (Electron settings window); without it, /pin and /unlock answer 404. */
  pin?: PinLock;
  /** The clock of the PIN tries' log summaries (the PinLock's). */
  now?: () => number;
  sourceTestTimeoutMs?: number;
  /** Hide and restore by a person, the audit log (the engine's ModerationDesk). */
  moderation?: PostModeration;
  /** The kiosk's "identify screens" (Electron's shell); absent headless. */
  identifyScreens?: () => IdentifyScreensResponse;
  /** How the wall runs (what the page says the PIN locks); headless by default. */
  mode?: 'kiosk' | 'headless';
  /** Where a save is kept instead of `configPath` (a hub: its database, shared by its processes). */
  persist?: { write(sealed: Record<string, unknown>): Promise<void>; where: string };
}

const NO_MODERATION: SettingsOutcome<never> = {
  status: 404,
  body: { error: 'This wall has no post store to moderate.' },
};

const PinBodySchema = z.object({ pin: PinSchema });
const TestRequestSchema = z.object({ source: z.unknown().optional() }).optional();

const refused = (errors: FieldError[]): SettingsOutcome<never> => ({ status: 422, body: { errors } });

export class SettingsService implements SettingsApi {
  private current: ResolvedConfig;
  /** Writes are applied one at a time, in order. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly connectors: ConnectorFormView[];
  private readonly pinTries: PinTriesLog;

  constructor(private readonly options: SettingsServiceOptions) {
    this.current = options.initial;
    this.pinTries = new PinTriesLog(options.logger, options.now ?? Date.now);
    this.connectors = [...options.registry.values()].map((d) => ({
      type: d.type,
      label: d.label,
      networks: [...d.networks],
      defaultPollSeconds: d.defaultPollSeconds,
      minPollSeconds: d.minPollSeconds,
      optionsSchema: optionsJsonSchema(d),
    }));
  }

  get config(): ResolvedConfig {
    return this.current;
  }

  read(): SettingsResponse {
    return {
      config: maskSecrets(this.current.config, this.options.registry),
      connectors: this.connectors,
      pinSet: this.options.pin?.isSet() ?? false,
      secretStorage: {
        kind: this.options.secrets.kind,
        note: this.options.secrets.note,
        ...this.options.secrets.detail,
      },
      notices: this.options.notices(),
      canIdentifyScreens: this.options.identifyScreens !== undefined,
      mode: this.options.mode ?? 'headless',
    };
  }

  identifyScreens(): SettingsOutcome<IdentifyScreensResponse> {
    const identify = this.options.identifyScreens;
    if (!identify) {
      return {
        status: 404,
        body: {
          error:
            'Only the kiosk (the Electron app) shows numbers on its screens; here each screen is a browser opened on its panel URL.',
        },
      };
    }
    return { status: 200, body: identify() };
  }

  /** Validates a whole configuration (masked secrets resolved against the current one), without applying it. */
  check(input: unknown): { ok: true; value: ResolvedConfig } | { ok: false; errors: FieldError[] } {
    // Messages in the language the page is in: the submitted configuration's, else the wall's.
    const language = this.languageOf(input);
    const unmasked = unmaskSecrets(input, this.current.config, this.options.registry);
    if (unmasked.errors.length) return { ok: false, errors: messagesIn(unmasked.errors, language) };
    const result = validateConfig(unmasked.value, this.options.registry, { language });
    return result.ok ? { ok: true, value: result.value } : { ok: false, errors: result.errors };
  }

  private languageOf(input: unknown): Language {
    const submitted =
      typeof input === 'object' && input !== null ? (input as { language?: unknown }).language : undefined;
    return submitted === 'en' || submitted === 'fr' ? submitted : this.current.config.language;
  }

  replace(input: unknown): Promise<SettingsOutcome<SettingsResponse>> {
    const run = this.queue.then(() => this.apply(input));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async apply(input: unknown): Promise<SettingsOutcome<SettingsResponse>> {
    // A save is a whole configuration or a refusal: never `{}` filled with the defaults.
    const missing = missingSections(input);
    if (missing.length) return refused(messagesIn(missing, this.languageOf(input)));
    const checked = this.check(input);
    if (!checked.ok) return refused(checked.errors);
    const { registry, secrets, logger, persist } = this.options;
    const configPath = persist?.where ?? this.options.configPath;
    try {
      const sealed = sealSecrets(checked.value.config, registry, secrets);
      if (persist) await persist.write(sealed);
      else writeConfigAtomically(configPath, sealed);
    } catch (err) {
      logger.error('settings: the configuration could not be written', {
        path: configPath,
        code: (err as NodeJS.ErrnoException).code,
        error: (err as Error).message,
      });
      return {
        status: 500,
        body: { error: `The configuration could not be written to ${configPath}; nothing changed.` },
      };
    }
    this.current = checked.value;
    await this.options.wall.reconfigure(checked.value);
    logger.info('settings: configuration saved and applied', {
      path: configPath,
      sources: checked.value.sources.length,
      panels: checked.value.config.panels.length,
    });
    return { status: 200, body: this.read() };
  }

  /** A configuration saved elsewhere (another process of a hub): applied here too, after any save in progress. */
  adopt(next: ResolvedConfig): Promise<void> {
    const run = this.queue.then(async () => {
      this.current = next;
      await this.options.wall.reconfigure(next);
      this.options.logger.info('settings: configuration saved by another process applied');
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  async hidePost(key: string, input: unknown): Promise<SettingsOutcome<AuditEntryView>> {
    return this.options.moderation ? hidePost(this.options.moderation, key, input) : NO_MODERATION;
  }

  async restorePost(key: string): Promise<SettingsOutcome<AuditEntryView>> {
    return this.options.moderation ? restorePost(this.options.moderation, key) : NO_MODERATION;
  }

  async audit(query: Record<string, string>): Promise<SettingsOutcome<AuditResponse>> {
    return this.options.moderation ? auditPage(this.options.moderation, query) : NO_MODERATION;
  }

  async recentPosts(query: Record<string, string>): Promise<SettingsOutcome<RecentPostsResponse>> {
    return this.options.moderation ? recentPosts(this.options.moderation, query) : NO_MODERATION;
  }

  exportProfile(input?: unknown): SettingsOutcome<ProfileExport> {
    const { registry } = this.options;
    if (input === undefined) return { status: 200, body: exportProfile(this.current.config, registry, Date.now()) };
    const request = ExportRequestSchema.safeParse(input);
    if (!request.success)
      return refused(request.error.issues.map((i) => ({ field: formatPath(i.path), message: i.message })));
    return { status: 200, body: exportProfile(this.current.config, registry, Date.now(), request.data.passphrase) };
  }

  async importProfile(input: unknown): Promise<SettingsOutcome<SettingsResponse>> {
    const opened = openProfile(input, this.options.registry, this.options.secrets);
    if (!opened.ok) return refused(messagesIn(opened.errors, this.current.config.language));
    // This PC keeps its own credentials (masks resolve to the tokens in force).
    const { token, adminToken } = this.current.config.server;
    const imported = opened.config as Record<string, unknown>;
    const server = {
      ...(imported['server'] as Record<string, unknown> | undefined),
      ...(token !== undefined ? { token: { $secret: 'set' } } : {}),
      ...(adminToken !== undefined ? { adminToken: { $secret: 'set' } } : {}),
    };
    // Whether this PC's guided setup was done is this PC's, like its tokens: a profile does not change it.
    const config = { ...imported, server, setup: this.current.config.setup };
    // Validated whole first, so a refusal names every field and changes nothing; then the same path as PUT.
    const checked = this.check(config);
    if (!checked.ok) return refused(checked.errors);
    return this.replace(config);
  }

  async setPin(input: unknown): Promise<SettingsOutcome<{ pinSet: true }>> {
    const { pin } = this.options;
    if (!pin) return { status: 404, body: { error: 'This wall has no PIN store.' } };
    const parsed = PinBodySchema.safeParse(input);
    if (!parsed.success)
      return refused(parsed.error.issues.map((i) => ({ field: formatPath(i.path), message: i.message })));
    try {
      await pin.set(parsed.data.pin);
    } catch (err) {
      this.options.logger.error('settings: the PIN could not be saved', { code: (err as NodeJS.ErrnoException).code });
      return {
        status: 500,
        body: { error: 'The PIN could not be saved in the data directory; the previous PIN (if any) still holds.' },
      };
    }
    this.options.logger.info('settings: IT PIN set');
    return { status: 200, body: { pinSet: true } };
  }

  async unlock(input: unknown, lane: PinLane = 'other'): Promise<SettingsOutcome<{ unlocked: true }>> {
    const { pin } = this.options;
    if (!pin) return { status: 404, body: { error: 'This wall has no PIN store.' } };
    const parsed = PinBodySchema.safeParse(input);
    if (!parsed.success)
      return refused(parsed.error.issues.map((i) => ({ field: formatPath(i.path), message: i.message })));
    const result = await pin.unlock(parsed.data.pin, lane);
    switch (result.kind) {
      case 'unlocked':
        this.pinTries.unlocked(lane);
        return { status: 200, body: { unlocked: true } };
      case 'no-pin':
        return {
          status: 409,
          body: { error: 'No IT PIN has been chosen yet: open the settings with the settings URL and choose one.' },
        };
      case 'wrong':
        this.pinTries.refused(lane, 'wrong');
        return { status: 422, body: { errors: [{ field: 'pin', message: 'wrong PIN' }] } };
      case 'locked':
        this.pinTries.refused(lane, 'delayed', result.retryAfterSeconds);
        return {
          status: 429,
          body: { error: `Too many wrong PINs: try again in ${result.retryAfterSeconds} s.` },
          retryAfterSeconds: result.retryAfterSeconds,
        };
    }
  }

  async testSource(sourceId: string, input: unknown): Promise<SettingsOutcome<SourceTestResponse>> {
    const request = TestRequestSchema.safeParse(input);
    if (!request.success) return refused([{ field: '(body)', message: 'send { "source": { … } } or nothing' }]);
    let source: unknown;
    if (request.data?.source !== undefined) {
      // The submitted source, its masked secrets taken from the stored source of the same id.
      const unmasked = unmaskSecrets({ sources: [request.data.source] }, this.current.config, this.options.registry);
      const named = unmasked.errors.map((e) => ({ ...e, field: e.field.replace(/^sources\[0\]\./, 'source.') }));
      if (named.length) return refused(messagesIn(named, this.current.config.language));
      source = (unmasked.value as { sources: unknown[] }).sources[0];
    } else {
      source = this.current.config.sources.find((s) => s.id === sourceId);
      if (!source) return { status: 404, body: { error: `No source "${sourceId}".` } };
    }
    // The same checks and messages as a save, in the wall's language (the page's).
    const checked = validateSource(source, this.options.registry, { language: this.current.config.language });
    if (!checked.ok) return refused(checked.errors);
    const { definition, options } = checked.value;
    const result = await testSourceConnection(definition, options, {
      sourceId,
      logger: this.options.logger,
      ...(this.options.sourceTestTimeoutMs !== undefined ? { timeoutMs: this.options.sourceTestTimeoutMs } : {}),
    });
    // The source as it runs passed: if it waits after a refused token (renewed on the network's side), it goes now.
    const running = this.current.sources.find((s) => s.config.id === sourceId);
    if (result.ok && running && canonical(running.config) === canonical(checked.value.config))
      this.options.wall.retrySource?.(sourceId);
    return { status: 200, body: result };
  }
}
