// Where Electron's runtime binary is, without running the `electron` package's index.js (which starts a
// download and throws when offline). The package records the binary's path in path.txt once downloaded.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronRuntime =
  | { ok: true; binary: string; /** Electron's version, for native modules built for its ABI. */ version: string }
  | { ok: false; reason: 'package-missing' | 'not-downloaded'; packageDir?: string; detail: string };

export interface FileProbe {
  exists(path: string): boolean;
  read(path: string): string;
}

const realFiles: FileProbe = { exists: existsSync, read: (p) => readFileSync(p, 'utf8') };

export function electronPackageDir(): string | undefined {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
}

export function locateElectronRuntime(
  packageDir: string | undefined,
  env: NodeJS.ProcessEnv,
  files: FileProbe = realFiles,
): ElectronRuntime {
  if (packageDir === undefined)
    return { ok: false, reason: 'package-missing', detail: 'the electron package is not installed (npm install)' };
  const pathFile = join(packageDir, 'path.txt');
  const relative = files.exists(pathFile) ? files.read(pathFile).trim() : undefined;
  const override = env['ELECTRON_OVERRIDE_DIST_PATH'];
  const version = files.exists(join(packageDir, 'package.json'))
    ? ((JSON.parse(files.read(join(packageDir, 'package.json'))) as { version?: string }).version ?? '')
    : '';
  if (override) return { ok: true, binary: join(override, relative || 'electron'), version };
  if (!relative)
    return {
      ok: false,
      reason: 'not-downloaded',
      packageDir,
      detail: `${pathFile} is missing: the runtime was never downloaded`,
    };
  const binary = join(packageDir, 'dist', relative);
  if (!files.exists(binary)) return { ok: false, reason: 'not-downloaded', packageDir, detail: `${binary} is missing` };
  return { ok: true, binary, version };
}
