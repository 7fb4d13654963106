// The routes under /api/settings. The access guard has already admitted an admin (or, for /unlock, a
// same-origin request); every body is read as JSON (its size bounded by body-limits.ts, its depth by
// json-body.ts) and handed to the SettingsApi, which validates it with zod.
import { Hono, type Context } from 'hono';
import type { SettingsRoutes } from '../../shared/settings-contract.ts';
import type { SettingsApi, SettingsOutcome } from '../settings/settings-api.ts';
import type { PinLane } from '../settings/pin-lock.ts';
import { readJson } from './json-body.ts';

function reply<R extends keyof SettingsRoutes>(
  c: Context,
  _route: R,
  outcome: SettingsOutcome<SettingsRoutes[R]>,
): Response {
  if (outcome.status !== 200) {
    if (outcome.retryAfterSeconds !== undefined) c.header('Retry-After', String(outcome.retryAfterSeconds));
    return c.json(outcome.body, outcome.status);
  }
  c.header('Cache-Control', 'no-store');
  return c.json(outcome.body, 200);
}

/**
 * @param grantAdmin gives the caller the admin cookie (after the IT PIN was checked).
 * @param laneOf which PIN lane a try comes from (server/pin-lane.ts).
 */
export function settingsRoutes(
  settings: SettingsApi,
  grantAdmin: (c: Context) => void = () => {},
  laneOf: (c: Context) => PinLane = () => 'other',
): Hono {
  const app = new Hono();
  app.get('/', (c) => reply(c, 'GET /api/settings', { status: 200, body: settings.read() }));
  app.put('/', async (c) => {
    const body = await readJson(c);
    return body.ok ? reply(c, 'PUT /api/settings', await settings.replace(body.value)) : body.response;
  });
  app.post('/sources/:id/test', async (c) => {
    const body = await readJson(c);
    return body.ok
      ? reply(c, 'POST /api/settings/sources/:id/test', await settings.testSource(c.req.param('id'), body.value))
      : body.response;
  });
  app.post('/posts/:key/hide', async (c) => {
    const body = await readJson(c);
    return body.ok
      ? reply(c, 'POST /api/settings/posts/:key/hide', await settings.hidePost(c.req.param('key'), body.value))
      : body.response;
  });
  app.post('/posts/:key/restore', async (c) =>
    reply(c, 'POST /api/settings/posts/:key/restore', await settings.restorePost(c.req.param('key'))),
  );
  app.get('/audit', async (c) => reply(c, 'GET /api/settings/audit', await settings.audit(c.req.query())));
  app.get('/posts', async (c) => reply(c, 'GET /api/settings/posts', await settings.recentPosts(c.req.query())));
  app.get('/export', (c) => reply(c, 'GET /api/settings/export', settings.exportProfile()));
  app.post('/export', async (c) => {
    const body = await readJson(c);
    return body.ok ? reply(c, 'POST /api/settings/export', settings.exportProfile(body.value ?? {})) : body.response;
  });
  app.post('/import', async (c) => {
    const body = await readJson(c);
    return body.ok ? reply(c, 'POST /api/settings/import', await settings.importProfile(body.value)) : body.response;
  });
  app.post('/screens/identify', (c) => reply(c, 'POST /api/settings/screens/identify', settings.identifyScreens()));
  app.post('/pin', async (c) => {
    const body = await readJson(c);
    return body.ok ? reply(c, 'POST /api/settings/pin', await settings.setPin(body.value)) : body.response;
  });
  app.post('/unlock', async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const outcome = await settings.unlock(body.value, laneOf(c));
    if (outcome.status === 200) grantAdmin(c);
    return reply(c, 'POST /api/settings/unlock', outcome);
  });
  return app;
}
