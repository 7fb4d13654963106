// An error nobody caught in the main process would make Electron show its modal "A JavaScript error
// occurred in the main process" on a lobby screen (Electron shows it only when the process has no
// 'uncaughtException' listener of its own), and leave the process in a state nobody can vouch for. So it
// is logged and the kiosk restarts (through its supervisor: restart-app.ts). A promise that failed with
// nobody to catch it is logged only: the kiosk goes on.
import type { Logger } from '../../logger.ts';

export type ProcessEvents = Pick<NodeJS.Process, 'on' | 'off'>;

/** @returns a function that removes the handlers. */
export function guardFatalErrors(
  process: ProcessEvents,
  logger: Logger,
  restart: (reason: string) => void,
): () => void {
  let restarting = false;
  const onException = (error: Error, origin: string) => {
    logger.error('kiosk: an error nobody caught; restarting', { error, origin });
    if (restarting) return;
    restarting = true;
    restart(`an error nobody caught (${origin}): ${error.message}`);
  };
  const onRejection = (reason: unknown) =>
    logger.error('kiosk: a promise failed and nobody caught it; the kiosk goes on', { error: reason });
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  return () => {
    process.off('uncaughtException', onException);
    process.off('unhandledRejection', onRejection);
  };
}
