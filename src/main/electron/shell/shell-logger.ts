// The kiosk's log: JSON lines on stderr (as in headless mode) and in a rotating file in the data folder,
// which IT reads after the fact: <dataDir>/logs/kiosk.log (1 MB, 5 old files kept).
import { join } from 'node:path';
import { createLogger, type Logger, type LogLevel } from '../../logger.ts';
import { createRotatingFileWriter } from '../../logging/rotating-file-writer.ts';

export function kioskLogFile(dataDir: string): string {
  return join(dataDir, 'logs', 'kiosk.log');
}

export function createShellLogger(dataDir: string, level: LogLevel): Logger {
  const file = createRotatingFileWriter({ file: kioskLogFile(dataDir), maxBytes: 1024 * 1024, keep: 5 });
  return createLogger({
    level,
    write: (line) => {
      process.stderr.write(line + '\n');
      try {
        file.write(line);
      } catch {
        // A full or read-only disk must not take the wall down: stderr still has the line.
      }
    },
  });
}
