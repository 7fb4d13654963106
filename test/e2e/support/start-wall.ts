// Starts the real headless wall (the `serve` CLI, as users run it) on a free port with a config
// written to a fresh temp dir, and hands back the panel URLs it printed.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { WallConfigInput } from '../../../src/shared/config.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const PANEL_LINE = /^panel (\S+) \((.*)\): (\S+)$/;
const SETTINGS_LINE = /^settings: (\S+)$/;
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5_000;

export interface RunningWall {
  /** Panel id → the URL printed by the CLI (with its one-time `?token=`). */
  panels: Map<string, string>;
  /** The settings' admin URL printed by the CLI (`settings: <url>`, with its one-time `?admin=`). */
  settingsUrl: string;
  /** The server's origin, e.g. http://127.0.0.1:41234. */
  origin: string;
  /** The temp dir holding the config and the data dir; removed by stop(). */
  dir: string;
  /** What the process wrote to stderr so far (for failure messages). */
  stderr(): string;
  stop(): Promise<void>;
}

export interface StartWallOptions {
  config: WallConfigInput;
  /** Extra environment for the CLI. */
  env?: NodeJS.ProcessEnv;
  /** A fixed port (a restart test needs the same address twice); 0, a free one, by default. */
  port?: number;
  /** Keep the temp dir (config, data) on stop, to start the wall again on the same data. */
  keepDir?: boolean;
  /** Written as the config file instead of `config` (a damaged file); `config` then says which panels to expect. */
  configText?: string;
  /** The config is the data folder's own config.json (the file the wall writes), not a provisioned --config. */
  ownConfig?: boolean;
}

export async function makeTempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'social-wall-e2e-'));
}

export async function startWall(
  { config, env, port = 0, keepDir = false, configText, ownConfig = false }: StartWallOptions,
  dir?: string,
): Promise<RunningWall> {
  const workDir = dir ?? (await makeTempDir());
  await mkdir(join(workDir, 'data'), { recursive: true });
  const configFile = ownConfig ? join(workDir, 'data', 'config.json') : join(workDir, 'wall.json');
  await writeFile(configFile, configText ?? JSON.stringify(config, null, 2));
  const expectedPanels = config.panels && config.panels.length > 0 ? config.panels.length : 3;

  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/main/cli/serve.ts',
      '--config',
      configFile,
      '--data-dir',
      join(workDir, 'data'),
      '--port',
      String(port),
    ],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }
    if (!keepDir) await rm(workDir, { recursive: true, force: true });
  };

  const panels = new Map<string, string>();
  let settingsUrl = '';
  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (why: string) => reject(new Error(`${why}\n--- serve stderr ---\n${stderr.trim() || '(empty)'}`));
      const timer = setTimeout(
        () => fail(`the wall printed ${panels.size}/${expectedPanels} panel lines in ${START_TIMEOUT_MS / 1000} s`),
        START_TIMEOUT_MS,
      );
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        fail(`the wall exited early (code ${code ?? 'none'}, signal ${signal ?? 'none'})`);
      });
      child.once('error', (err) => {
        clearTimeout(timer);
        fail(`the wall could not be spawned: ${err.message}`);
      });
      createInterface({ input: child.stdout }).on('line', (line) => {
        // The CLI prints the settings line right after the panel lines.
        const settings = SETTINGS_LINE.exec(line.trim());
        if (settings?.[1]) settingsUrl = settings[1];
        const match = PANEL_LINE.exec(line.trim());
        if (match?.[1] && match[3]) panels.set(match[1], match[3]);
        if (panels.size === expectedPanels && settingsUrl !== '') {
          clearTimeout(timer);
          resolve();
        }
      });
    });
  } catch (err) {
    await stop();
    throw err;
  }

  const first = panels.values().next().value;
  return { panels, settingsUrl, origin: first ? new URL(first).origin : '', dir: workDir, stderr: () => stderr, stop };
}

/** The panel's URL without its token: what a browser sees after the server's redirect. */
export function cleanUrl(url: string): string {
  const u = new URL(url);
  u.search = '';
  return u.toString();
}

/**
 * Waits until a panel's API lists at least `count` posts: a test that means "a quiet wall with some history"
 * opens its screen only after the history is stored, or the history arrives live and queues for the spotlight.
 */
export async function waitForStoredPosts(wall: RunningWall, panelId: string, count: number): Promise<void> {
  const url = wall.panels.get(panelId);
  const token = url ? new URL(url).searchParams.get('token') : null;
  if (!token) throw new Error(`the wall printed no panel ${panelId} with a token`);
  const deadline = Date.now() + START_TIMEOUT_MS;
  let seen = 0;
  while (Date.now() < deadline) {
    const response = await fetch(`${wall.origin}/api/panels/${encodeURIComponent(panelId)}/posts?limit=30`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (response.ok) {
      const body = (await response.json()) as { posts?: unknown[] };
      seen = body.posts?.length ?? 0;
      if (seen >= count) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `panel ${panelId} listed ${seen}/${count} posts after ${START_TIMEOUT_MS / 1000} s\n${wall.stderr()}`,
  );
}
