// The hub's HTTP side of pairing (docs/fleet.md's contract): POST /api/fleet/pair (no credential, rate-limited,
// mounted before the access guard), the guard's check of a store token, the closing of a revoked store's
// streams, and the settings' routes under /api/settings/fleet (admin credential, admitted by the guard).
import type { HttpBindings } from '@hono/node-server';
import { Hono, type Context, type Handler, type MiddlewareHandler } from 'hono';
import type { ErrorResponse } from '../../shared/api-contract.ts';
import {
  AssignProfileRequestSchema,
  BAD_CODE_MESSAGE,
  PairingCodeRequestSchema,
  PairRequestSchema,
  VERSION_HEADER,
  type FleetStoresResponse,
  type PairingCodeResponse,
  type PairResponse,
} from '../../shared/fleet-contract.ts';
import { parseJsonBody } from '../server/json-body.ts';
import type { PairedStore } from '../store/fleet-registry.ts';
import { AttemptLimiter } from './attempt-limiter.ts';
import { plainHttpGuard } from './plain-http-guard.ts';
import { FleetPairing } from './fleet-pairing.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/store-api.ts';
import type { WallReadApi } from '../engine/wall-read-api.ts';
import type { ResolvedConfig } from '../config/validate-config.ts';
import { profileReadApi } from './profile-read-api.ts';
import type { HubSignals } from './hub-signals.ts';
import type { UpdateFolder } from './update-folder.ts';
import { releasesView, updateFeedRoutes, updateReportRoute } from './update-routes.ts';

const MAX_PAIR_BODY_BYTES = 1024;

export interface FleetServer {
  /** POST /api/fleet/pair. */
  pair: Handler;
  /** The access guard's check of a store token: true when a paired store holds it (not revoked). */
  checkStoreToken: (token: string, c: Context) => Promise<boolean>;
  /** After the guard: a store's event stream is closed when the store is revoked or changes profile. */
  holdStoreStreams: MiddlewareHandler;
  /** What a request reads: a store's through its profile (profile-read-api.ts), anyone else's `hub` itself. */
  readApiFor: (c: Context, hub: WallReadApi) => WallReadApi;
  /** Mounted at /api/settings/fleet. */
  settings: Hono;
  /** Before everything: plain HTTP from another machine refused (plain-http-guard.ts); absent when allowed. */
  transport?: MiddlewareHandler;
  /** POST /api/fleet/update-report (before the guard: it checks the store token itself). */
  updateReport: Handler;
  /** Mounted at /updates, after the guard: the release feed (update-routes.ts). */
  updates?: Hono;
}

function incoming(c: Context): HttpBindings['incoming'] | undefined {
  return (c.env as Partial<HttpBindings> | undefined)?.incoming;
}

/** What the hub's settings say now, and how its screens are told that panels changed. */
export interface FleetView {
  config: () => ResolvedConfig;
  reader: Store['reader'];
  /** Tells every screen and store to read its panels again (a store moved to another profile). */
  announcePanels: () => void;
  /** A hub of several processes: revocations and moves reach the others' streams (hub-signals.ts). */
  signals?: Pick<HubSignals, 'send' | 'subscribe'>;
}

function fail(c: Context, status: 400 | 401 | 404 | 413 | 429, error: string): Response {
  return c.json<ErrorResponse>({ error }, status);
}

/** What zod found wrong, as one sentence. */
function describeIssues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.map(String).join('.') || 'body'}: ${i.message}`).join('; ');
}

export function fleetServer(
  pairing: FleetPairing,
  view: FleetView,
  now: () => number = Date.now,
  updateFolder?: UpdateFolder,
): FleetServer {
  const storeOf = new WeakMap<Request, PairedStore>();
  const limiter = new AttemptLimiter(10, 60_000, now);

  const pair: Handler = async (c) => {
    const retryAfter = limiter.attempt(incoming(c)?.socket.remoteAddress ?? 'unknown');
    if (retryAfter !== undefined) {
      c.header('Retry-After', String(retryAfter));
      return fail(c, 429, `Too many pairing tries: wait ${retryAfter} s.`);
    }
    if (Number(c.req.header('content-length') ?? 0) > MAX_PAIR_BODY_BYTES)
      return fail(c, 413, `Body too large (over ${MAX_PAIR_BODY_BYTES} bytes).`);
    const text = await c.req.text();
    if (text.length > MAX_PAIR_BODY_BYTES) return fail(c, 413, `Body too large (over ${MAX_PAIR_BODY_BYTES} bytes).`);
    const body = parseJsonBody(text);
    if (!body.ok) return fail(c, 400, body.error);
    const parsed = PairRequestSchema.safeParse(body.value);
    if (!parsed.success) return fail(c, 400, describeIssues(parsed.error));
    const paired = await pairing.pair(parsed.data.code, parsed.data.deviceName);
    if (!paired) return fail(c, 401, BAD_CODE_MESSAGE);
    c.header('Cache-Control', 'no-store');
    return c.json<PairResponse>(paired, 200);
  };

  const checkStoreToken = async (token: string, c: Context): Promise<boolean> => {
    const store = await pairing.authenticate(token, c.req.header(VERSION_HEADER));
    if (store) storeOf.set(c.req.raw, store);
    return store !== undefined;
  };

  const holdStoreStreams: MiddlewareHandler = async (c, next) => {
    const store = storeOf.get(c.req.raw);
    const socket = incoming(c)?.socket;
    if (store && socket) {
      const release = pairing.holdStream(store.id, () => socket.destroy());
      socket.once('close', release);
    }
    await next();
  };

  const readApiFor = (c: Context, hub: WallReadApi): WallReadApi => {
    const store = storeOf.get(c.req.raw);
    return store ? profileReadApi(hub, view.reader, view.config, store.profileId) : hub;
  };

  const settings = new Hono();
  settings.post('/pairing-codes', async (c) => {
    const body = parseJsonBody(await c.req.text());
    if (!body.ok) return fail(c, 400, body.error);
    const parsed = PairingCodeRequestSchema.safeParse(body.value);
    if (!parsed.success) return fail(c, 400, describeIssues(parsed.error));
    if (!pairing.knowsProfile(parsed.data.profileId))
      return fail(c, 404, `No store profile "${parsed.data.profileId}" on this hub.`);
    c.header('Cache-Control', 'no-store');
    return c.json<PairingCodeResponse>(await pairing.createCode(parsed.data), 201);
  });
  settings.get('/stores', async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json<FleetStoresResponse>({ stores: await pairing.list() });
  });
  settings.put('/stores/:id/profile', async (c) => {
    const body = parseJsonBody(await c.req.text());
    if (!body.ok) return fail(c, 400, body.error);
    const parsed = AssignProfileRequestSchema.safeParse(body.value);
    if (!parsed.success) return fail(c, 400, describeIssues(parsed.error));
    const { profileId } = parsed.data;
    if (!pairing.knowsProfile(profileId)) return fail(c, 404, `No store profile "${profileId}" on this hub.`);
    if (!(await pairing.assign(c.req.param('id'), profileId))) return fail(c, 404, 'No such store.');
    view.announcePanels();
    return c.body(null, 204);
  });
  settings.delete('/stores/:id', async (c) =>
    (await pairing.revoke(c.req.param('id'))) ? c.body(null, 204) : fail(c, 404, 'No such store.'),
  );
  if (updateFolder) settings.get('/releases', (c) => c.json(releasesView(updateFolder)));
  const updateReport = updateReportRoute((token) => pairing.authenticate(token, undefined), pairing, now);
  return {
    pair,
    checkStoreToken,
    holdStoreStreams,
    readApiFor,
    settings,
    updateReport,
    ...(updateFolder ? { updates: updateFeedRoutes(updateFolder) } : {}),
  };
}

/** A hub's pairing on its store's register, on one clock. */
export function hubFleetServer(
  store: Pick<Store, 'fleet' | 'reader'>,
  view: Omit<FleetView, 'reader'>,
  now: () => number,
  logger: Logger,
  allowPlainHttp = false,
  updateFolder?: UpdateFolder,
): FleetServer {
  const profileExists = (id: string) => view.config().config.storeProfiles?.some((p) => p.id === id) ?? false;
  const { signals } = view;
  const pairing = new FleetPairing(store.fleet, now, logger, profileExists, (storeId, change) => {
    void signals?.send({ kind: 'store', storeId, change });
  });
  // Another process revoked or moved a store: its streams held here close too (a moved store reads again).
  signals?.subscribe((signal) => {
    if (signal.kind !== 'store') return;
    pairing.closeStreams(signal.storeId);
    if (signal.change === 'moved') view.announcePanels();
  });
  const server = fleetServer(pairing, { ...view, reader: store.reader }, now, updateFolder);
  return allowPlainHttp ? server : { ...server, transport: plainHttpGuard() };
}
