// `--emulate`: the real connectors against local emulators of the networks' APIs, in a data folder of its own
// (never the real wall's). Its config.json is kept like any wall's: what IT changes in the settings stays.
// At each start the emulators begin a new world on new ports, so (1) every source of the config that an
// emulator serves (same id and type) is pointed at it again, and (2) what the wall remembered of the previous
// world (wall.db: posts and cursors; connector-secrets.json: tokens an emulator issued) is cleared — else a
// stored cursor names objects the new world never had (Graph "code 100") and a source waits before retrying.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PANELS, type PanelConfig, type SourceConfig } from '../../shared/config.ts';
import { readConfigFile, writeConfigAtomically } from '../config/config-file.ts';

/** With --emulate every network has a screen: the reference three, plus the fediverse, the reviews and the web. */
export const EMULATED_PANELS: PanelConfig[] = [
  ...DEFAULT_PANELS,
  { id: '4', title: 'Mastodon · Bluesky', type: 'feed', networks: ['mastodon', 'bluesky'], sources: [] },
  { id: '5', title: 'Avis clients', type: 'feed', networks: ['google', 'trustpilot', 'site'], sources: [] },
  { id: '6', title: 'Sur le web', type: 'feed', networks: ['web'], sources: [] },
];

/** Says that a folder belongs to --emulate: only such a folder has its database cleared at start. */
export const EMULATE_MARKER = 'EMULATED-NETWORKS.txt';
/** What a start of --emulate clears: the previous world's posts, cursors and issued tokens. */
const PREVIOUS_WORLD = ['wall.db', 'wall.db-wal', 'wall.db-shm', 'connector-secrets.json'];

/** The default folder of --emulate: beside the wall's own, e.g. ~/.local/share/social-wall-emulate. */
export function emulateDataDir(wallDataDir: string): string {
  return `${wallDataDir.replace(/[\\/]+$/, '')}-emulate`;
}

/** `created`: the folder had no config.json yet (its first start). */
export type Prepared = { ok: true; configFile: string; created: boolean } | { ok: false; message: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The config with each emulated source's options (addresses, tokens, ids) laid over the source of the same id and type. */
export function pointAtEmulators(raw: unknown, emulated: readonly SourceConfig[]): unknown {
  if (!isRecord(raw) || !Array.isArray(raw['sources'])) return raw;
  const sources = raw['sources'].map((source: unknown) => {
    if (!isRecord(source)) return source;
    const twin = emulated.find((e) => e.id === source['id'] && e.type === source['type']);
    if (!twin) return source;
    const options = isRecord(source['options']) ? source['options'] : {};
    return { ...source, options: { ...options, ...twin.options } };
  });
  return { ...raw, sources };
}

/**
 * Readies `dataDir` for a start of --emulate: refuses a folder that holds a wall's data without being one of
 * --emulate's; clears the previous world; writes the folder's config.json — at the first start from `seedFile`
 * (--config: read, never written) or the emulated default, later the folder's own — pointed at the new emulators.
 */
export function prepareEmulateFolder(
  dataDir: string,
  emulated: readonly SourceConfig[],
  nowMs: number,
  seedFile?: string,
): Prepared {
  const marker = join(dataDir, EMULATE_MARKER);
  if (!existsSync(marker) && existsSync(join(dataDir, 'wall.db')))
    return {
      ok: false,
      message:
        `--emulate clears the wall's database at each start (the emulated networks begin a new world), and ${dataDir} ` +
        `holds a wall's data: give --emulate a folder of its own with --data-dir, or leave --data-dir out ` +
        `(its default is ${emulateDataDir('<the wall’s data folder>')}).`,
    };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(
    marker,
    'This folder belongs to `npm run serve -- --emulate`: the wall runs here against emulated networks, and its\n' +
      'database (wall.db) is cleared at each start. config.json (the settings) is kept.\n',
  );
  for (const name of PREVIOUS_WORLD) rmSync(join(dataDir, name), { force: true });
  const configFile = join(dataDir, 'config.json');
  const own = readConfigFile(configFile, nowMs).raw;
  const seed = own === undefined && seedFile !== undefined ? readConfigFile(seedFile, nowMs).raw : undefined;
  if (own === undefined && seedFile !== undefined && seed === undefined)
    return { ok: false, message: `${seedFile}: file not found` };
  const base = own ?? seed;
  const config = base === undefined ? { sources: emulated, panels: EMULATED_PANELS } : pointAtEmulators(base, emulated);
  writeConfigAtomically(configFile, config);
  return { ok: true, configFile, created: own === undefined };
}
