// A database write that fails (a full disk, a read-only data folder, a file taken away) must not pass in
// silence: the store's writer is wrapped so that any failing write is remembered as one wall notice with its
// reason (GET /api/health and the settings), logged once per reason, and thrown on as a StorageError the
// source runner retries soon. The first write that succeeds again removes the notice. Reads go on meanwhile
// (their own connection): the screens keep showing what they have.
import type { WallNotice } from '../../shared/health.ts';
import type { Logger } from '../logger.ts';
import type { PostWriter } from './store-api.ts';

/** A write the database refused; `code` is SQLite's (SQLITE_FULL, SQLITE_READONLY…) or the system's. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly code: string,
    readonly reason: string,
  ) {
    super(`the database could not be written (${code}): ${reason}`);
  }
}

function describe(code: string): string {
  if (/FULL|ENOSPC/.test(code)) return 'the disk is full';
  if (/READONLY|EROFS|EACCES|EPERM/.test(code)) return 'the data folder or the database file is read-only';
  if (/IOERR|EIO/.test(code)) return 'the disk reported an input/output error';
  if (/CANTOPEN|NOTADB|CORRUPT/.test(code)) return 'the database file cannot be used';
  if (/BUSY|LOCKED/.test(code)) return 'another program holds the database';
  return 'the write failed';
}

export class StorageFailures {
  private failure: { code: string; since: number } | undefined;

  constructor(
    private readonly file: string,
    private readonly logger: Logger,
    private readonly now: () => number,
  ) {}

  /** The notice while writes fail (none once one succeeds again). */
  get notices(): WallNotice[] {
    const failure = this.failure;
    if (!failure) return [];
    const reason = describe(failure.code);
    const since = new Date(failure.since).toISOString();
    return [
      {
        level: 'error',
        message: `The database ${this.file} cannot be written (${failure.code}: ${reason}) since ${since}: new posts are not stored and writing is tried again every few seconds; the screens keep showing what they have. Free disk space or fix the folder's rights.`,
        at: since,
        code: 'storage-failed',
        params: { file: this.file, error: failure.code, since },
      },
    ];
  }

  get failing(): boolean {
    return this.failure !== undefined;
  }

  /** Runs a write; a failure is recorded and thrown as a StorageError, a success clears the notice. */
  async write<T>(run: () => Promise<T> | T): Promise<T> {
    let result: T;
    try {
      result = await run();
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      const error = new StorageError(typeof code === 'string' ? code : 'ERROR', (err as Error).message);
      if (this.failure?.code !== error.code) {
        this.logger.error('store: the database cannot be written', {
          file: this.file,
          code: error.code,
          error: error.reason,
        });
        this.failure = { code: error.code, since: this.now() };
      }
      throw error;
    }
    if (this.failure) {
      this.logger.info('store: the database is written again', { file: this.file, failingSinceMs: this.failure.since });
      this.failure = undefined;
    }
    return result;
  }
}

/** The writer with each write method run through `failures` (reads of the writer's own state pass through too). */
export function watchedWriter(writer: PostWriter, failures: StorageFailures): PostWriter {
  return new Proxy(writer, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => failures.write(() => (value as (...a: unknown[]) => unknown).apply(target, args));
    },
  });
}
