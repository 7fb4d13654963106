// A throwaway PostgreSQL cluster for tests: initdb in a temporary folder, pg_ctl on a free loopback port,
// trust authentication, stopped and removed at the end. PostgreSQL refuses to run as root (CI runs as root):
// then the cluster belongs to `nobody` and its commands run under that user's id.
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { freePort } from './free-port.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** `nobody` on Debian: an unprivileged user every machine has. */
const UNPRIVILEGED = { uid: 65534, gid: 65534 };

export interface PostgresCluster {
  /** A connection URL to the cluster's `postgres` database, as its superuser. */
  url: string;
  /** A connection URL to another database of the cluster. */
  urlOf(database: string): string;
  /** Stops the server at once (as a crash would) and removes its folder. */
  stop(): Promise<void>;
  /** Stops the server (fast shutdown) and starts it again on the same port: a restart under load. */
  restart(): Promise<void>;
}

/** Debian installs the server's programs in /usr/lib/postgresql/<major>/bin, off the PATH; PG_BIN overrides. */
export function postgresBinDir(): string {
  const fromEnv = process.env['PG_BIN'];
  if (fromEnv) return fromEnv;
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = majors[0];
  if (newest === undefined) {
    throw new Error(
      "PostgreSQL's server programs (initdb, pg_ctl) are not installed: apt-get install -y postgresql (or set PG_BIN)",
    );
  }
  return join(root, newest, 'bin');
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = postgresBinDir();
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'social-wall-pg-'));
  if (asRoot) chownSync(dir, UNPRIVILEGED.uid, UNPRIVILEGED.gid);
  const data = join(dir, 'data');
  const pg = (program: string, args: string[]) =>
    run(join(bin, program), args, { ...(asRoot ? UNPRIVILEGED : {}), cwd: dir, env: { ...process.env, LC_ALL: 'C' } });

  await pg('initdb', ['-D', data, '-U', 'wall', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
  const port = await freePort();
  // fsync off: a test cluster never needs to survive a power cut, and the shared machine's disk is slow.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
  const start = () =>
    pg('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '120', 'start']);
  await start();

  const urlOf = (database: string) => `postgres://wall@127.0.0.1:${port}/${database}`;
  let stopped = false;
  return {
    url: urlOf('postgres'),
    urlOf,
    async restart() {
      await pg('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      await start();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        await pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
