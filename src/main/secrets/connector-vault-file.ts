// Where connectors keep the secrets they obtain at run time (Bluesky's rotating refresh token, Google's
// renewed access token): `<dataDir>/connector-secrets.json`, `{ [sourceId]: { [name]: "<sealed>" } }`, each
// value sealed with the wall's SecretStore (key file or OS keyring). Loaded whole at start and held in
// memory, so that a connector reads and writes synchronously; every change rewrites the file atomically
// (temp file, fsync, rename; mode 0600) — such changes are rare (a token renewal per hour at most). The
// entries of a source no longer in the configuration are dropped at the next write. A file that is not ours
// (not JSON, damaged, another key) is moved aside (never overwritten: IT may still recover it) and reported;
// one that cannot be read at all (EACCES, EISDIR, a Windows EBUSY/EPERM while an antivirus holds it) may be
// fine: it is left in place, reported, and the vault stays in memory only until the next start.
import { readFileSync } from 'node:fs';
import { writeFileAtomically } from '../files/atomic-file.ts';
import { join } from 'node:path';
import type { ConnectorVault } from '../../connectors/connector.ts';
import type { ConnectorSecretsProblem, WallNoticeDetail } from '../../shared/health.ts';
import { moveFileAside } from '../store/move-aside.ts';
import { SecretStoreError, type SecretStore } from './secret-store.ts';

export const CONNECTOR_SECRETS_FILE = 'connector-secrets.json';

interface Entry {
  plain: string;
  sealed: string;
}

/**
 * A problem of this file for IT: the English sentence (logs, command line) and, for the settings page, the
 * notice's code and values (worded there in the page's language).
 */
export type VaultFileReport = (
  message: string,
  detail: Extract<WallNoticeDetail, { code: `connector-secrets-${string}` }>,
) => void;

/** The file cannot be opened (why: `reason`; 'unreadable': an I/O error, not its content); the message names the file, never a secret. */
export class ConnectorVaultFileError extends SecretStoreError {
  constructor(
    message: string,
    readonly reason: ConnectorSecretsProblem | 'unreadable',
    /** The system's error code when the file could not be read (reason 'unreadable'). */
    readonly error?: string,
  ) {
    super(message);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export class ConnectorVaultFile {
  private readonly entries = new Map<string, Map<string, Entry>>();
  /** Never write: the file on disk could not be read at start and may be good (kept until the next start). */
  private memoryOnly = false;
  /** The sources of the configuration in force; undefined until the engine says (nothing is dropped). */
  private live: Set<string> | undefined;

  private constructor(
    readonly path: string,
    private readonly store: SecretStore,
    /** A failed write (disk full): the value stays in memory and the next write tries again. */
    private readonly onWriteError: VaultFileReport,
    /** A write that succeeded (a notice of an earlier failure can go). */
    private readonly onWritten: () => void = () => {},
  ) {}

  /**
   * Reads the file (none yet: empty). @throws SecretStoreError naming the file (never a secret) when it is
   * not ours: unreadable JSON, or values sealed by another key or keyring.
   */
  static open(
    dataDir: string,
    store: SecretStore,
    onWriteError: VaultFileReport = () => {},
    onWritten: () => void = () => {},
  ): ConnectorVaultFile {
    const vault = new ConnectorVaultFile(join(dataDir, CONNECTOR_SECRETS_FILE), store, onWriteError, onWritten);
    vault.load();
    return vault;
  }

  /** An empty vault over the same file, for a start whose file could not be opened (rewritten at the next change). */
  static empty(
    dataDir: string,
    store: SecretStore,
    onWriteError: VaultFileReport = () => {},
    onWritten: () => void = () => {},
  ): ConnectorVaultFile {
    return new ConnectorVaultFile(join(dataDir, CONNECTOR_SECRETS_FILE), store, onWriteError, onWritten);
  }

  /** An empty vault that never writes: the file could not be read and is left as it is until the next start. */
  static inMemoryOnly(dataDir: string, store: SecretStore): ConnectorVaultFile {
    const vault = new ConnectorVaultFile(join(dataDir, CONNECTOR_SECRETS_FILE), store, () => {});
    vault.memoryOnly = true;
    return vault;
  }

  private load(): void {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (err) {
      const error = errorCode(err);
      if (error === 'ENOENT') return; // none yet: empty
      throw new ConnectorVaultFileError(
        `The connectors' run-time secrets file ${this.path} cannot be read${error ? ` (${error})` : ''}.`,
        'unreadable',
        error,
      );
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new ConnectorVaultFileError(
        `The connectors' run-time secrets file ${this.path} is not readable JSON.`,
        'not-json',
      );
    }
    if (!isRecord(raw))
      throw new ConnectorVaultFileError(`The connectors' run-time secrets file ${this.path} is damaged.`, 'damaged');
    for (const [sourceId, names] of Object.entries(raw)) {
      if (!isRecord(names)) continue;
      const map = new Map<string, Entry>();
      for (const [name, sealed] of Object.entries(names)) {
        if (typeof sealed !== 'string') continue;
        try {
          map.set(name, { plain: this.store.open(sealed), sealed });
        } catch {
          // Never the underlying message or the sealed text.
          throw new ConnectorVaultFileError(
            `The connectors' run-time secrets file ${this.path} cannot be opened with this wall's key (sealed on another machine or account, or with another key file).`,
            'other-key',
          );
        }
      }
      if (map.size) this.entries.set(sourceId, map);
    }
  }

  /** The vault one source's driver gets. */
  forSource(sourceId: string): ConnectorVault {
    return {
      get: (name) => this.entries.get(sourceId)?.get(name)?.plain,
      set: (name, value) => this.set(sourceId, name, value),
    };
  }

  /** The sources of the configuration in force: the others lose their entries at the next write. */
  keepOnly(sourceIds: Iterable<string>): void {
    this.live = new Set(sourceIds);
  }

  private set(sourceId: string, name: string, value: string | undefined): void {
    const map = this.entries.get(sourceId) ?? new Map<string, Entry>();
    if (value === undefined) {
      if (!map.delete(name)) return;
    } else {
      if (map.get(name)?.plain === value) return;
      map.set(name, { plain: value, sealed: this.store.seal(value) });
    }
    if (map.size) this.entries.set(sourceId, map);
    else this.entries.delete(sourceId);
    this.write();
  }

  private write(): void {
    if (this.memoryOnly) return;
    const out: Record<string, Record<string, string>> = {};
    for (const [sourceId, map] of this.entries) {
      if (this.live && !this.live.has(sourceId)) {
        this.entries.delete(sourceId);
        continue;
      }
      out[sourceId] = Object.fromEntries([...map].map(([name, entry]) => [name, entry.sealed]));
    }
    try {
      writeFileAtomically(this.path, JSON.stringify(out, null, 2) + '\n', { mode: 0o600 });
    } catch (err) {
      const error = errorCode(err);
      this.onWriteError(
        `The connectors' run-time secrets could not be written to ${this.path}${error ? ` (${error})` : ''}: kept in memory, retried at the next change.`,
        {
          code: 'connector-secrets-not-written',
          params: { file: this.path, ...(error ? { error } : {}) },
        },
      );
      return;
    }
    this.onWritten();
  }
}

/**
 * The wall's start: the vault of the data folder. A file that cannot be read (an I/O error, not its content)
 * is left in place and reported with the system's code (`connector-secrets-unreadable`); the vault then keeps
 * what the connectors obtain in memory only, so a file that may well be good is never overwritten (it is read
 * again at the next start). A file that can be read but not opened is moved aside as
 * `connector-secrets.json.corrupt-<timestamp>` and reported (`connector-secrets-moved-aside`, in words naming
 * the file and the sources it held, never a secret); the wall starts with an empty vault and the next change
 * writes a fresh file. What the sources lose: Bluesky logs in again with its app password; Google falls back
 * to the token in the settings, and once that one has expired the source fails with "token expired — renew it
 * in Settings".
 */
export function openConnectorVaultFile(
  dataDir: string,
  store: SecretStore,
  report: VaultFileReport,
  nowMs: number = Date.now(),
  /** Each successful write (after a failed one, its notice can go). */
  onWritten: () => void = () => {},
): ConnectorVaultFile {
  try {
    return ConnectorVaultFile.open(dataDir, store, report, onWritten);
  } catch (err) {
    const path = join(dataDir, CONNECTOR_SECRETS_FILE);
    const problem =
      err instanceof SecretStoreError ? err.message : `The connectors' run-time secrets file ${path} cannot be read.`;
    const reason = err instanceof ConnectorVaultFileError ? err.reason : 'unreadable';
    if (reason === 'unreadable') {
      // Not its content: the file may be fine (locked, wrong rights). Never moved, never overwritten this run.
      const readError = err instanceof ConnectorVaultFileError ? err.error : errorCode(err);
      report(
        `${problem} It was kept in place, not moved; the wall keeps the connectors' run-time tokens in memory until the next start, when it reads the file again. Until then the sources sign in with the credentials in Settings; check the rights on the data folder and whether another program (an antivirus) holds the file.`,
        {
          code: 'connector-secrets-unreadable',
          params: { file: path, ...(readError ? { readError } : {}), sources: [] },
        },
      );
      return ConnectorVaultFile.inMemoryOnly(dataDir, store);
    }
    const sources = sourcesIn(path);
    const aside = setAside(path, nowMs);
    report(`${problem} ${aside.sentence} ${whatToDo(sources)}`, {
      code: 'connector-secrets-moved-aside',
      params: { file: path, reason, sources, ...aside.params },
    });
    return ConnectorVaultFile.empty(dataDir, store, report, onWritten);
  }
}

/** The system's error code (ENOSPC, EACCES…) of a failed file operation, if any. */
function errorCode(err: unknown): string | undefined {
  return isRecord(err) && typeof err['code'] === 'string' ? err['code'] : undefined;
}

/** Moves the unusable file aside; says where it went (or that it could not, and will be replaced). */
function setAside(
  path: string,
  nowMs: number,
): { sentence: string; params: { movedTo: string } | { moveError?: string } } {
  try {
    const movedTo = moveFileAside(path, 'corrupt', nowMs);
    return { sentence: `It was kept as ${movedTo}.`, params: { movedTo } };
  } catch (err) {
    const error = errorCode(err);
    return {
      sentence: `It could not be moved aside${error ? ` (${error})` : ''} and will be replaced at the next change.`,
      params: error ? { moveError: error } : {},
    };
  }
}

/** The source ids the file held, when it is JSON at all (ids are not secrets). */
function sourcesIn(path: string): string[] {
  try {
    const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return isRecord(raw) ? Object.keys(raw) : [];
  } catch {
    return [];
  }
}

function whatToDo(sources: readonly string[]): string {
  const who =
    sources.length > 0
      ? `The run-time tokens of ${sources.map((s) => `"${s}"`).join(', ')} are lost`
      : "The connectors' run-time tokens (Bluesky sessions, renewed Google tokens) are lost";
  return `${who}: those sources sign in again with the credentials in Settings; one that then shows "token expired" needs its token or app password entered again in Settings.`;
}
