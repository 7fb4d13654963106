// `npm run serve -- --emulate` as a clear mode: a data folder of its own, refused on a real wall's folder, its
// settings kept from one start to the next (a source added in the settings stays, pointed at the new
// emulators), and a restart as clean as the first start: every source reads, none waits on "Graph code 100".
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import {
  EMULATE_MARKER,
  emulateDataDir,
  pointAtEmulators,
  prepareEmulateFolder,
} from '../../../src/main/cli/emulate-mode.ts';
import type { SourceHealth } from '../../../src/shared/health.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'social-wall-emulate-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const X = { id: 'x', type: 'x', enabled: true, options: { baseUrl: 'http://127.0.0.1:4001', bearerToken: 'emulated' } };

describe('the emulate folder', () => {
  it('is beside the wall’s own', () => {
    expect(emulateDataDir('/home/it/.local/share/social-wall')).toBe('/home/it/.local/share/social-wall-emulate');
  });

  it('points the sources an emulator serves at it, and leaves the others and their own options', () => {
    const config = {
      panels: [{ id: '1', title: 'X', type: 'feed' }],
      sources: [
        { id: 'x', type: 'x', options: { baseUrl: 'http://127.0.0.1:3999', bearerToken: 'old', maxResults: 50 } },
        { id: 'x-real', type: 'x', options: { bearerToken: { $sealed: 'v1:abc' } } },
        { id: 'x', type: 'mastodon', options: {} },
      ],
    };
    expect(pointAtEmulators(config, [X])).toEqual({
      panels: config.panels,
      sources: [
        { id: 'x', type: 'x', options: { baseUrl: 'http://127.0.0.1:4001', bearerToken: 'emulated', maxResults: 50 } },
        config.sources[1],
        config.sources[2],
      ],
    });
  });

  it('refuses a folder that holds a wall’s data, and changes nothing in it', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'wall.db'), 'a real wall');
    const prepared = prepareEmulateFolder(dir, [X], Date.now());
    expect(prepared.ok).toBe(false);
    if (!prepared.ok) expect(prepared.message).toContain('give --emulate a folder of its own with --data-dir');
    expect(await readFile(join(dir, 'wall.db'), 'utf8')).toBe('a real wall');
    expect(existsSync(join(dir, 'config.json'))).toBe(false);
  });

  it('keeps its settings from one start to the next and clears the previous world', async () => {
    const dir = await tempDir();
    const first = prepareEmulateFolder(dir, [X], Date.now());
    expect(first).toEqual({ ok: true, configFile: join(dir, 'config.json'), created: true });
    expect(existsSync(join(dir, EMULATE_MARKER))).toBe(true);
    // What the settings would have saved meanwhile: a source added, the wall's posts in wall.db.
    const saved = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8')) as { sources: unknown[] };
    saved.sources.push({ id: 'rss-press', type: 'rss', options: { feeds: ['https://example.com/feed'] } });
    await writeFile(join(dir, 'config.json'), JSON.stringify(saved));
    await writeFile(join(dir, 'wall.db'), 'posts of the previous world');

    const again = prepareEmulateFolder(
      dir,
      [{ ...X, options: { ...X.options, baseUrl: 'http://127.0.0.1:4002' } }],
      Date.now(),
    );
    expect(again).toMatchObject({ ok: true, created: false });
    const config = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8')) as {
      sources: { id: string; options: Record<string, unknown> }[];
    };
    expect(config.sources.map((s) => s.id)).toEqual(['x', 'rss-press']);
    expect(config.sources[0]?.options['baseUrl']).toBe('http://127.0.0.1:4002');
    expect(existsSync(join(dir, 'wall.db'))).toBe(false);
  });

  it('starts from --config at its first start, without writing that file', async () => {
    const dir = await tempDir();
    const seed = join(dir, 'seed.json');
    const text = JSON.stringify({ sources: [{ id: 'x', type: 'x', options: {} }] });
    await writeFile(seed, text);
    const prepared = prepareEmulateFolder(join(dir, 'data'), [X], Date.now(), seed);
    expect(prepared).toMatchObject({ ok: true, created: true });
    expect(await readFile(seed, 'utf8')).toBe(text);
    const config = JSON.parse(await readFile(join(dir, 'data', 'config.json'), 'utf8')) as { sources: unknown[] };
    expect(config.sources).toEqual([{ id: 'x', type: 'x', options: X.options }]);
  });
});

interface Started {
  child: ChildProcess;
  origin: string;
  token: string;
}

/** Starts `serve --emulate` on `dataDir` and waits for its panel lines. */
async function serveEmulated(dataDir: string): Promise<Started> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/main/cli/serve.ts',
      '--emulate',
      '--data-dir',
      dataDir,
      '--port',
      '0',
      '--log-level',
      'warn',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const panel = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`serve --emulate exited (${code}): ${stderr}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const url = /^panel 1 \(.*\): (\S+)$/.exec(line)?.[1];
      if (url) resolve(url);
    });
  });
  const url = new URL(panel);
  return { child, origin: url.origin, token: url.searchParams.get('token') ?? '' };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function healthOf({ origin, token }: Started): Promise<SourceHealth[]> {
  const response = await fetch(`${origin}/api/health`, { headers: { authorization: `Bearer ${token}` } });
  return ((await response.json()) as { sources: SourceHealth[] }).sources;
}

/** Health until every source has read since `sinceMs` (a source's last success is remembered across starts), or a minute. */
async function everySourceReads(wall: Started, sinceMs: number): Promise<SourceHealth[]> {
  const deadline = Date.now() + 60_000;
  const readSince = (s: SourceHealth) => s.lastSuccessAt !== undefined && Date.parse(s.lastSuccessAt) >= sinceMs;
  for (;;) {
    const sources = await healthOf(wall);
    if (sources.length > 0 && sources.every(readSince)) return sources;
    if (Date.now() > deadline) return sources;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('serve --emulate, started twice on the same folder', () => {
  it('reads every emulated network at the second start as at the first', { timeout: 150_000 }, async () => {
    const dir = join(await tempDir(), 'emulate');
    for (const start of ['first', 'second']) {
      const startedAt = Date.now();
      const wall = await serveEmulated(dir);
      try {
        const sources = await everySourceReads(wall, startedAt);
        const problems = sources
          .filter((s) => s.lastSuccessAt === undefined || Date.parse(s.lastSuccessAt) < startedAt)
          .map((s) => `${s.sourceId}: ${s.state}, ${s.lastError ?? 'no read yet'}`);
        expect(problems, `${start} start`).toEqual([]);
        expect(sources.length).toBeGreaterThanOrEqual(9);
      } finally {
        await stop(wall.child);
      }
    }
  });
});
