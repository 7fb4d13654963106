// The hub's command-line flags (issue 18): `--hub` with the PostgreSQL database from `--database URL` or, to
// keep its password off the process list, the SOCIAL_WALL_DATABASE_URL environment variable.
import type { HubOptions } from '../fleet/hub-options.ts';
import { readPublicHost } from '../server/public-hosts.ts';

export const HUB_USAGE = `  --hub           run as the company's hub: the store is PostgreSQL (docs/fleet.md); several hub processes may
                  share one database, one of them runs the connectors
  --database URL  the hub's PostgreSQL database, postgres://user:password@host:port/name (or the environment
                  variable SOCIAL_WALL_DATABASE_URL, which keeps the password off the process list)
  --allow-plain-http  a hub answers plain HTTP from its own machine only (a reverse proxy holds TLS): this
                  lets other machines in unencrypted too
  --public-host NAME  the name store PCs and IT reach the hub by, through its reverse proxy (e.g. hub.example.com,
                  or hub.example.com:8443); repeat it for each name. The hub answers only to its own address without it`;

export const DATABASE_ENV = 'SOCIAL_WALL_DATABASE_URL';

export interface HubFlags {
  hub?: boolean | undefined;
  database?: string | undefined;
  'allow-plain-http'?: boolean | undefined;
  'public-host'?: string[] | undefined;
}

export type HubFlagsResult = { ok: true; hub?: HubOptions } | { ok: false; message: string };

/** The hub's options from the flags and the environment, or the sentence that says what is wrong. */
export function readHubFlags(flags: HubFlags, env: NodeJS.ProcessEnv): HubFlagsResult {
  const database = flags.database ?? env[DATABASE_ENV];
  if (!flags.hub) {
    if (flags.database !== undefined)
      return { ok: false, message: '--database is for a hub: add --hub (a single wall keeps its posts in SQLite).' };
    if (flags['public-host'] !== undefined)
      return { ok: false, message: '--public-host is for a hub (behind its reverse proxy): add --hub.' };
    return { ok: true };
  }
  if (database === undefined || database.trim() === '')
    return {
      ok: false,
      message: `--hub needs its PostgreSQL database: --database postgres://user@host/name, or ${DATABASE_ENV}.`,
    };
  if (!/^postgres(ql)?:\/\//.test(database.trim()))
    return {
      ok: false,
      message: `The hub's database must be a PostgreSQL URL starting with postgres:// (it was "${database.split('@').at(-1) ?? ''}").`,
    };
  const publicHosts: string[] = [];
  for (const given of flags['public-host'] ?? []) {
    const host = readPublicHost(given);
    if (host === undefined)
      return {
        ok: false,
        message: `--public-host takes a host name, with a port if not 443 (hub.example.com, hub.example.com:8443), not "${given}".`,
      };
    publicHosts.push(host);
  }
  return {
    ok: true,
    hub: {
      database: database.trim(),
      ...(flags['allow-plain-http'] ? { allowPlainHttp: true } : {}),
      ...(publicHosts.length ? { publicHosts } : {}),
    },
  };
}
