// A log file that cannot fill the disk of a PC nobody looks at: when the next line would make it larger
// than `maxBytes`, wall.log becomes wall.log.1 (wall.log.1 → .2 …) and the oldest beyond `keep` is dropped.
// Synchronous on purpose: it records rare events (a crash, a reload), and a line must survive a crash.
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

export interface RotatingFileOptions {
  file: string;
  /** Size at which the file rotates. */
  maxBytes: number;
  /** Rotated files kept besides the current one. */
  keep: number;
}

export interface LineWriter {
  write(line: string): void;
}

export function createRotatingFileWriter(options: RotatingFileOptions): LineWriter {
  const { file, maxBytes, keep } = options;
  if (maxBytes < 1 || keep < 0)
    throw new RangeError(`A rotating log needs maxBytes ≥ 1 and keep ≥ 0 (got ${maxBytes}, ${keep}).`);
  mkdirSync(dirname(file), { recursive: true });
  let size = existsSync(file) ? statSync(file).size : 0;

  const rotate = (): void => {
    rmSync(`${file}.${keep}`, { force: true });
    for (let i = keep - 1; i >= 1; i--) if (existsSync(`${file}.${i}`)) renameSync(`${file}.${i}`, `${file}.${i + 1}`);
    if (keep > 0) renameSync(file, `${file}.1`);
    else rmSync(file, { force: true });
    size = 0;
  };

  return {
    write(line: string): void {
      const text = line.endsWith('\n') ? line : `${line}\n`;
      const bytes = Buffer.byteLength(text);
      if (size > 0 && size + bytes > maxBytes) rotate();
      appendFileSync(file, text);
      size += bytes;
    },
  };
}
