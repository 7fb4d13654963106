// An error nobody caught never reaches Electron's modal dialog on the screens: it is logged and the kiosk
// restarts — through its supervisor, or by relaunching itself (the AppImage file, not its passing mount).
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { EXIT_RESTART } from '../../../src/main/electron/launch/exit-codes.ts';
import { guardFatalErrors } from '../../../src/main/electron/shell/fatal-errors.ts';
import { relaunchOptions, restartApp } from '../../../src/main/electron/shell/restart-app.ts';
import { memoryLogger } from '../../../src/main/logger.ts';

describe('errors nobody caught', () => {
  it('are logged and restart the kiosk once; a failed promise is logged and the kiosk goes on', () => {
    const proc = new EventEmitter();
    const logger = memoryLogger();
    const restart = vi.fn();
    const unguard = guardFatalErrors(proc as unknown as NodeJS.Process, logger, restart);
    // Electron shows its dialog only when no other listener is there: ours is.
    expect(proc.listenerCount('uncaughtException')).toBe(1);
    proc.emit('unhandledRejection', new Error('a fetch nobody awaited'));
    expect(restart).not.toHaveBeenCalled();
    proc.emit('uncaughtException', new TypeError('x is undefined'), 'uncaughtException');
    proc.emit('uncaughtException', new TypeError('again'), 'uncaughtException');
    expect(restart).toHaveBeenCalledTimes(1);
    expect(restart).toHaveBeenCalledWith('an error nobody caught (uncaughtException): x is undefined');
    expect(logger.lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual([
      'kiosk: a promise failed and nobody caught it; the kiosk goes on',
      'kiosk: an error nobody caught; restarting',
      'kiosk: an error nobody caught; restarting',
    ]);
    unguard();
    expect(proc.listenerCount('uncaughtException')).toBe(0);
  });
});

describe('restarting the app', () => {
  const app = () => ({ relaunch: vi.fn(), exit: vi.fn() });
  it('under a supervisor: exits with the restart code, and the supervisor starts it again', () => {
    const a = app();
    restartApp(a, 'systemd', {}, []);
    expect(a.exit).toHaveBeenCalledWith(EXIT_RESTART);
    expect(a.relaunch).not.toHaveBeenCalled();
  });
  it('alone: relaunches itself, inside an AppImage through the AppImage file', () => {
    const a = app();
    restartApp(a, undefined, { APPIMAGE: '/home/wall/Social Wall.AppImage' }, ['--data-dir', '/d']);
    expect(a.relaunch).toHaveBeenCalledWith({
      execPath: '/home/wall/Social Wall.AppImage',
      args: ['--data-dir', '/d'],
    });
    expect(a.exit).toHaveBeenCalledWith(0);
    expect(relaunchOptions({}, ['--x'])).toEqual({});
  });
});
