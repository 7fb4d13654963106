// `electron-builder --linux dir` as far as it runs offline. Electron's own binary cannot be downloaded
// here, so a stand-in takes its place (a script carrying the fuse wire Electron's binary carries): what is
// checked is the rest of the packaging — the app's files in app.asar, better-sqlite3 unpacked beside it,
// the fuses flipped as electron-builder.yml says. Slow (it copies the production dependencies) and it
// needs `npm run build` and the bundled main process first, so it runs on demand:
//   npm run build && npx tsx src/main/electron/launch/bundle-cli.ts && PACKAGE_CHECK=1 npx vitest run test/unit/electron/package-linux-dir.test.ts
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'; // @electron/fuses' marker of the fuse wire
const FUSES = 9; // Electron 45's wire: every fuse on until electron-builder flips it

describe.skipIf(!process.env['PACKAGE_CHECK'])(
  'electron-builder --linux dir, offline, with a stand-in Electron',
  () => {
    it(
      'packs the app into app.asar, unpacks better-sqlite3, and flips the fuses as configured',
      () => {
        expect(existsSync(join(ROOT, 'dist', 'main', 'electron', 'main.js'))).toBe(true);
        const work = mkdtempSync(join(tmpdir(), 'package-dir-'));
        const dist = join(work, 'electron-dist');
        mkdirSync(dist);
        const wire = `\u0001${String.fromCharCode(FUSES)}${'1'.repeat(FUSES)}`;
        writeFileSync(join(dist, 'electron'), `#!/bin/sh\n# stand-in: ${SENTINEL}${wire}\n`);
        chmodSync(join(dist, 'electron'), 0o755);
        writeFileSync(join(dist, 'version'), '45.5.0');
        const out = join(work, 'out');
        const run = spawnSync(
          'npx',
          [
            'electron-builder',
            '--linux',
            'dir',
            '-c.npmRebuild=false', // rebuilding better-sqlite3 for Electron needs its headers: online only
            `-c.electronDist=${dist}`,
            '-c.electronVersion=45.5.0',
            `-c.directories.output=${out}`,
          ],
          { cwd: ROOT, encoding: 'utf8', timeout: 10 * 60_000 },
        );
        expect(run.status, run.stdout + run.stderr).toBe(0);
        const app = join(out, 'linux-unpacked');
        const binary = readFileSync(join(app, 'social-wall'), 'latin1');
        const flipped = binary.slice(binary.indexOf(SENTINEL) + SENTINEL.length + 2).slice(0, FUSES);
        // runAsNode off, cookie encryption on, NODE_OPTIONS off, --inspect off, asar integrity on, asar only,
        // (V8 snapshot: untouched), file:// privileges off, (the last: untouched).
        expect(flipped).toBe('010011101');
        const list = spawnSync('npx', ['asar', 'list', join(app, 'resources', 'app.asar')], {
          cwd: ROOT,
          encoding: 'utf8',
        });
        const files = list.stdout.split('\n');
        expect(files).toEqual(
          expect.arrayContaining(['/package.json', '/dist/main/electron/main.js', '/dist/renderer/index.html']),
        );
        expect(
          files.filter((f) => f.startsWith('/assets/build') || f.endsWith('.map') || f.startsWith('/src')),
        ).toEqual([]);
        expect(
          existsSync(join(app, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'package.json')),
        ).toBe(true);
      },
      12 * 60_000,
    );
  },
);
