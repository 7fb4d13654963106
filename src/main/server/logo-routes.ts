// The brand's logo: uploaded by the admin (POST/DELETE/GET /api/settings/logo, behind the admin gate) and
// shown by the screens (GET /brand/logo and /brand/<file name>, behind the display token). An upload is
// checked (type, size, magic bytes: src/main/brand/logo-file.ts), kept in `<dataDir>/brand/` under its
// content hash, and put in the configuration by the same path as PUT /api/settings, so the file is written
// atomically and the open panels get the `panels` event.
import { readFileSync, readdirSync } from 'node:fs';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ErrorResponse } from '../../shared/api-contract.ts';
import type { SettingsResponse } from '../../shared/settings-contract.ts';
import { LOGO_FILE_NAME } from '../../shared/config.ts';
import {
  checkLogo,
  logoFileName,
  logoPath,
  logoTypeOf,
  MAX_LOGO_BYTES,
  removeLogo,
  tooLarge,
  writeLogo,
} from '../brand/logo-file.ts';
import type { SettingsApi, SettingsOutcome } from '../settings/settings-api.ts';

export interface LogoRoutesOptions {
  settings: SettingsApi;
  /** `<dataDir>/brand` */
  brandDir: string;
  /** The logo the running wall shows (its file name), if any. */
  currentLogo: () => string | undefined;
}

type MaskedBrand = SettingsResponse['config']['brand'];

/** The current configuration with another logo (or none), applied like PUT /api/settings. */
function withLogo(settings: SettingsApi, logo: string | undefined): Promise<SettingsOutcome<SettingsResponse>> {
  const { config } = settings.read();
  const { logo: _previous, ...brand } = config.brand;
  const next: MaskedBrand = logo === undefined ? brand : { ...brand, logo };
  return settings.replace({ ...config, brand: next });
}

function reply(c: Context, outcome: SettingsOutcome<SettingsResponse>): Response {
  c.header('Cache-Control', 'no-store');
  return c.json(outcome.body, outcome.status);
}

function serveLogo(c: Context, brandDir: string, fileName: string | undefined, cache: string): Response {
  const path = logoPath(brandDir, fileName);
  const type = fileName === undefined ? undefined : logoTypeOf(fileName);
  if (path === undefined || type === undefined) return c.json<ErrorResponse>({ error: 'The brand has no logo.' }, 404);
  return c.body(readFileSync(path), 200, {
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': cache,
    ETag: `"${fileName}"`,
  });
}

/** Removes the logo files other than the ones kept (the new one and, for an undo, the one it replaced). */
function prune(brandDir: string, keep: (string | undefined)[]): void {
  let names: string[];
  try {
    names = readdirSync(brandDir);
  } catch {
    return;
  }
  for (const name of names) if (LOGO_FILE_NAME.test(name) && !keep.includes(name)) removeLogo(brandDir, name);
}

/** Mounted at /api/settings/logo (admin only, by the access guard). */
export function logoSettingsRoutes({ settings, brandDir, currentLogo }: LogoRoutesOptions): Hono {
  const app = new Hono();
  app.post(
    '/',
    // Refused before the body is read: the connection closes so no client reuses it with the rest unread.
    bodyLimit({
      maxSize: MAX_LOGO_BYTES,
      onError: (c) => c.json<ErrorResponse>({ error: tooLarge() }, 413, { Connection: 'close' }),
    }),
    async (c) => {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const checked = checkLogo(c.req.header('content-type'), bytes);
      if (!checked.ok) return c.json<ErrorResponse>({ error: checked.error }, checked.status);
      const previous = currentLogo();
      const fileName = logoFileName(checked.type, bytes);
      try {
        writeLogo(brandDir, fileName, bytes);
      } catch (err) {
        return c.json<ErrorResponse>(
          {
            error: `The logo could not be saved in ${brandDir} (${(err as NodeJS.ErrnoException).code ?? 'error'}); nothing changed.`,
          },
          500,
        );
      }
      const outcome = await withLogo(settings, fileName);
      if (outcome.status !== 200) {
        if (fileName !== previous) removeLogo(brandDir, fileName);
        return reply(c, outcome);
      }
      prune(brandDir, [fileName, previous]);
      return reply(c, outcome);
    },
  );
  app.delete('/', async (c) => {
    const outcome = await withLogo(settings, undefined);
    if (outcome.status === 200) prune(brandDir, []);
    return reply(c, outcome);
  });
  // The settings page's preview (the admin holds no display token).
  app.get('/', (c) => serveLogo(c, brandDir, currentLogo(), 'no-store'));
  return app;
}

/** Mounted at /brand (display token, by the access guard). */
export function logoDisplayRoutes({ brandDir, currentLogo }: Omit<LogoRoutesOptions, 'settings'>): Hono {
  const app = new Hono();
  // The current logo, revalidated each time.
  app.get('/logo', (c) => serveLogo(c, brandDir, currentLogo(), 'no-cache'));
  // By its content-hash name: never changes, cached for good (a new logo has a new name).
  app.get('/:file', (c) => {
    const file = c.req.param('file');
    return file === currentLogo()
      ? serveLogo(c, brandDir, file, 'public, max-age=31536000, immutable')
      : c.json<ErrorResponse>({ error: 'No such logo.' }, 404);
  });
  return app;
}
