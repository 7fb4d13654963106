// `npm start`: the wall in Electron, one kiosk window per display. Bundles the main process, finds
// Electron's runtime (downloading it on first launch when online) and runs it; where there is no display,
// or the runtime cannot be had or cannot start, says which in one sentence and runs the headless wall,
// whose URLs follow that sentence at once (its logs after them).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleMain } from './bundle-main.ts';
import { prepareElectronSqlite } from './electron-sqlite.ts';
import { displayMissing, fallbackSentence, type FallbackCause } from './fallback-message.ts';
import { headlessArgs } from './headless-args.ts';
import { electronPackageDir, locateElectronRuntime } from './locate-electron.ts';
import { runElectron } from './run-electron.ts';
import { headlessCommand, runHeadless } from './run-headless.ts';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const HEADLESS_ENTRY = join(ROOT, 'src', 'main', 'cli', 'serve.ts');
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;
/** Offline, the installer fails at once: say nothing then; online, say why the first start takes a while. */
const DOWNLOAD_NOTICE_AFTER_MS = 3_000;

/** The `electron` package's own installer: quiet, bounded in time; false when it could not download. */
function downloadRuntime(packageDir: string): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(packageDir, 'install.js')], {
      stdio: 'ignore',
      timeout: DOWNLOAD_TIMEOUT_MS,
    });
    const notice = setTimeout(
      () => console.log("Downloading Electron's runtime (first launch only)…"),
      DOWNLOAD_NOTICE_AFTER_MS,
    );
    const done = (ok: boolean) => {
      clearTimeout(notice);
      resolve(ok);
    };
    child.once('error', () => done(false));
    child.once('exit', (code) => done(code === 0));
  });
}

async function start(): Promise<FallbackCause | undefined> {
  if (displayMissing(process.platform, process.env)) return { kind: 'no-display' };
  let runtime = locateElectronRuntime(electronPackageDir(), process.env);
  if (!runtime.ok && runtime.packageDir !== undefined && (await downloadRuntime(runtime.packageDir)))
    runtime = locateElectronRuntime(runtime.packageDir, process.env);
  if (!runtime.ok) return { kind: 'runtime-missing' };
  const sqlite = await prepareElectronSqlite(ROOT, runtime.version);
  if (!sqlite.ok) return { kind: 'failed-to-start', detail: sqlite.detail };
  await bundleMain(ROOT, sqlite.dir);
  const outcome = await runElectron(runtime.binary, [ROOT, ...process.argv.slice(2)]);
  if (outcome.kind === 'failed-to-start') return outcome;
  process.exitCode = outcome.code;
  return undefined;
}

const fallback = await start();
if (fallback) {
  console.log(fallbackSentence(fallback));
  process.exitCode = await runHeadless(headlessCommand(HEADLESS_ENTRY), headlessArgs(process.argv.slice(2)), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
