// The wall's secrets key, encrypted by the OS keyring: <dataDir>/keyring.key. The keyring is asked once
// per start (safeStorage's asynchronous API, Electron 45), to open this small file; the sources' secrets
// are then sealed and opened in memory with AES-256-GCM, as the key-file store does (the wall's
// SecretStore is synchronous). Chromium keeps its own cookie key the same way. Written owner-only,
// through a temporary file and a rename, so a power cut leaves the old key or the new one.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { writeFileAtomically } from '../../files/atomic-file.ts';
import { join } from 'node:path';

export const WRAPPED_KEY_FILE = 'keyring.key';

export interface WrappedKeyFile {
  readonly path: string;
  /** The encrypted key, or undefined when there is none yet. */
  read(): Buffer | undefined;
  write(wrapped: Buffer): void;
  /** Keeps an unusable file beside (never deleted: restoring the keyring may make it readable again). */
  moveAside(nowMs: number): string;
}

export function wrappedKeyFile(dataDir: string): WrappedKeyFile {
  const path = join(dataDir, WRAPPED_KEY_FILE);
  return {
    path,
    read: () => (existsSync(path) ? readFileSync(path) : undefined),
    write(wrapped) {
      writeFileAtomically(path, wrapped, { mode: 0o600 });
    },
    moveAside(nowMs) {
      const aside = `${path}.unreadable-${new Date(nowMs).toISOString().replace(/[:.]/g, '-')}`;
      renameSync(path, aside);
      return aside;
    },
  };
}

/** A new secrets key, as the text the keyring encrypts (safeStorage encrypts strings). */
export function newSecretsKey(): string {
  return randomBytes(32).toString('base64');
}

/** The 32-byte key from its text, or undefined when the text is not one. */
export function secretsKeyFrom(text: string): Buffer | undefined {
  const key = Buffer.from(text, 'base64');
  return key.length === 32 && key.toString('base64') === text ? key : undefined;
}
