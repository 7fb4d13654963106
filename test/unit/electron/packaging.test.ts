// The installers' configuration, checked offline as far as electron-builder itself checks it: the file read
// by electron-builder's own loader and validated against its own JSON schema (the one `electron-builder`
// runs first), then what its targets require beyond the schema — the deb's homepage and maintainer
// e-mail (FpmTarget), the Windows icon with a 256 px image, the Linux icon sizes — and the app's own
// files in the package. (The stages that need Electron's download are in docs/architecture.md, "Not
// verifiable here".)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ICO_SIZES, LINUX_SIZES } from '../../../src/main/electron/packaging/app-icon.ts';
import { icoFile, pngSize } from '../../../src/main/electron/packaging/ico-file.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const require = createRequire(import.meta.url);
type Configuration = Record<string, unknown> & {
  directories?: { buildResources?: string };
  files?: Array<{ filter?: string[] }>;
  linux?: { target?: unknown; category?: string };
  nsis?: Record<string, unknown>;
};
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig: (projectDir: string, configPath: string | null, fromOptions: null) => Promise<Configuration>;
  validateConfiguration: (config: Configuration, logger: unknown) => Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  homepage?: string;
  description?: string;
  author?: { name?: string; email?: string };
};
const buildResources = join(ROOT, 'assets', 'build');

/** The images an .ico holds: size (0 = 256) and the PNG of each. */
function icoImages(ico: Buffer): Array<{ size: number; png: Buffer }> {
  expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const entry = 6 + 16 * i;
    const length = ico.readUInt32LE(entry + 8);
    const offset = ico.readUInt32LE(entry + 12);
    return { size: ico.readUInt8(entry) || 256, png: ico.subarray(offset, offset + length) };
  });
}

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own loader and JSON schema', async () => {
    const config = await getConfig(ROOT, null, null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config.directories?.buildResources).toBe('assets/build');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
  });

  it('is refused by that schema when an option is misspelt (the check can fail)', async () => {
    const config = await getConfig(ROOT, null, null);
    await expect(
      validateConfiguration({ ...config, nsis: { ...config.nsis, perMachin: true } }, new DebugLogger(false)),
    ).rejects.toThrow(/configuration\.nsis should be/);
  });

  it('has what the deb target requires beyond the schema: a homepage, and an author with an e-mail', () => {
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.author?.name).toBeTruthy();
    expect(pkg.author?.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    expect(pkg.description).toBeTruthy();
  });

  it('packages the kiosk’s entry (package.json main), the screens and the assets, never the build resources', async () => {
    const config = await getConfig(ROOT, null, null);
    expect(pkg.main).toBe('dist/main/electron/main.js');
    // electron-builder's loader turns the list into a file set (normalizeFiles).
    expect(config.files?.[0]?.filter).toEqual(
      expect.arrayContaining(['dist/**', 'assets/**', 'package.json', '!assets/build/**']),
    );
  });
});

describe('the icons (drawn by src/main/electron/packaging/draw-icons.ts)', () => {
  it('Windows: icon.ico with every size from 16 to 256 px, each a PNG of its size', () => {
    const images = icoImages(readFileSync(join(buildResources, 'icon.ico')));
    expect(images.map((i) => i.size)).toEqual([...ICO_SIZES]);
    for (const { size, png } of images) expect(pngSize(png)).toEqual({ width: size, height: size });
  });

  it('Linux: icons/<n>x<n>.png for the desktop entry, up to 512 px, and icon.png', () => {
    const names = readdirSync(join(buildResources, 'icons')).sort();
    expect(names).toEqual(LINUX_SIZES.map((s) => `${s}x${s}.png`).sort());
    for (const size of LINUX_SIZES)
      expect(pngSize(readFileSync(join(buildResources, 'icons', `${size}x${size}.png`)))).toEqual({
        width: size,
        height: size,
      });
    expect(existsSync(join(buildResources, 'icon.png'))).toBe(true);
  });

  it('the .ico writer refuses a size Windows cannot hold', () => {
    expect(() => icoFile([{ size: 512, png: Buffer.alloc(0) }])).toThrow(/1 to 256 pixels/);
    expect(() => pngSize(Buffer.from('not a png at all, not at all'))).toThrow('not a PNG file');
  });
});
