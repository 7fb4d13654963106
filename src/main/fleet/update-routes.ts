// The hub's side of updates (docs/fleet.md "Updates"): the feed electron-updater's generic provider reads
// (GET /updates/latest.yml and its files: the offered release; GET /updates/<version>/<file>: any release, for a
// PC falling back), behind the access guard (a store token reads it); a PC's report of its updates
// (POST /api/fleet/update-report, its store token checked here: the guard lets a store token only read); and
// the releases for the settings (GET /api/settings/fleet/releases).
import { mkdirSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context, type Handler } from 'hono';
import type { BlankEnv } from 'hono/types';
import type { ErrorResponse } from '../../shared/api-contract.ts';
import { REVOKED_MESSAGE } from '../../shared/fleet-contract.ts';
import { UpdateReportSchema, type ReleasesResponse } from '../../shared/update-contract.ts';
import { parseJsonBody } from '../server/json-body.ts';
import type { FleetRegistry, PairedStore } from '../store/fleet-registry.ts';
import { MANIFEST_NAME, RELEASE_FILE_NAME, type UpdateFolder } from './update-folder.ts';

const MAX_REPORT_BYTES = 2048;

function fail(c: Context, status: 400 | 401 | 404 | 413, error: string): Response {
  return c.json<ErrorResponse>({ error }, status);
}

/** Mounted at /updates, after the access guard. */
export function updateFeedRoutes(folder: UpdateFolder): Hono {
  // Made at the hub's start: IT finds where to drop releases.
  mkdirSync(folder.dir, { recursive: true });
  const fileOf = new WeakMap<Request, string>();
  const serve = serveStatic({ root: folder.dir, rewriteRequestPath: (_path, c) => fileOf.get(c.req.raw) ?? '/-' });
  const send = async (c: Context<BlankEnv, string>, version: string, file: string): Promise<Response> => {
    if (!RELEASE_FILE_NAME.test(file) || !RELEASE_FILE_NAME.test(version) || version.startsWith('.'))
      return fail(c, 404, 'No such release file.');
    fileOf.set(c.req.raw, `/${version}/${file}`);
    // A manifest changes when IT publishes: never kept by a proxy or a PC.
    if (MANIFEST_NAME.test(file.replace(/\.sig$/, ''))) c.header('Cache-Control', 'no-store');
    const served = await serve(c, async () => {});
    return served ?? fail(c, 404, `No file ${file} in release ${version}.`);
  };
  const feed = new Hono();
  feed.get('/:version/:file', (c) => send(c, c.req.param('version'), c.req.param('file')));
  feed.get('/:file', (c) => {
    const offered = folder.offered();
    if (!offered) return fail(c, 404, "No signed release in the hub's updates folder.");
    return send(c, offered.version, c.req.param('file'));
  });
  return feed;
}

/** The settings' view of the folder (GET /api/settings/fleet/releases). */
export function releasesView(folder: UpdateFolder): ReleasesResponse {
  const releases = folder.releases();
  return {
    releases: releases.map((r) => ({
      version: r.version,
      check: r.check,
      ...(r.problem !== undefined ? { problem: r.problem } : {}),
      files: r.files,
    })),
    offered: folder.offered()?.version ?? null,
  };
}

/** POST /api/fleet/update-report, before the guard: `authenticate` checks the Bearer store token. */
export function updateReportRoute(
  authenticate: (token: string, c: Context) => Promise<PairedStore | undefined>,
  registry: Pick<FleetRegistry, 'recordUpdateReport'>,
  now: () => number,
): Handler {
  return async (c) => {
    const bearer = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const store = bearer === undefined ? undefined : await authenticate(bearer, c);
    if (!store) return fail(c, 401, REVOKED_MESSAGE);
    const text = await c.req.text();
    if (text.length > MAX_REPORT_BYTES) return fail(c, 413, `Body too large (over ${MAX_REPORT_BYTES} bytes).`);
    const body = parseJsonBody(text);
    if (!body.ok) return fail(c, 400, body.error);
    const parsed = UpdateReportSchema.safeParse(body.value);
    if (!parsed.success)
      return fail(c, 400, parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
    const report = parsed.data;
    await registry.recordUpdateReport({
      storeId: store.id,
      state: report.state,
      version: report.version,
      release: report.release ?? null,
      reason: report.reason ?? null,
      reportedAtMs: now(),
    });
    return c.body(null, 204);
  };
}
