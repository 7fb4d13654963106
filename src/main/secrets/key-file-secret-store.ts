// The headless secret store: AES-256-GCM under a random 32-byte key in <dataDir>/secret.key, created with
// mode 0600. A key file that group or others can read is refused (on POSIX): a key anyone can read
// protects nothing, and saying so beats pretending.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { SecretStoreError, type SecretStore } from './secret-store.ts';

export const SECRET_KEY_FILE = 'secret.key';
const PREFIX = 'v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function sealWithKey(key: Buffer, plain: string, prefix: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return prefix + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

export function openWithKey(key: Buffer, sealed: string, prefix: string): string {
  if (!sealed.startsWith(prefix)) throw new SecretStoreError(`a sealed secret must start with "${prefix}"`);
  const raw = Buffer.from(sealed.slice(prefix.length), 'base64url');
  if (raw.length < IV_BYTES + TAG_BYTES) throw new SecretStoreError('a sealed secret is truncated');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretStoreError(
      'a sealed secret cannot be opened with this key (sealed on another machine, or altered): enter it again',
    );
  }
}

function createKeyFile(path: string): void {
  // 'wx': never overwrite a key another process just created (the secrets sealed with it would be lost).
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, randomBytes(32));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function openKeyFileSecretStore(dataDir: string, platform: NodeJS.Platform = process.platform): SecretStore {
  const path = join(dataDir, SECRET_KEY_FILE);
  if (!existsSync(path)) createKeyFile(path);
  if (platform !== 'win32' && (statSync(path).mode & 0o077) !== 0) {
    throw new SecretStoreError(
      `The secrets key ${path} can be read by other users of this machine: run "chmod 600 ${path}" and start again.`,
    );
  }
  const key = readFileSync(path);
  if (key.length !== 32)
    throw new SecretStoreError(
      `The secrets key ${path} is damaged (${key.length} bytes, 32 expected): restore it from a backup, or delete it and enter the sources' secrets again.`,
    );
  return {
    kind: 'key-file',
    note: `Secrets are encrypted with a key kept in ${path}, readable only by the account that runs the wall.`,
    detail: { keyFile: path },
    seal: (plain) => sealWithKey(key, plain, PREFIX),
    open: (sealed) => openWithKey(key, sealed, PREFIX),
  };
}
