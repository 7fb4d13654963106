// Start at login, for the installed app only (a development run would register the bare Electron binary).
// Windows and macOS: the OS's login item. Linux: an XDG autostart entry, with the X11 flag in a Wayland
// session (see xdg-autostart-entry.ts).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { App } from 'electron';
import type { Logger } from '../../logger.ts';
import { autostartArgs, xdgAutostartEntry } from './xdg-autostart-entry.ts';

export interface AutostartContext {
  app: Pick<App, 'isPackaged' | 'setLoginItemSettings'>;
  enabled: boolean;
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  execPath: string;
  logger: Logger;
}

export function xdgAutostartFile(env: NodeJS.ProcessEnv): string {
  return join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), 'autostart', 'social-wall.desktop');
}

export function applyAutostart({ app, enabled, platform, env, execPath, logger }: AutostartContext): void {
  if (!app.isPackaged) return;
  try {
    if (platform === 'linux') {
      const file = xdgAutostartFile(env);
      if (!enabled) return rmSync(file, { force: true });
      mkdirSync(join(file, '..'), { recursive: true });
      // An AppImage runs from a temporary mount: the entry must name the AppImage file itself.
      writeFileSync(
        file,
        xdgAutostartEntry({ exec: env['APPIMAGE'] ?? execPath, args: autostartArgs(env['XDG_SESSION_TYPE']) }),
      );
    } else {
      app.setLoginItemSettings({ openAtLogin: enabled, path: execPath });
    }
    logger.info('kiosk: start at login', { enabled });
  } catch (err) {
    logger.warn('kiosk: start at login could not be set', { error: err });
  }
}
