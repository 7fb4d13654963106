// Electron cannot run TypeScript: `npm start` bundles the kiosk's entry into one ES module. Packages stay
// external (resolved from node_modules at run time, as electron-builder ships them); better-sqlite3 is
// native and electron is the runtime itself, so both must never be bundled. For `npm start`,
// better-sqlite3 is imported from its copy built for Electron (electron-sqlite.ts); for the installers,
// from node_modules, which electron-builder rebuilds for Electron.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BuildOptions, Plugin } from 'esbuild';

export const MAIN_BUNDLE = join('dist', 'main', 'electron', 'main.js');

/** Points the bundle's `import … from 'better-sqlite3'` at a copy built for Electron. */
export function electronSqlitePlugin(sqliteDir: string): Plugin {
  const entry = pathToFileURL(join(sqliteDir, 'lib', 'index.js')).href;
  return {
    name: 'electron-abi-better-sqlite3',
    setup: (build) => void build.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: entry, external: true })),
  };
}

export function mainBundleOptions(root: string, sqliteDir?: string): BuildOptions {
  return {
    entryPoints: [join(root, 'src', 'main', 'electron', 'main.ts')],
    outfile: join(root, MAIN_BUNDLE),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22', // Electron 45's Node
    packages: 'external',
    external: ['electron', 'better-sqlite3'],
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: sqliteDir === undefined ? [] : [electronSqlitePlugin(sqliteDir)],
  };
}

export async function bundleMain(root: string, sqliteDir?: string): Promise<void> {
  const { build } = await import('esbuild');
  await build(mainBundleOptions(root, sqliteDir));
}
