// `npm run serve`: the headless wall (engine + local server in plain Node). Prints one line per panel
// (`panel <n> (<title>): <url>`); open those URLs in any browser or signage player. Then one line
// `settings: <url>`: the admin URL of the settings page (it carries the admin credential once).
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../config/data-dir.ts';
import { ConfigError } from '../config/load-config.ts';
import { createLogger, type Logger, type LogLevel } from '../logger.ts';
import { FollowerStartError, followHub, startWall, type PanelLink } from '../wall.ts';
import { emulateDataDir, prepareEmulateFolder } from './emulate-mode.ts';
import { HUB_USAGE, readHubFlags } from './hub-flags.ts';

const USAGE = `Usage: npm run serve -- [--config FILE] [--data-dir DIR] [--host HOST] [--port PORT] [--log-level LEVEL] [--emulate] [--hub --database URL]
       npm run serve -- --follow https://HUB [--pair CODE] [--data-dir DIR] [--port PORT]
  --data-dir DIR  where the wall keeps its settings (config.json), database and logs (default: ${defaultDataDir()})
  --emulate       run the real connectors against local emulators of the networks' APIs (no account needed), in a
                  folder of its own (default: ${emulateDataDir(defaultDataDir())}); its database is cleared at each
                  start, its settings are kept; --config FILE seeds its settings at the first start
  --follow URL    a store PC: show the hub's panels, posts and statistics, kept locally for when the link is down;
                  it never calls a social network (docs/fleet.md)
  --pair CODE     the one-time pairing code shown on the hub's settings (once; the store's token is then kept sealed)
${HUB_USAGE}`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        config: { type: 'string' },
        'data-dir': { type: 'string' },
        host: { type: 'string' },
        port: { type: 'string' },
        'log-level': { type: 'string', default: 'info' },
        help: { type: 'boolean', short: 'h' },
        emulate: { type: 'boolean', default: false },
        hub: { type: 'boolean', default: false },
        database: { type: 'string' },
        'allow-plain-http': { type: 'boolean', default: false },
        'public-host': { type: 'string', multiple: true },
        follow: { type: 'string' },
        pair: { type: 'string' },
        'device-name': { type: 'string' },
      },
    }).values;
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const port = args.port === undefined ? undefined : Number(args.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65_535)) {
    console.error(`--port must be a number from 0 to 65535 (0: a free port), not "${args.port}".`);
    return 2;
  }
  const hubFlags = readHubFlags(args, process.env);
  if (!hubFlags.ok) {
    console.error(hubFlags.message);
    return 2;
  }
  const logger = createLogger({ level: (args['log-level'] as LogLevel) ?? 'info' });

  if (args.follow !== undefined) {
    if (hubFlags.hub) {
      console.error('--hub and --follow exclude each other: a hub collects, a store PC follows one.');
      return 2;
    }
    return follow(args.follow, { ...args, port, logger });
  }
  if (args.pair !== undefined) {
    console.error(`--pair goes with --follow https://HUB (the hub that showed the code).\n${USAGE}`);
    return 2;
  }

  // The emulators live with the tests (they are not shipped): loaded only when asked for.
  const emulated = args.emulate
    ? await (await import('../../../test/emulators/emulated-wall.ts')).startEmulatedNetworks()
    : undefined;
  const dataDir = args['data-dir'] ?? (emulated ? emulateDataDir(defaultDataDir()) : defaultDataDir());
  let configFile = args.config;
  if (emulated) {
    const prepared = prepareEmulateFolder(dataDir, emulated.sources, Date.now(), args.config);
    if (!prepared.ok) {
      console.error(prepared.message);
      await emulated.close();
      return 2;
    }
    configFile = prepared.configFile;
  }

  const code = await serveUntilSignal(
    () =>
      startWall({
        dataDir,
        logger,
        ...(configFile !== undefined ? { configFile } : {}),
        ...(args.host !== undefined ? { host: args.host } : {}),
        ...(port !== undefined ? { port } : {}),
        ...(hubFlags.hub ? { hub: hubFlags.hub } : {}),
      }),
    (err) => (err instanceof ConfigError ? err.message : `The wall could not start: ${(err as Error).message}`),
    emulated ? `emulated networks: the wall's data is in ${dataDir} (database cleared at each start)` : undefined,
  );
  await emulated?.close();
  return code;
}

/** A store PC following its hub (`--follow`): prints its panels' lines like a wall, then waits for a signal. */
async function follow(
  hub: string,
  args: {
    pair?: string;
    'device-name'?: string;
    'data-dir'?: string;
    config?: string;
    host?: string;
    port?: number;
    logger: Logger;
  },
): Promise<number> {
  if (!/^https?:\/\/[^/]/i.test(hub)) {
    console.error(`--follow needs the hub's address, e.g. https://hub.example.com, not "${hub}".`);
    return 2;
  }
  const storeToken = process.env['SOCIAL_WALL_STORE_TOKEN'];
  return serveUntilSignal(
    () =>
      followHub({
        dataDir: args['data-dir'] ?? defaultDataDir(),
        logger: args.logger,
        follow: {
          hub,
          ...(args.pair !== undefined ? { pairCode: args.pair } : {}),
          ...(storeToken ? { storeToken } : {}),
          ...(args['device-name'] !== undefined ? { deviceName: args['device-name'] } : {}),
        },
        ...(args.config !== undefined ? { configFile: args.config } : {}),
        ...(args.host !== undefined ? { host: args.host } : {}),
        ...(args.port !== undefined ? { port: args.port } : {}),
      }),
    (err) =>
      err instanceof ConfigError || err instanceof FollowerStartError
        ? err.message
        : `The store PC could not start: ${(err as Error).message}`,
  );
}

/**
 * Starts a wall or a store PC, prints one line per panel and the settings' line (what tests and IT read), serves
 * until SIGINT or SIGTERM, then stops it. A start that fails says why (`failure(err)`, or the port in use): exit code 1.
 */
async function serveUntilSignal(
  start: () => Promise<{ panels: PanelLink[]; settingsUrl: string; stop(): Promise<void> }>,
  failure: (err: unknown) => string,
  note?: string,
): Promise<number> {
  let wall;
  try {
    wall = await start();
  } catch (err) {
    const busyPort = (err as NodeJS.ErrnoException).code === 'EADDRINUSE';
    console.error(
      busyPort ? `${(err as Error).message}: choose another port with --port, or 0 for a free one.` : failure(err),
    );
    return 1;
  }
  if (note !== undefined) console.log(note);
  for (const panel of wall.panels) console.log(`panel ${panel.id} (${panel.title}): ${panel.url}`);
  console.log(`settings: ${wall.settingsUrl}`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await wall.stop();
  return 0;
}

process.exitCode = await main();
