// The local server's routes: the panels' pages, the built renderer, bundled assets, the JSON API and
// the live stream. Every request passes the access guard; every answer carries the security headers.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import type { ApiRoutes, ErrorResponse } from '../../shared/api-contract.ts';
import type { WallReadApi } from '../engine/wall-read-api.ts';
import type { SettingsApi } from '../settings/settings-api.ts';
import { accessGuard } from './access-guard.ts';
import { bodyLimits } from './body-limits.ts';
import { closeRefusedUploads } from './close-refused-uploads.ts';
import { eventsRoute, type EventsRouteLimits } from './events-route.ts';
import { inboundHostCheck, inboundRoute, type InboundReceive } from './inbound-route.ts';
import { securityHeaders } from './security-headers.ts';
import { pinLanes } from './pin-lane.ts';
import { settingsRoutes } from './settings-routes.ts';
import { setAdminCookie } from './admin-gate.ts';
import { logoDisplayRoutes, logoSettingsRoutes } from './logo-routes.ts';
import { pictureRoute } from './picture-route.ts';
import type { PictureCache } from '../pictures/picture-cache.ts';
import type { FleetServer } from '../fleet/fleet-routes.ts';

export interface AppOptions {
  api: WallReadApi;
  token: string;
  /** The admin credential of the settings zone (and its routes); without both, the zone answers 403. */
  adminToken?: string;
  settings?: SettingsApi;
  port: () => number;
  /** The built renderer (vite's output). */
  rendererDir: string;
  /** The repository's bundled assets (demo pictures), served under /bundled. */
  assetsDir: string;
  /** `<dataDir>/brand`: the uploaded logo (with `settings`: POST/DELETE /api/settings/logo, GET /brand/logo). */
  brandDir?: string;
  /** Posts pushed by a site's webhook, for the source that accepts them (guarded by that source's own token). */
  receive: InboundReceive;
  /** Bounds of the live stream (streams open at once, unsent backlog); defaults in events-route.ts. */
  eventsLimits?: EventsRouteLimits;
  /** The posts' pictures, served from the wall's own origin (GET /pictures?url=…); absent: none. */
  pictures?: Pick<PictureCache, 'get'>;
  /** A hub: pairing, store tokens and the stores' settings (src/main/fleet/, docs/fleet.md). */
  fleet?: FleetServer;
  /** A hub's names behind its reverse proxy (`--public-host`): accepted as Host and Origin like its own address. */
  publicHosts?: readonly string[];
}

const DEFAULT_LIMIT = 30;

/** Typed JSON answer for a route of the contract. */
function answer<P extends keyof ApiRoutes>(c: Context, _route: P, body: ApiRoutes[P]): Response {
  return c.json(body);
}

function notFound(c: Context, error: string): Response {
  return c.json<ErrorResponse>({ error }, 404);
}

export function createApp(options: AppOptions): Hono {
  const { api } = options;
  const app = new Hono();
  app.use('*', securityHeaders());
  if (options.fleet?.transport) app.use('*', options.fleet.transport);
  app.use('*', closeRefusedUploads());
  // A site's webhook carries its source's own token, not the display token: mounted before the guard.
  const publicHosts = options.publicHosts ?? [];
  app.post('/api/inbound/:sourceId', inboundHostCheck(options.port, publicHosts), inboundRoute(options.receive));
  // A store PC pairing has no credential yet: its one-time code is checked (and rate-limited) by the route.
  if (options.fleet) app.post('/api/fleet/pair', inboundHostCheck(options.port, publicHosts), options.fleet.pair);
  // A store's report of its updates: a store token only reads past the guard, so the route checks it itself.
  if (options.fleet)
    app.post('/api/fleet/update-report', inboundHostCheck(options.port, publicHosts), options.fleet.updateReport);
  app.use(
    '*',
    accessGuard({
      token: options.token,
      port: options.port,
      publicHosts,
      ...(options.adminToken !== undefined ? { adminToken: options.adminToken } : {}),
      ...(options.fleet ? { storeToken: options.fleet.checkStoreToken } : {}),
    }),
  );
  // After the guard: a request without a credential is refused before its body is read.
  app.use('*', bodyLimits());
  if (options.fleet) {
    app.use('/api/events', options.fleet.holdStoreStreams);
    app.route('/api/settings/fleet', options.fleet.settings);
    if (options.fleet.updates) app.route('/updates', options.fleet.updates);
  }
  const { adminToken } = options;
  const lanes = pinLanes();
  if (options.settings) {
    if (options.brandDir !== undefined) {
      const logo = {
        settings: options.settings,
        brandDir: options.brandDir,
        currentLogo: () => api.panels().brand.logo,
      };
      app.route('/api/settings/logo', logoSettingsRoutes(logo));
      app.route('/brand', logoDisplayRoutes(logo));
    }
    // The answering page's list: in the settings zone, so the admin credential guards it like the settings.
    app.get('/api/settings/answering', async (c) => answer(c, '/api/settings/answering', await api.answering()));
    app.route(
      '/api/settings',
      settingsRoutes(
        options.settings,
        (c) => (adminToken !== undefined ? setAdminCookie(c, adminToken) : undefined),
        (c) => lanes.of(c),
      ),
    );
  } else if (options.brandDir !== undefined) {
    // A store PC: the hub's logo, kept in brandDir (fleet/follower/hub-logo.ts); no settings of its own.
    app.route('/brand', logoDisplayRoutes({ brandDir: options.brandDir, currentLogo: () => api.panels().brand.logo }));
  }

  // A hub's store reads through its profile (src/main/fleet/profile-read-api.ts): its panels, posts and events only.
  const read = (c: Context): WallReadApi => options.fleet?.readApiFor(c, api) ?? api;
  app.get('/api/panels', (c) => answer(c, '/api/panels', read(c).panels()));
  app.get('/api/panels/:id/posts', async (c) => {
    const limit = Number.parseInt(c.req.query('limit') ?? '', 10);
    const posts = await read(c).posts(c.req.param('id'), Number.isFinite(limit) ? limit : DEFAULT_LIMIT);
    return posts ? answer(c, '/api/panels/:id/posts', { posts }) : notFound(c, `No panel "${c.req.param('id')}".`);
  });
  app.get('/api/health', (c) => answer(c, '/api/health', read(c).health()));
  app.get('/api/stats', async (c) => answer(c, '/api/stats', await read(c).stats()));
  app.get('/api/events', eventsRoute(read, options.eventsLimits));
  if (options.pictures) app.get('/pictures', pictureRoute(options.pictures));
  app.all('/api/*', (c) => notFound(c, 'No such API route.'));

  const indexFile = join(options.rendererDir, 'index.html');
  const page = (c: Context): Response => {
    if (!existsSync(indexFile)) return c.text('The screens are not built yet: run `npm run build`, then reload.', 503);
    c.header('Cache-Control', 'no-store');
    return c.html(readFileSync(indexFile, 'utf8'));
  };
  app.get('/', (c) => c.redirect(`/panel/${api.panels().panels[0]?.id ?? '1'}`, 302));
  // The settings page is part of the built renderer (it routes on the path); the guard admitted an admin only,
  // so the page gets the settings window's PIN lane (in the kiosk, its PIN prompt's tries are its own).
  app.get('/settings', (c) => {
    lanes.admit(c);
    return page(c);
  });
  // The answering page (admin credential, like the settings: admin-gate.ts).
  app.get('/answer', page);
  app.get('/panel/:id', (c) =>
    api.panel(c.req.param('id')) ? page(c) : notFound(c, `No panel "${c.req.param('id')}".`),
  );
  // Mounted only when built: serveStatic would otherwise print a console warning into the JSON logs, and the
  // pages above already say what to do.
  if (existsSync(options.rendererDir))
    app.use(
      '/assets/*',
      serveStatic({
        root: options.rendererDir,
        onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable'),
      }),
    );
  if (existsSync(options.assetsDir))
    app.use(
      '/bundled/*',
      serveStatic({ root: options.assetsDir, rewriteRequestPath: (p) => p.replace(/^\/bundled/, '') }),
    );
  app.notFound((c) => notFound(c, 'Not found.'));
  return app;
}
