// The kiosk's secret store: the sources' secrets sealed by Electron's safeStorage, i.e. by the OS keyring
// (Windows: DPAPI under the account that runs the wall; macOS: the Keychain; Linux: libsecret or KWallet).
// Where the OS has no keyring (Linux with safeStorage's 'basic_text' backend: a fixed, public key; or no
// encryption at all), sealing with safeStorage would only pretend: the headless key-file store is kept
// instead, and its `note` says so plainly (GET /api/settings → secretStorage, shown on the settings page).
// Secrets sealed earlier by the key file ("v1:", e.g. by `npm run serve` on the same data folder) still
// open; the next save seals them again with the keyring ("os1:"). The reverse does not hold: the headless
// server cannot open "os1:" secrets (it has no safeStorage) — documented in docs/architecture.md.
import type { SafeStorage } from 'electron';
import { SecretStoreError, type SecretStore } from '../../secrets/secret-store.ts';

export const OS_KEYRING_PREFIX = 'os1:';
const KEY_FILE_PREFIX = 'v1:';

/** The part of Electron's safeStorage the store uses (the sync API: SecretStore is synchronous). */
export type SafeStorageLike = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'
>;

export type KeyringVerdict = { kind: 'keyring'; name: string } | { kind: 'none'; why: string };

/** Whether safeStorage is backed by a real keyring here (call after app 'ready': before it, Linux says 'unknown'). */
export function keyringVerdict(safeStorage: SafeStorageLike, platform: NodeJS.Platform): KeyringVerdict {
  if (!safeStorage.isEncryptionAvailable())
    return { kind: 'none', why: 'the operating system offers no keyring to this account' };
  if (platform === 'win32') return { kind: 'keyring', name: 'Windows (DPAPI, tied to the account that runs the wall)' };
  if (platform === 'darwin') return { kind: 'keyring', name: 'the macOS Keychain' };
  if (platform !== 'linux') return { kind: 'keyring', name: 'the system keyring' };
  const backend = safeStorage.getSelectedStorageBackend();
  if (backend === 'basic_text' || backend === 'unknown') {
    return {
      kind: 'none',
      why: 'this Linux session has no keyring Electron can use (no GNOME Keyring/libsecret or KWallet running; safeStorage would use a fixed, public key)',
    };
  }
  return {
    kind: 'keyring',
    name: backend === 'gnome_libsecret' ? 'the GNOME keyring (libsecret)' : `KWallet (${backend})`,
  };
}

export interface SafeStorageSecretStoreOptions {
  safeStorage: SafeStorageLike;
  platform: NodeJS.Platform;
  /** The headless key-file store of the data folder; opened only when needed (no keyring, or an old "v1:" secret). */
  keyFileStore: () => SecretStore;
}

/** Picks the store: the OS keyring when there is one, else the key file with a note that says why. */
export function openSafeStorageSecretStore({
  safeStorage,
  platform,
  keyFileStore,
}: SafeStorageSecretStoreOptions): SecretStore {
  const verdict = keyringVerdict(safeStorage, platform);
  if (verdict.kind === 'none') {
    const fallback = keyFileStore();
    return {
      kind: fallback.kind,
      note: `No OS keyring here (${verdict.why}). ${fallback.note}`,
      seal: (plain) => fallback.seal(plain),
      open: (sealed) => fallback.open(sealed),
    };
  }
  let legacy: SecretStore | undefined;
  return {
    kind: 'os-keyring',
    note: `Secrets are encrypted by ${verdict.name}; they open only for this account on this PC.`,
    seal(plain) {
      try {
        return OS_KEYRING_PREFIX + safeStorage.encryptString(plain).toString('base64');
      } catch {
        throw new SecretStoreError('the OS keyring refused to encrypt a secret');
      }
    },
    open(sealed) {
      if (sealed.startsWith(KEY_FILE_PREFIX)) return (legacy ??= keyFileStore()).open(sealed);
      if (!sealed.startsWith(OS_KEYRING_PREFIX))
        throw new SecretStoreError(`a sealed secret must start with "${OS_KEYRING_PREFIX}"`);
      try {
        return safeStorage.decryptString(Buffer.from(sealed.slice(OS_KEYRING_PREFIX.length), 'base64'));
      } catch {
        // Never the underlying message: it could quote the bytes.
        throw new SecretStoreError(
          'a sealed secret cannot be opened by this account’s keyring (sealed on another PC or account, or altered): enter it again',
        );
      }
    },
  };
}
