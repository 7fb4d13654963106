// Complete lines of a growing file from a byte offset. A last line without its newline is still being
// written: it is not returned until the newline arrives. Works on bytes, so offsets are exact and a
// multi-byte character split across reads is never garbled.
import type { FileHandle } from 'node:fs/promises';

export interface FileLine {
  /** The line without its newline. */
  text: string;
  /** Byte offset just after the newline: where the next read resumes. */
  end: number;
}

const NEWLINE = 0x0a;

export async function* readCompleteLines(
  handle: FileHandle,
  offset: number,
  chunkBytes = 64 * 1024,
): AsyncGenerator<FileLine> {
  let position = offset;
  let pending = Buffer.alloc(0);
  let pendingStart = offset;
  for (;;) {
    const chunk = Buffer.alloc(chunkBytes);
    const { bytesRead } = await handle.read(chunk, 0, chunkBytes, position);
    if (bytesRead === 0) return;
    position += bytesRead;
    const data =
      pending.length > 0 ? Buffer.concat([pending, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead);
    let lineStart = 0;
    for (let nl = data.indexOf(NEWLINE, lineStart); nl >= 0; nl = data.indexOf(NEWLINE, lineStart)) {
      yield { text: data.toString('utf8', lineStart, nl), end: pendingStart + nl + 1 };
      lineStart = nl + 1;
    }
    pending = Buffer.from(data.subarray(lineStart));
    pendingStart += lineStart;
  }
}
