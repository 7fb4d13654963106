// A store PC's wall: the local store, the follower in the engine's place, and the usual local server and
// renderer for the store's screens. wall.ts loads the local settings (server port and tokens, screens, kiosk)
// and hands them here; the sources those settings may list are never started: the hub is the only source.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { KioskConfig, ScreensConfig } from '../../../shared/config.ts';
import type { ResolvedConfig } from '../../config/validate-config.ts';
import type { Logger } from '../../logger.ts';
import type { SecretStore } from '../../secrets/secret-store.ts';
import { createApp } from '../../server/create-app.ts';
import { startServer, type ServerTimeouts } from '../../server/start-server.ts';
import type { EventsRouteLimits } from '../../server/events-route.ts';
import { openSqliteStore } from '../../store/open-sqlite-store.ts';
import { followWallPictures } from '../../pictures/follow-wall-pictures.ts';
import type { Timers } from '../../engine/source-runner.ts';
import type { HubFollower } from './hub-follower.ts';
import { PictureCache } from '../../pictures/picture-cache.ts';
import { hubPictureFetcher } from './hub-picture-fetcher.ts';
import { HubLogo } from './hub-logo.ts';
import { startFollower, type FollowOptions } from './start-follower.ts';
import { UpdateSource } from '../../updates/update-source.ts';

export interface FollowerWallOptions {
  follow: FollowOptions;
  dataDir: string;
  secrets: SecretStore;
  local: ResolvedConfig;
  logger: Logger;
  version: string;
  rendererDir: string;
  assetsDir: string;
  host?: string;
  port?: number;
  serverLimits?: { timeouts?: ServerTimeouts; events?: EventsRouteLimits };
  firstSyncWaitMs?: number;
  /** The follower's clock and retry timers (tests move an hour of a cut link by hand). */
  timers?: Timers;
}

export interface FollowingWall {
  origin: string;
  panels: { id: string; title: string; url: string }[];
  /** The kiosk's part: the hub's panels as they are now, the screens and kiosk settings of this PC. */
  kioskView(): { panels: FollowingWall['panels']; screens: ScreensConfig; kiosk: KioskConfig };
  /** A store PC has no settings of its own to lock (they are the hub's). */
  pinSet(): boolean;
  /** The settings are the hub's: its settings page (panels, brand and language come from it). */
  settingsUrl: string;
  follower: HubFollower;
  /** The hub's update feed with this store's token, and its update reports (src/main/updates/). */
  updates: UpdateSource;
  stop(): Promise<void>;
}

export async function startFollowerWall(options: FollowerWallOptions): Promise<FollowingWall> {
  const { logger, local } = options;
  const store = openSqliteStore({ path: join(options.dataDir, 'wall.db'), logger });
  let following;
  try {
    following = await startFollower(options.follow, {
      dataDir: options.dataDir,
      store,
      secrets: options.secrets,
      logger,
      local: () => local,
      version: options.version,
      ...(options.firstSyncWaitMs !== undefined ? { firstSyncWaitMs: options.firstSyncWaitMs } : {}),
      ...(options.timers ? { timers: options.timers } : {}),
    });
  } catch (err) {
    await store.close();
    throw err;
  }
  const pictures = new PictureCache({
    dir: join(options.dataDir, 'pictures'),
    logger: logger.child({ part: 'pictures' }),
    fetcher: hubPictureFetcher(following.client),
  });
  // The hub's logo, fetched when its panels name a new one (at the start and with each `panels` event).
  const logo = new HubLogo(following.client, join(options.dataDir, 'brand'), logger);
  const syncLogo = () => void logo.sync(following.api.panels().brand.logo);
  const stopFollowingLogo = following.api.feed.tap(({ event }) => event.type === 'panels' && syncLogo());
  syncLogo();
  const token = local.config.server.token ?? randomBytes(24).toString('base64url');
  let boundPort = 0;
  const app = createApp({
    api: following.api,
    // The company site's webhook goes to the hub, never to a store.
    receive: async () => ({ status: 404, error: 'A store PC takes no webhook: send it to the hub.' }),
    token,
    port: () => boundPort,
    rendererDir: options.rendererDir,
    assetsDir: options.assetsDir,
    ...(options.serverLimits?.events ? { eventsLimits: options.serverLimits.events } : {}),
    pictures,
    brandDir: logo.brandDir,
  });
  const host = options.host ?? local.config.server.host;
  let server;
  try {
    server = await startServer(app, host, options.port ?? local.config.server.port, options.serverLimits?.timeouts);
  } catch (err) {
    await Promise.all([following.stop(), pictures.close()]);
    await store.close();
    throw err;
  }
  boundPort = server.port;
  const stopFollowingPictures = followWallPictures(following.api, pictures);
  const origin = host === '0.0.0.0' || host === '::' ? `http://127.0.0.1:${server.port}` : server.origin;
  const panelLinks = () =>
    following.api
      .panels()
      .panels.map((p) => ({ id: p.id, title: p.title, url: `${origin}/panel/${p.id}?token=${token}` }));
  const panels = panelLinks();
  logger.info('store PC following its hub', { origin, hub: options.follow.hub, dataDir: options.dataDir });
  let stopping: Promise<void> | undefined;
  return {
    origin,
    panels,
    settingsUrl: new URL(
      'settings',
      following.pairing.hub.endsWith('/') ? following.pairing.hub : `${following.pairing.hub}/`,
    ).href,
    follower: following.follower,
    updates: new UpdateSource({
      feed: following.client.url('updates/'),
      headers: following.client.headers(),
      reportUrl: following.client.url('api/fleet/update-report'),
    }),
    kioskView: () => ({ panels: panelLinks(), screens: local.config.screens, kiosk: local.config.kiosk }),
    pinSet: () => false,
    stop: () =>
      (stopping ??= (async () => {
        stopFollowingPictures();
        stopFollowingLogo();
        await Promise.all([following.stop(), pictures.close()]);
        await server.close();
        await store.close();
      })()),
  };
}
