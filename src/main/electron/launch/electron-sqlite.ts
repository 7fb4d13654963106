// better-sqlite3 is native: node_modules holds the build for Node (npm test), which Electron cannot load.
// For `npm start`, a copy built for Electron's ABI lives beside it, in
// node_modules/.electron-native/<version>-<platform>-<arch>/node_modules/better-sqlite3 (prebuilt binary
// downloaded by prebuild-install, else compiled by node-gyp against Electron's headers), and the kiosk's
// bundle imports that copy (bundle-main.ts). The installers rebuild in place instead (electron-builder).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronSqlite = { ok: true; dir: string } | { ok: false; detail: string };

const BUILD_TIMEOUT_MS = 10 * 60_000;
const NOTICE_AFTER_MS = 3_000;

export function electronSqliteDir(
  root: string,
  electronVersion: string,
  platform: string = process.platform,
  arch: string = process.arch,
): string {
  return join(
    root,
    'node_modules',
    '.electron-native',
    `${electronVersion}-${platform}-${arch}`,
    'node_modules',
    'better-sqlite3',
  );
}

export function builtBinary(dir: string): string {
  return join(dir, 'build', 'Release', 'better_sqlite3.node');
}

/**
 * Whether a binary was built for Electron rather than for this Node: Node refuses to load it, naming the
 * ABI (NODE_MODULE_VERSION). A machine-wide `nodedir` setting can make node-gyp build for Node instead.
 */
export function isBuiltForElectron(binary: string): boolean {
  if (!existsSync(binary)) return false;
  const probe = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(binary)})`], { encoding: 'utf8' });
  return probe.status !== 0 && /NODE_MODULE_VERSION/.test(probe.stderr);
}

function run(command: string, args: string[], cwd: string): Promise<boolean> {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^npm_config_(target|runtime|disturl|dist_url)$/i.test(key)) delete env[key];
  env['npm_config_nodedir'] = ''; // a machine-wide nodedir (npmrc) would make node-gyp build for Node
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: 'ignore',
      timeout: BUILD_TIMEOUT_MS,
      shell: process.platform === 'win32',
    });
    child.once('error', () => resolve(false));
    child.once('exit', (code) => resolve(code === 0));
  });
}

export async function prepareElectronSqlite(root: string, electronVersion: string): Promise<ElectronSqlite> {
  const dir = electronSqliteDir(root, electronVersion);
  if (isBuiltForElectron(builtBinary(dir))) return { ok: true, dir };
  const require = createRequire(join(root, 'package.json'));
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  rmSync(dir, { recursive: true, force: true });
  // Everything but the Node build: a failed Electron build must not leave a binary that looks ready.
  cpSync(source, dir, { recursive: true, filter: (path) => path !== join(source, 'build') });
  const notice = setTimeout(
    () => console.log(`Preparing better-sqlite3 for Electron ${electronVersion} (first launch only)…`),
    NOTICE_AFTER_MS,
  );
  try {
    const prebuild = require.resolve('prebuild-install/bin.js', { paths: [source] });
    const target = [
      '--runtime',
      'electron',
      '--target',
      electronVersion,
      '--arch',
      process.arch,
      '--platform',
      process.platform,
    ];
    if (!(await run(process.execPath, [prebuild, ...target], dir)) || !isBuiltForElectron(builtBinary(dir))) {
      rmSync(join(dir, 'build'), { recursive: true, force: true });
      await run(
        'npx',
        [
          '--no-install',
          'node-gyp',
          'rebuild',
          '--release',
          `--target=${electronVersion}`,
          '--runtime=electron',
          '--dist-url=https://electronjs.org/headers',
          `--arch=${process.arch}`,
        ],
        dir,
      );
    }
  } catch {
    // prebuild-install missing: the check below says so.
  } finally {
    clearTimeout(notice);
  }
  return isBuiltForElectron(builtBinary(dir))
    ? { ok: true, dir }
    : {
        ok: false,
        detail: `better-sqlite3 could not be built for Electron ${electronVersion} (no prebuilt binary could be downloaded, and building it against Electron's headers failed)`,
      };
}
