// The kiosk's entry (bundled to dist/main/electron/main.js, run by Electron). First, what this process is
// (supervisor/supervision-role.ts): the installed app started by the login or by hand hands the kiosk over
// to its supervisor (systemd on Linux, a tiny supervising process elsewhere), which starts it again whenever
// it dies; the kiosk proper composes config → store → engine → server (startWall) → windows on the
// displays (shell/start-kiosk.ts). The only module that imports Electron at run time: the others take it
// as a parameter, so the tests run them under Node.
import * as electron from 'electron';
import { runSupervisorRole } from './supervisor/run-supervisor.ts';
import { supervisionRole } from './supervisor/supervision-role.ts';
import { startKiosk } from './shell/start-kiosk.ts';

// Chromium's switches and the app's path are in argv too; the parsers ignore what is not theirs.
const argv = process.argv.slice(1);
const { platform, env } = process;
const role = supervisionRole({ platform, packaged: electron.app.isPackaged, env, argv });

if (role.kind === 'kiosk') {
  // electron-updater reads Electron's app at load: loaded only in the kiosk, and only when it has updates.
  const loadUpdater = async () => {
    const updater = await import('electron-updater');
    return updater.autoUpdater ?? (updater as unknown as { default: typeof updater }).default.autoUpdater;
  };
  startKiosk(electron, { argv, env, platform, supervisor: role.supervisor, loadUpdater }).catch((err: unknown) => {
    console.error(`The kiosk could not start: ${(err as Error).message}`);
    electron.app.exit(70);
  });
} else {
  runSupervisorRole(role, { app: electron.app, platform, env, argv, execPath: process.execPath });
}
