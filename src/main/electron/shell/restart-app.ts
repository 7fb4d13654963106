// How the kiosk starts itself again (after repeated panel failures, to turn the GPU off, after a fatal
// error). Under a supervisor it exits with EXIT_RESTART and the supervisor starts it within seconds: that
// also works inside an AppImage, where app.relaunch() would start the binary of the temporary mount, gone
// by then. Unsupervised (`npm start`, or `--no-supervisor`), app.relaunch() — pointed at the AppImage file.
import type { App, RelaunchOptions } from 'electron';
import { EXIT_RESTART } from '../launch/exit-codes.ts';

export type Supervisor = 'systemd' | 'process' | undefined;

export function relaunchOptions(env: NodeJS.ProcessEnv, argv: readonly string[]): RelaunchOptions {
  const appImage = env['APPIMAGE'];
  return appImage ? { execPath: appImage, args: [...argv] } : {};
}

export function restartApp(
  app: Pick<App, 'relaunch' | 'exit'>,
  supervisor: Supervisor,
  env: NodeJS.ProcessEnv,
  argv: readonly string[],
): void {
  if (supervisor) return app.exit(EXIT_RESTART);
  app.relaunch(relaunchOptions(env, argv));
  app.exit(0);
}
