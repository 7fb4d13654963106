// Composes the headless wall: config → store → engine (connectors) → local server. The Electron shell
// and the CLI both start the wall through here; nothing happens at import time.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectorRegistry } from '../connectors/registry.ts';
import { loadWallConfig } from './config/load-wall-config.ts';
import { Engine } from './engine/engine.ts';
import type { Timers } from './engine/source-runner.ts';
import type { Logger } from './logger.ts';
import { openConnectorVaultFile } from './secrets/connector-vault-file.ts';
import { openKeyFileSecretStore } from './secrets/key-file-secret-store.ts';
import { vaultNotices } from './secrets/vault-notices.ts';
import type { SecretStore } from './secrets/secret-store.ts';
import { followWallPictures } from './pictures/follow-wall-pictures.ts';
import { PictureCache } from './pictures/picture-cache.ts';
import { createApp } from './server/create-app.ts';
import type { IdentifyScreensResponse } from '../shared/settings-contract.ts';
import type { KioskConfig, ScreensConfig } from '../shared/config.ts';
import { SettingsService } from './settings/settings-service.ts';
import { PinLock } from './settings/pin-lock.ts';
import { startServer, type ServerTimeouts } from './server/start-server.ts';
import type { EventsRouteLimits } from './server/events-route.ts';
import { openSqliteStore } from './store/open-sqlite-store.ts';
import { openPostgresStore } from './store/postgres/open-postgres-store.ts';
import { HUB_EVENTS_LIMITS, type HubOptions } from './fleet/hub-options.ts';
import { startHub } from './fleet/start-hub.ts';
import { HubSignals } from './fleet/hub-signals.ts';
import { followHubSettings, HubSettings } from './fleet/hub-settings.ts';
import { startFollowerWall, type FollowingWall } from './fleet/follower/follower-wall.ts';
import type { FollowOptions } from './fleet/follower/start-follower.ts';
import { hubFleetServer } from './fleet/fleet-routes.ts';
import { UpdateFolder } from './fleet/update-folder.ts';
import { UpdateSource } from './updates/update-source.ts';

export interface WallOptions {
  /** Config file; when absent, `<dataDir>/config.json` if it exists, else the embedded default. */
  configFile?: string;
  /** A configuration given in code instead of a file (`--emulate`, tests). */
  config?: unknown;
  dataDir: string;
  host?: string;
  port?: number;
  logger: Logger;
  rendererDir?: string;
  assetsDir?: string;
  /** Seals the sources' secrets at rest; default: the key file in dataDir (Electron passes safeStorage's). */
  secretStore?: SecretStore;
  /** The clock of the PIN's delays (tests move it by hand). */
  now?: () => number;
  /** The kiosk shell's "identify screens", offered to the settings page (absent headless). */
  identifyScreens?: () => IdentifyScreensResponse;
  /** The server's bounds against slow and abusive clients (tests and the fault suite lower them). */
  serverLimits?: { timeouts?: ServerTimeouts; events?: EventsRouteLimits };
  /** A fleet hub: the store is this PostgreSQL database instead of `<dataDir>/wall.db` (docs/fleet.md). */
  hub?: HubOptions;
}

export interface PanelLink {
  id: string;
  title: string;
  /** Carries the display token once; the server trades it for a cookie. */
  url: string;
}

/** What the kiosk shell reads of the configuration, as it is now (the settings page may change it). */
export interface KioskView {
  panels: PanelLink[];
  screens: ScreensConfig;
  kiosk: KioskConfig;
}

export interface RunningWall {
  origin: string;
  panels: PanelLink[];
  /** The settings page; carries the admin credential once (traded for the sw_admin cookie). */
  settingsUrl: string;
  engine: Engine;
  /** The kiosk shell's part of the current configuration: it never reads the config file itself. */
  kioskView(): KioskView;
  /** Whether the IT PIN has been chosen (the kiosk's settings window opens on the PIN prompt then). */
  pinSet(): boolean;
  /** kiosk.updates.feedUrl's feed (src/main/updates/), when set. */
  updates?: UpdateSource;
  stop(): Promise<void>;
}

/** What the kiosk shell drives: a wall, or a store PC following its hub (followHub). */
export type KioskWall = Pick<
  RunningWall,
  'origin' | 'panels' | 'settingsUrl' | 'kioskView' | 'pinSet' | 'updates' | 'stop'
>;

// What the kiosk shell (src/main/electron) needs of the engine's parts besides startWall: it reaches the
// engine only through this file (test/unit/architecture/layers.test.ts).
export { defaultDataDir } from './config/data-dir.ts';
export { ConfigError } from './config/load-config.ts';
export { openKeyFileSecretStore, openWithKey, sealWithKey } from './secrets/key-file-secret-store.ts';
export { SecretStoreError, type SecretStore } from './secrets/secret-store.ts';
export { FollowerStartError, type FollowOptions } from './fleet/follower/start-follower.ts';
export type { FollowingWall } from './fleet/follower/follower-wall.ts';
export { UpdateRunner, updateManifestName, type Installer } from './updates/update-runner.ts';
export { UpdateJournalFile } from './updates/update-journal-file.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::';
}

function whereConfigIs(options: WallOptions) {
  const defaultConfig = join(options.dataDir, 'config.json');
  const configFile = options.configFile ?? (existsSync(defaultConfig) ? defaultConfig : undefined);
  const configSource =
    options.config !== undefined
      ? { object: options.config }
      : {
          file: configFile ?? defaultConfig,
          // A file given elsewhere than the data folder is IT's: refused when broken, never replaced.
          provisioned: options.configFile !== undefined && resolve(options.configFile) !== resolve(defaultConfig),
        };
  return { configFile, defaultConfig, configSource };
}

export async function startWall(options: WallOptions): Promise<RunningWall> {
  const { logger } = options;
  const { configFile, defaultConfig, configSource } = whereConfigIs(options);
  mkdirSync(options.dataDir, { recursive: true });
  const secrets = options.secretStore ?? openKeyFileSecretStore(options.dataDir);
  const loaded = loadWallConfig(configSource, connectorRegistry, secrets, Date.now());
  for (const notice of loaded.notices) logger.error('configuration', { notice: notice.message });

  // Run-time secrets of the connectors (rotated tokens), sealed like the config's; problems reach the health notices.
  // One notice per code (a full disk fails every renewal: the latest, not a growing list); a later write clears it.
  const vaultReports = vaultNotices(loaded.notices, logger);
  const vaults = openConnectorVaultFile(
    options.dataDir,
    secrets,
    vaultReports.report,
    Date.now(),
    vaultReports.written,
  );
  const store = options.hub
    ? await openPostgresStore({ connectionString: options.hub.database, logger })
    : openSqliteStore({ path: join(options.dataDir, 'wall.db'), logger });
  // A hub's settings are its database's, shared by its processes (the first one's config seeds them).
  const signals = options.hub ? new HubSignals({ database: options.hub.database, logger }) : undefined;
  const hubSettings = options.hub ? new HubSettings({ database: options.hub.database, secrets, logger }) : undefined;
  await signals?.start();
  const resolved = hubSettings ? await hubSettings.shared(loaded.resolved) : loaded.resolved;
  const { config } = resolved;
  const engine = new Engine({ resolved, store, logger, assetBaseUrl: '/bundled', notices: loaded.notices, vaults });
  const pictures = new PictureCache({
    dir: join(options.dataDir, 'pictures'),
    logger: logger.child({ part: 'pictures' }),
  });
  const pin = new PinLock(options.dataDir, options.now ?? Date.now);
  const settings = new SettingsService({
    registry: connectorRegistry,
    secrets,
    configPath: configFile ?? defaultConfig,
    initial: resolved,
    wall: engine,
    logger,
    notices: () => engine.health().notices,
    moderation: engine.moderation,
    pin,
    now: options.now ?? Date.now,
    ...(options.identifyScreens ? { identifyScreens: options.identifyScreens } : {}),
    // Only the kiosk shell hands over "identify screens": its presence is the kiosk.
    mode: options.identifyScreens ? 'kiosk' : 'headless',
    ...(hubSettings
      ? { persist: { write: (sealed) => hubSettings.write(sealed, signals), where: "the hub's database" } }
      : {}),
  });
  if (hubSettings && signals) followHubSettings(hubSettings, signals, (next) => settings.adopt(next), logger);

  // New tokens at each launch unless configured (a signage player needs a stable URL). Two credentials,
  // never confused: the display token shows the wall, the admin token opens the settings.
  const token = config.server.token ?? randomBytes(24).toString('base64url');
  const adminToken = config.server.adminToken ?? randomBytes(24).toString('base64url');
  let boundPort = 0;
  const app = createApp({
    api: engine,
    receive: (sourceId, request) => engine.receive(sourceId, request),
    token,
    adminToken,
    settings,
    brandDir: join(options.dataDir, 'brand'),
    port: () => boundPort,
    rendererDir: options.rendererDir ?? join(repoRoot, 'dist', 'renderer'),
    assetsDir: options.assetsDir ?? join(repoRoot, 'assets'),
    ...(options.serverLimits?.events
      ? { eventsLimits: options.serverLimits.events }
      : options.hub
        ? { eventsLimits: HUB_EVENTS_LIMITS }
        : {}),
    pictures,
    // A hub pairs store PCs and serves them with their own tokens (docs/fleet.md).
    ...(options.hub
      ? {
          fleet: hubFleetServer(
            store,
            {
              config: () => settings.config,
              announcePanels: () => engine.feed.publish({ type: 'panels', data: { reason: 'settings' } }),
              ...(signals ? { signals } : {}),
            },
            options.now ?? Date.now,
            logger,
            options.hub.allowPlainHttp,
            // The releases IT drops for the PCs; signatures checked with the hub's own copy of IT's public key.
            new UpdateFolder(
              options.hub.updatesDir ?? join(options.dataDir, 'updates'),
              () => settings.config.config.kiosk.updates.publicKey,
            ),
          ),
        }
      : {}),
    ...(options.hub?.publicHosts ? { publicHosts: options.hub.publicHosts } : {}),
  });
  const host = options.host ?? config.server.host;
  let server;
  try {
    server = await startServer(app, host, options.port ?? config.server.port, options.serverLimits?.timeouts);
  } catch (err) {
    await store.close();
    throw err;
  }
  boundPort = server.port;
  // A hub's processes all serve and hear each other's changes; only the lease's holder runs the sources (docs/fleet.md).
  await engine.start(options.hub ? { connectors: false } : {});
  const hub = options.hub ? await startHub(engine, (key) => store.reader.getPost(key), options.hub, logger) : undefined;
  const stopFollowingPictures = followWallPictures(engine, pictures);

  const origin = isWildcard(host) ? `http://127.0.0.1:${server.port}` : server.origin;
  const panelLinks = (current: typeof config.panels): PanelLink[] =>
    current.map((p) => ({ id: p.id, title: p.title, url: `${origin}/panel/${p.id}?token=${token}` }));
  const panels = panelLinks(config.panels);
  const settingsUrl = `${origin}/settings?admin=${adminToken}`;
  logger.info('wall started', { origin, configFile: configFile ?? '(embedded default)', dataDir: options.dataDir });

  let stopping: Promise<void> | undefined;
  return {
    origin,
    panels,
    settingsUrl,
    engine,
    kioskView: () => {
      const now = settings.config.config;
      return { panels: panelLinks(now.panels), screens: now.screens, kiosk: now.kiosk };
    },
    pinSet: () => pin.isSet(),
    ...updateFeedOf(config.kiosk.updates.feedUrl),
    stop: () =>
      (stopping ??= (async () => {
        stopFollowingPictures();
        await hub?.stop();
        await signals?.stop();
        await hubSettings?.close();
        await Promise.all([engine.stop(), pictures.close()]);
        await server.close();
        await store.close();
      })()),
  };
}

/**
 * A store PC in follower mode (`--follow https://hub… --pair CODE`): the hub is its only source; the local settings
 * give only the server (port, tokens) and, in the kiosk, the screens. docs/fleet.md, "The store PC".
 */
export function followHub(
  options: Omit<WallOptions, 'identifyScreens'> & { follow: FollowOptions; timers?: Timers },
): Promise<FollowingWall> {
  mkdirSync(options.dataDir, { recursive: true });
  const secrets = options.secretStore ?? openKeyFileSecretStore(options.dataDir);
  const { resolved } = loadWallConfig(whereConfigIs(options).configSource, connectorRegistry, secrets, Date.now());
  return startFollowerWall({
    follow: options.follow,
    dataDir: options.dataDir,
    secrets,
    local: resolved,
    logger: options.logger,
    version: appVersion(),
    rendererDir: options.rendererDir ?? join(repoRoot, 'dist', 'renderer'),
    assetsDir: options.assetsDir ?? join(repoRoot, 'assets'),
    ...(options.host !== undefined ? { host: options.host } : {}),
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.serverLimits ? { serverLimits: options.serverLimits } : {}),
    ...(options.timers ? { timers: options.timers } : {}),
  });
}

/** A wall that follows no hub may update from a plain feed (kiosk.updates.feedUrl): no reports then. */
function updateFeedOf(feedUrl: string | undefined): { updates?: UpdateSource } {
  if (feedUrl === undefined) return {};
  const feed = new URL(feedUrl.endsWith('/') ? feedUrl : `${feedUrl}/`);
  return { updates: new UpdateSource({ feed, headers: { 'x-social-wall-version': appVersion() } }) };
}

function appVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version?: string }).version ?? '0';
  } catch {
    return '0';
  }
}
