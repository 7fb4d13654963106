// Electron cannot run TypeScript: `npm start` bundles the kiosk's entry into one ES module. Packages stay
// external (resolved from node_modules at run time, as electron-builder ships them); better-sqlite3 is
// native and electron is the runtime itself, so both must never be bundled.
import { join } from 'node:path';
import type { BuildOptions } from 'esbuild';

export const MAIN_BUNDLE = join('dist', 'main', 'electron', 'main.js');

export function mainBundleOptions(root: string): BuildOptions {
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
  };
}

export async function bundleMain(root: string): Promise<void> {
  const { build } = await import('esbuild');
  await build(mainBundleOptions(root));
}
