import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { mainBundleOptions } from '../../../src/main/electron/launch/bundle-main.ts';
import { EXIT_CONFIG_REFUSED } from '../../../src/main/electron/launch/exit-codes.ts';
import { displayMissing, fallbackSentence } from '../../../src/main/electron/launch/fallback-message.ts';
import { locateElectronRuntime, type FileProbe } from '../../../src/main/electron/launch/locate-electron.ts';
import {
  builtBinary,
  electronSqliteDir,
  isBuiltForElectron,
} from '../../../src/main/electron/launch/electron-sqlite.ts';
import { headlessArgs } from '../../../src/main/electron/launch/headless-args.ts';
import { PANEL_LINE, classifyExit } from '../../../src/main/electron/launch/run-electron.ts';

const files = (present: Record<string, string>): FileProbe => ({
  exists: (p) => p in present,
  read: (p) => present[p] ?? '',
});
const PKG = '/app/node_modules/electron';

describe('locating Electron’s runtime', () => {
  it('finds the downloaded binary through path.txt', () => {
    const installed = files({
      [join(PKG, 'path.txt')]: 'electron',
      [join(PKG, 'dist', 'electron')]: '',
      [join(PKG, 'package.json')]: '{"version":"45.5.0"}',
    });
    expect(locateElectronRuntime(PKG, {}, installed)).toEqual({
      ok: true,
      binary: join(PKG, 'dist', 'electron'),
      version: '45.5.0',
    });
  });
  it('says the runtime was never downloaded (the package installs without it offline)', () => {
    expect(locateElectronRuntime(PKG, {}, files({}))).toMatchObject({
      ok: false,
      reason: 'not-downloaded',
      packageDir: PKG,
    });
    expect(locateElectronRuntime(PKG, {}, files({ [join(PKG, 'path.txt')]: 'electron' }))).toMatchObject({
      ok: false,
      reason: 'not-downloaded',
    });
  });
  it('says when the package itself is missing, and honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    expect(locateElectronRuntime(undefined, {}, files({}))).toMatchObject({ ok: false, reason: 'package-missing' });
    expect(locateElectronRuntime(PKG, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }, files({}))).toEqual({
      ok: true,
      binary: join('/opt/electron', 'electron'),
      version: '',
    });
  });
});

describe('telling a start from a failure to start', () => {
  it('counts a run that printed its panels as a run, whatever its exit code', () => {
    expect(classifyExit(true, 1, null)).toEqual({ kind: 'ran', code: 1 });
  });
  it('does not fall back to headless mode for a refused configuration', () => {
    expect(classifyExit(false, EXIT_CONFIG_REFUSED, null)).toEqual({ kind: 'ran', code: EXIT_CONFIG_REFUSED });
  });
  it('falls back when Electron dies before the wall runs', () => {
    expect(classifyExit(false, 1, null)).toEqual({ kind: 'failed-to-start', detail: 'it exited with code 1' });
    expect(classifyExit(false, null, 'SIGSEGV')).toEqual({
      kind: 'failed-to-start',
      detail: 'it was stopped by SIGSEGV',
    });
  });
  it('recognises the panel lines the kiosk prints', () => {
    expect(PANEL_LINE.test('panel 1 (Facebook · Instagram): http://127.0.0.1:41234/panel/1?token=abc')).toBe(true);
    expect(PANEL_LINE.test('{"level":"info","msg":"panel 1"}')).toBe(false);
  });
});

describe('the fallback sentence', () => {
  it('is one sentence that says what is missing (the runtime, or a display) and ends on the URLs to open', () => {
    const runtime = fallbackSentence({ kind: 'runtime-missing' });
    expect(runtime).toBe(
      "Electron's runtime is not installed on this machine (it downloads on the first launch when online); running the headless wall instead — open these URLs:",
    );
    expect(fallbackSentence({ kind: 'no-display' })).toMatch(
      /^There is no display here for the kiosk's windows \(DISPLAY and WAYLAND_DISPLAY are unset; Electron's runtime is not the problem\); .* open these URLs:$/,
    );
    for (const cause of [{ kind: 'runtime-missing' }, { kind: 'no-display' }] as const)
      expect(fallbackSentence(cause)).not.toContain('\n');
    expect(fallbackSentence({ kind: 'failed-to-start', detail: 'it exited with code 1' })).toMatch(
      /^Electron could not start on this machine \(it exited with code 1\); running the headless wall/,
    );
  });

  it('knows a Linux without a display server before it looks for the runtime', () => {
    expect(displayMissing('linux', {})).toBe(true);
    expect(displayMissing('linux', { DISPLAY: ':99' })).toBe(false);
    expect(displayMissing('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(false);
    expect(displayMissing('win32', {})).toBe(false);
  });
});

describe('the main-process bundle', () => {
  it('is one ES module for Electron’s Node, with electron, better-sqlite3 and all packages left out', () => {
    const options = mainBundleOptions('/repo');
    expect(options).toMatchObject({
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      outfile: join('/repo', 'dist', 'main', 'electron', 'main.js'),
    });
    expect(options.external).toEqual(expect.arrayContaining(['electron', 'better-sqlite3']));
  });

  it('builds from the sources, importing electron and the packages at run time rather than inlining them', async () => {
    const outfile = join(mkdtempSync(join(tmpdir(), 'bundle-')), 'main.js');
    await build({ ...mainBundleOptions(join(import.meta.dirname, '..', '..', '..')), outfile, sourcemap: false });
    const code = readFileSync(outfile, 'utf8');
    expect(code).toMatch(/from "electron"/);
    expect(code).toMatch(/from "better-sqlite3"/);
    expect(code).toMatch(/from "zod"/);
    expect(code).not.toMatch(/node_modules\/zod/);
    expect(code).toContain('prevent-display-sleep');
  });
});

describe('the arguments passed on to the headless wall', () => {
  it('keeps the options the headless CLI knows and drops the kiosk’s and Chromium’s', () => {
    expect(
      headlessArgs([
        '--simulate-displays',
        '800x600',
        '--config',
        'wall.json',
        '--ozone-platform=x11',
        '--port=8080',
        '--data-dir',
        '/d',
        '--emulate',
        '--disable-gpu',
      ]),
    ).toEqual(['--config', 'wall.json', '--port=8080', '--data-dir', '/d', '--emulate']);
  });
});

describe('better-sqlite3 for Electron (npm start)', () => {
  const ROOT = join(import.meta.dirname, '..', '..', '..');

  it('keeps its Electron build beside node_modules’ Node build, per Electron version and platform', () => {
    expect(electronSqliteDir('/repo', '45.5.0', 'linux', 'x64')).toBe(
      join('/repo', 'node_modules', '.electron-native', '45.5.0-linux-x64', 'node_modules', 'better-sqlite3'),
    );
  });

  it('does not take the Node build, or nothing, for an Electron build', () => {
    const nodeBuild = builtBinary(dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')));
    expect(isBuiltForElectron(nodeBuild)).toBe(false);
    expect(isBuiltForElectron(join(tmpdir(), 'no-such.node'))).toBe(false);
  });

  it('makes the npm start bundle import that build, and the installers’ bundle the package', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    const sqliteDir = join(dir, 'sqlite');
    await build({ ...mainBundleOptions(ROOT, sqliteDir), outfile: join(dir, 'dev.js'), sourcemap: false });
    expect(readFileSync(join(dir, 'dev.js'), 'utf8')).toContain(
      `from "${pathToFileURL(join(sqliteDir, 'lib', 'index.js')).href}"`,
    );
    expect(mainBundleOptions(ROOT).plugins).toEqual([]);
  });
});
