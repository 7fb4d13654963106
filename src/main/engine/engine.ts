// The engine: one runner per enabled source feeding the ingest pipeline, the change feed the screens
// follow, the sources' health and the statistics. It runs the same in Electron's main process and in
// plain Node (headless mode).
import type { ConnectorVault, InboundRequest } from '../../connectors/connector.ts';
import type { AnsweringResponse } from '../../shared/answering.ts';
import type { HealthResponse, PanelView, PanelsResponse, StreamEvent } from '../../shared/api-contract.ts';
import type { SourceHealth, WallNotice } from '../../shared/health.ts';
import type { Post } from '../../shared/post.ts';
import type { WallStats } from '../../shared/stats.ts';
import type { ResolvedConfig, ResolvedSource } from '../config/validate-config.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/store-api.ts';
import { keepActiveSourcesOnWall } from './active-sources.ts';
import { ChangeFeed } from './change-feed.ts';
import { IngestPipeline } from './ingest-pipeline.ts';
import { ModerationDesk } from './moderation-desk.ts';
import { compileModerationPolicy, type ModerationPolicy } from './moderate/moderation-policy.ts';
import { ModerationCatchUp } from './moderate/moderation-catch-up.ts';
import { RetentionLoop } from './retention-loop.ts';
import { SourceRunner, realTimers, type Timers } from './source-runner.ts';
import { networkRatings } from './network-ratings.ts';
import { startOfDayMs } from './start-of-day.ts';
import { computeStats, type StatsInput } from './stats-calculator.ts';
import { answeringList } from './answering-list.ts';
import { StatsTicker } from './stats-ticker.ts';
import type { WallReadApi } from './wall-read-api.ts';

export interface EngineOptions {
  resolved: ResolvedConfig;
  store: Store;
  logger: Logger;
  /** URL prefix under which bundled assets are served (the demo's pictures). */
  assetBaseUrl: string;
  timers?: Timers;
  /** How often statistics are pushed at most, and retention runs. */
  statsIntervalMs?: number;
  /** How often statistics are pushed even when nothing changed (time alone moves the windows). */
  statsHeartbeatMs?: number;
  retentionIntervalMs?: number;
  /** What IT should know about the configuration (a damaged file moved aside). */
  notices?: WallNotice[];
  /** Where the sources' run-time secrets are kept sealed (secrets/connector-vault-file.ts); absent: memory only. */
  vaults?: { forSource(sourceId: string): ConnectorVault; keepOnly(sourceIds: Iterable<string>): void };
}

const MAX_POSTS_PER_REQUEST = 200;

export class Engine implements WallReadApi {
  readonly feed = new ChangeFeed();
  readonly pipeline: IngestPipeline;
  /** Hide and restore by a person, the audit log, the hidden counter. */
  readonly moderation: ModerationDesk;
  /** The moderation rules in force, compiled from the configuration (none by default). */
  private moderationPolicy: ModerationPolicy;
  private readonly runners = new Map<string, SourceRunner>();
  private readonly health$ = new Map<string, SourceHealth>();
  private readonly timers: Timers;
  private readonly statsTicker: StatsTicker;
  private readonly retention: RetentionLoop;
  /** Judges the stored posts again when the rules change (or changed while the wall was stopped). */
  private readonly moderationCatchUp: ModerationCatchUp;
  private latestStats: WallStats | undefined;
  private stopped = false;
  /** Whether this process runs the sources (always, but on a hub process without the connector lease). */
  private connectorsRunning = false;
  /** The configuration in force; replaced whole by reconfigure(). */
  private resolved: ResolvedConfig;

  constructor(private readonly options: EngineOptions) {
    const { store, logger } = options;
    this.resolved = options.resolved;
    this.timers = options.timers ?? realTimers;
    this.moderationPolicy = compileModerationPolicy(options.resolved.config.moderation);
    this.statsTicker = new StatsTicker({
      timers: this.timers,
      compute: async () => computeStats(store.stats, await this.statsInput()),
      publish: (stats) => {
        this.latestStats = stats;
        this.feed.publish({ type: 'stats', data: { stats } });
      },
      logger,
      ...(options.statsIntervalMs === undefined ? {} : { intervalMs: options.statsIntervalMs }),
      ...(options.statsHeartbeatMs === undefined ? {} : { heartbeatMs: options.statsHeartbeatMs }),
    });
    const markStatsDirty = (): void => this.statsTicker.markDirty();
    this.pipeline = new IngestPipeline({
      writer: store.writer,
      feed: this.feed,
      logger,
      onChange: markStatsDirty,
      moderation: () => this.moderationPolicy,
    });
    this.moderation = new ModerationDesk(store, this.feed, () => this.timers.now(), markStatsDirty);
    this.retention = new RetentionLoop({
      writer: store.writer,
      timers: this.timers,
      retentionDays: () => this.resolved.config.retentionDays,
      onExpired: (keys) => this.pipeline.remove(keys, 'expired'),
      onChange: markStatsDirty,
      logger,
      ...(options.retentionIntervalMs === undefined ? {} : { intervalMs: options.retentionIntervalMs }),
    });
    this.moderationCatchUp = new ModerationCatchUp({
      store,
      feed: this.feed,
      logger,
      policy: () => this.moderationPolicy,
      onChange: markStatsDirty,
    });
  }

  /**
   * Resolves once every source has read where it left off and started. With `connectors: false` (a hub process
   * that does not hold the connector lease, src/main/fleet/) it only serves until startConnectors().
   */
  async start(options: { connectors?: boolean } = {}): Promise<void> {
    if (options.connectors !== false) await this.startConnectors();
    this.statsTicker.start();
    this.options.logger.info('engine started', { sources: this.runners.size });
  }

  /** The sources' runners and the background writes (retention, withdrawal, the rules' catch-up). */
  async startConnectors(): Promise<void> {
    if (this.connectorsRunning || this.stopped) return;
    this.connectorsRunning = true;
    this.retention.start();
    this.options.vaults?.keepOnly(this.resolved.sources.map((s) => s.config.id));
    void this.keepActiveSourcesOnWall().catch((err: unknown) =>
      this.options.logger.error('withdrawing the posts of removed or paused sources failed', { error: err }),
    );
    await this.moderationCatchUp.atStart();
    await this.pipeline.warmUp();
    if (!this.connectorsRunning || this.stopped) return;
    await Promise.all(this.resolved.sources.map((source) => this.startSource(source)));
  }

  /** Another process runs the connectors now (a hub's lease was lost): this one only serves. */
  async stopConnectors(): Promise<void> {
    if (!this.connectorsRunning) return;
    this.connectorsRunning = false;
    this.retention.stop();
    const runners = [...this.runners.values()];
    this.runners.clear();
    await Promise.all(runners.map((r) => r.stop()));
    this.options.logger.info('engine: connectors stopped, serving only');
  }

  /**
   * Applies a new configuration without a restart: sources removed or changed are stopped (a poll in flight
   * finishes and saves its cursor), new and changed ones started; panels and brand follow at once, and the
   * screens are told to refetch them (`panels` event). Unchanged sources keep running untouched.
   */
  async reconfigure(next: ResolvedConfig): Promise<void> {
    const before = new Map(this.resolved.sources.map((s) => [s.config.id, JSON.stringify(s.config)]));
    const after = new Map(next.sources.map((s) => [s.config.id, JSON.stringify(s.config)]));
    const changedIds = [...before.keys()].filter((id) => before.get(id) !== after.get(id));
    const moderationChanged =
      JSON.stringify(this.resolved.config.moderation) !== JSON.stringify(next.config.moderation);
    this.resolved = next;
    this.options.vaults?.keepOnly(next.sources.map((s) => s.config.id));
    if (moderationChanged) {
      // New rules apply to the posts that arrive from now on, and to those already stored (in the background,
      // by the process that runs the connectors).
      this.moderationPolicy = compileModerationPolicy(next.config.moderation);
      if (this.connectorsRunning) this.moderationCatchUp.judgeStoredPosts('settings');
    }
    await Promise.all(
      changedIds.map(async (id) => {
        const runner = this.runners.get(id);
        this.runners.delete(id);
        if (!after.has(id)) this.health$.delete(id);
        await runner?.stop();
      }),
    );
    if (this.stopped) return;
    if (this.connectorsRunning) {
      // A source removed or paused leaves the wall before the screens refetch (the `panels` event below).
      await this.keepActiveSourcesOnWall().catch((err: unknown) =>
        this.options.logger.error('withdrawing the posts of removed or paused sources failed', { error: err }),
      );
      const starts: Promise<void>[] = [];
      for (const source of next.sources) {
        if (before.get(source.config.id) !== after.get(source.config.id)) starts.push(this.startSource(source));
        // Saved unchanged (the same token pasted again once it works): a source parked on a refused token goes now.
        else this.runners.get(source.config.id)?.retryNow();
      }
      await Promise.all(starts);
    }
    this.statsTicker.markDirty();
    this.feed.publish({ type: 'panels', data: { reason: 'settings' } });
    this.options.logger.info('engine reconfigured', { sources: this.runners.size, restarted: changedIds.length });
  }

  private keepActiveSourcesOnWall(): Promise<void> {
    const active = this.resolved.sources.filter((s) => s.config.enabled).map((s) => s.config.id);
    const deps = { writer: this.options.store.writer, feed: this.feed, onChange: () => this.statsTicker.markDirty() };
    return keepActiveSourcesOnWall(deps, active);
  }

  /** A successful Test connection of a source as it runs: if it waits after a refused token, it tries now. */
  retrySource(sourceId: string): void {
    this.runners.get(sourceId)?.retryNow();
  }

  /** Resolves once the stored posts are judged by the rules in force (after a change of the rules). */
  moderationSettled(): Promise<void> {
    return this.moderationCatchUp.settled();
  }

  private startSource(source: ResolvedSource): Promise<void> {
    const { store, logger } = this.options;
    const { config, definition } = source;
    if (!config.enabled) {
      this.onHealth({
        sourceId: config.id,
        type: config.type,
        networks: [...definition.networks],
        state: 'paused',
        consecutiveFailures: 0,
        invalidItems: 0,
        acceptedItems: 0,
      });
      return Promise.resolve();
    }
    const driver = definition.create(source.options, {
      sourceId: config.id,
      now: () => this.timers.now(),
      assetBaseUrl: this.options.assetBaseUrl,
      log: logger.child({ sourceId: config.id }),
      ...(this.options.vaults ? { vault: this.options.vaults.forSource(config.id) } : {}),
    });
    const runner = new SourceRunner({
      sourceId: config.id,
      type: config.type,
      networks: definition.networks,
      driver,
      intervalMs: (config.pollSeconds ?? definition.defaultPollSeconds) * 1000,
      cachePolicy: config.cachePolicy ?? definition.defaultCachePolicy,
      ingest: (events, stamp) => this.pipeline.submit(events, stamp),
      loadState: () => store.writer.loadSourceState(config.id),
      saveState: (state) => store.writer.saveSourceState(state),
      onHealth: (health) => this.onHealth(health),
      logger: logger.child({ sourceId: config.id }),
      timers: this.timers,
    });
    this.runners.set(config.id, runner);
    return runner.start();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.statsTicker.stop();
    this.retention.stop();
    await Promise.all([...[...this.runners.values()].map((r) => r.stop()), this.moderationCatchUp.stop()]);
    this.feed.complete();
  }

  /** A change made by another process of a hub (fleet/pg-fan-out.ts): shown to this one's screens. */
  relay(event: StreamEvent): void {
    if (event.type === 'health') return this.onHealth(event.data.source);
    this.feed.publish(event);
    if (event.type === 'post' || event.type === 'remove') this.statsTicker.markDirty();
  }

  /** Posts pushed to the local server for a source (the company site's webhook). */
  async receive(
    sourceId: string,
    request: InboundRequest,
  ): Promise<{ status: number; error?: string; accepted?: number; invalid?: number }> {
    const runner = this.runners.get(sourceId);
    return runner ? runner.receive(request) : { status: 404, error: `No running source "${sourceId}".` };
  }

  panels(): PanelsResponse {
    const { config } = this.resolved;
    return {
      panels: config.panels.map((p) => this.panelView(p.id)).filter((p): p is PanelView => !!p),
      brand: config.brand,
      language: config.language,
    };
  }

  panel(id: string): PanelView | undefined {
    return this.panelView(id);
  }

  async posts(panelId: string, limit: number): Promise<Post[] | undefined> {
    const panel = this.panelView(panelId);
    if (!panel) return undefined;
    return this.options.store.reader.newestForPanel(panel, Math.max(1, Math.min(limit, MAX_POSTS_PER_REQUEST)));
  }

  health(): HealthResponse {
    return {
      sources: [...this.health$.values()],
      notices: [...(this.options.notices ?? []), ...this.options.store.notices],
    };
  }

  /** The latest statistics (computed at once only for the very first request). */
  async stats(): Promise<WallStats> {
    this.latestStats ??= await computeStats(this.options.store.stats, await this.statsInput());
    return this.latestStats;
  }

  answering(): Promise<AnsweringResponse> {
    const { language, responseTargetMinutes } = this.resolved.config;
    return answeringList(this.options.store.stats, this.timers.now(), language, responseTargetMinutes * 60);
  }

  private async statsInput(): Promise<StatsInput> {
    const { timeZone, responseTargetMinutes, answerTargetPercent } = this.resolved.config;
    const now = this.timers.now();
    // A count over the partial index of hidden posts: cheap at every stats tick.
    const hidden = await this.options.store.reader.hiddenCount(now);
    return {
      nowMs: now,
      startOfDayMs: startOfDayMs(now, timeZone),
      responseTargetSeconds: responseTargetMinutes * 60,
      answerTarget: answerTargetPercent / 100,
      hidden,
      networkRatings: networkRatings(this.health$.values()),
    };
  }

  private panelView(id: string): PanelView | undefined {
    const { config, sources } = this.resolved;
    const panel = config.panels.find((p) => p.id === id);
    if (!panel) return undefined;
    const feeding = sources.filter(
      (s) => s.config.enabled && (panel.sources.length === 0 || panel.sources.includes(s.config.id)),
    );
    return {
      id: panel.id,
      title: panel.title,
      type: panel.type,
      networks: panel.networks,
      sources: panel.sources,
      demo: feeding.some((s) => s.config.type === 'demo'),
      ...(panel.density ? { density: panel.density } : {}),
      ...(panel.spotlightSeconds ? { spotlightSeconds: panel.spotlightSeconds } : {}),
    };
  }

  private onHealth(health: SourceHealth): void {
    // A source removed by the settings may still report while it stops: it is no longer shown.
    if (!this.resolved.sources.some((s) => s.config.id === health.sourceId)) return;
    this.health$.set(health.sourceId, health);
    this.feed.publish({ type: 'health', data: { source: health } });
  }
}
