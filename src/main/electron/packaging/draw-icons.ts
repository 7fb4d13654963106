// `npx tsx src/main/electron/packaging/draw-icons.ts`: draws the app's icons (app-icon.ts) in Chromium
// and writes what electron-builder reads from assets/build: icon.ico (Windows: app and installer),
// icons/<n>x<n>.png (Linux: the desktop entry's icon theme) and icon.png (512 px). Run again after a
// change of the drawing; the outputs are committed, so packaging needs no browser.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { appIconSvg, ICO_SIZES, LINUX_SIZES } from './app-icon.ts';
import { icoFile } from './ico-file.ts';

const BUILD = fileURLToPath(new URL('../../../../assets/build/', import.meta.url));

// Debian's Chromium, or CHROMIUM_PATH (as for the UI tests); root cannot use Chromium's sandbox.
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-first-run', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const draw = async (size: number): Promise<Buffer> => {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block}</style>${appIconSvg(size)}`,
    );
    return page.locator('svg').screenshot({ omitBackground: true });
  };
  const pngs = new Map<number, Buffer>();
  for (const size of new Set([...ICO_SIZES, ...LINUX_SIZES])) pngs.set(size, await draw(size));
  mkdirSync(join(BUILD, 'icons'), { recursive: true });
  for (const size of LINUX_SIZES) writeFileSync(join(BUILD, 'icons', `${size}x${size}.png`), pngs.get(size)!);
  writeFileSync(join(BUILD, 'icon.png'), pngs.get(512)!);
  writeFileSync(join(BUILD, 'icon.ico'), icoFile(ICO_SIZES.map((size) => ({ size, png: pngs.get(size)! }))));
  process.stdout.write(`icons written to ${BUILD}\n`);
} finally {
  await browser.close();
}
