// The kiosk's secret store: the sources' secrets sealed under a key that the OS keyring protects
// (Windows: DPAPI under the account that runs the wall; macOS: the Keychain; Linux: libsecret or KWallet).
// safeStorage's asynchronous API (Electron 45; the synchronous calls are deprecated) opens that key once,
// at start (wrapped-key-file.ts); seal and open then run in memory, as the wall's SecretStore requires.
// Where the OS has no keyring to offer (Linux's 'basic_text' backend: a fixed, public key; no encryption at
// all; or a Linux keyring locked at start, which would prompt on a screen nobody answers), the headless
// key-file store is kept instead, and its `note` says why (GET /api/settings → secretStorage, on the page).
// Secrets sealed earlier by the key file ("v1:", e.g. by `npm run serve` on the same data folder) still
// open; the next save seals them again under the keyring ("os1:"). The headless server cannot open "os1:".
import type { SafeStorage } from 'electron';
import { openWithKey, sealWithKey, SecretStoreError, type SecretStore } from '../../wall.ts';
import { newSecretsKey, secretsKeyFrom, type WrappedKeyFile } from './wrapped-key-file.ts';

export const OS_KEYRING_PREFIX = 'os1:';
const KEY_FILE_PREFIX = 'v1:';

/** The part of Electron's safeStorage the store uses: the asynchronous API, and the Linux backend's name. */
export type SafeStorageLike = Pick<
  SafeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'
>;

/** `id`: the keyring as a value, for the settings page to name it in its language (SecretStore.detail). */
export type KeyringVerdict =
  | { kind: 'keyring'; name: string; id: 'windows' | 'macos' | 'gnome' | 'kwallet' | 'system' }
  | { kind: 'none'; why: string };

/**
 * Whether safeStorage is backed by a real keyring here (after app 'ready': before it, Linux says 'unknown').
 * `avoided`: why the shell kept the keyring out at start (linux-keyring.ts), if it did.
 */
export async function keyringVerdict(
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform,
  avoided?: string,
): Promise<KeyringVerdict> {
  if (avoided !== undefined) return { kind: 'none', why: avoided };
  // The backend's name first: it asks nothing of the keyring, where encryption's first use may.
  const backend = platform === 'linux' ? safeStorage.getSelectedStorageBackend() : undefined;
  if (backend === 'basic_text' || backend === 'unknown') {
    return {
      kind: 'none',
      why: 'this Linux session has no keyring Electron can use (no GNOME Keyring/libsecret or KWallet running; safeStorage would use a fixed, public key)',
    };
  }
  if (!(await safeStorage.isAsyncEncryptionAvailable()))
    return { kind: 'none', why: 'the operating system offers no keyring to this account' };
  if (platform === 'win32')
    return { kind: 'keyring', id: 'windows', name: 'Windows (DPAPI, tied to the account that runs the wall)' };
  if (platform === 'darwin') return { kind: 'keyring', id: 'macos', name: 'the macOS Keychain' };
  if (backend === undefined) return { kind: 'keyring', id: 'system', name: 'the system keyring' };
  return {
    kind: 'keyring',
    id: backend === 'gnome_libsecret' ? 'gnome' : 'kwallet',
    name: backend === 'gnome_libsecret' ? 'the GNOME keyring (libsecret)' : `KWallet (${backend})`,
  };
}

export interface SafeStorageSecretStoreOptions {
  safeStorage: SafeStorageLike;
  platform: NodeJS.Platform;
  /** Where the keyring-encrypted key of this data folder lives. */
  keyFile: WrappedKeyFile;
  /** The headless key-file store of the data folder; opened only when needed (no keyring, or an old "v1:" secret). */
  keyFileStore: () => SecretStore;
  /** Why the keyring was kept out at start (Linux, locked keyring), if it was. */
  avoided?: string;
  now: () => number;
}

/** Picks the store: the OS keyring when there is one, else the key file with a note that says why. */
export async function openSafeStorageSecretStore(options: SafeStorageSecretStoreOptions): Promise<SecretStore> {
  const verdict = await keyringVerdict(options.safeStorage, options.platform, options.avoided);
  if (verdict.kind === 'none') return keyFileInstead(options, verdict.why);
  const opened = await openWrappedKey(options);
  if (!opened.key) return keyFileInstead(options, opened.problem ?? 'the OS keyring refused to encrypt the key');
  const key = opened.key;
  let legacy: SecretStore | undefined;
  return {
    kind: 'os-keyring',
    note:
      `Secrets are encrypted by ${verdict.name}; they open only for this account on this PC.` +
      (opened.problem ? ` ${opened.problem}` : ''),
    detail: { keyring: verdict.id },
    seal: (plain) => sealWithKey(key, plain, OS_KEYRING_PREFIX),
    open(sealed) {
      if (sealed.startsWith(KEY_FILE_PREFIX)) return (legacy ??= options.keyFileStore()).open(sealed);
      return openWithKey(key, sealed, OS_KEYRING_PREFIX);
    },
  };
}

/** The key of the data folder, opened by the keyring (or made, the first time). */
async function openWrappedKey({
  safeStorage,
  keyFile,
  now,
}: SafeStorageSecretStoreOptions): Promise<{ key?: Buffer; problem?: string }> {
  let problem: string | undefined;
  const wrapped = keyFile.read();
  if (wrapped) {
    try {
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(wrapped);
      const key = secretsKeyFrom(result);
      if (!key) throw new Error('not a key');
      if (shouldReEncrypt) keyFile.write(await safeStorage.encryptStringAsync(result)); // the keyring rotated its own key
      return { key };
    } catch {
      // Never the underlying message: it could quote the bytes.
      const aside = keyFile.moveAside(now());
      problem = `The keyring could not open the wall's key (another account or PC, or a reset keyring): it is kept as ${aside}, and the secrets saved before it must be entered again.`;
    }
  }
  try {
    const text = newSecretsKey();
    keyFile.write(await safeStorage.encryptStringAsync(text));
    return { key: secretsKeyFrom(text) as Buffer, ...(problem ? { problem } : {}) };
  } catch {
    return { problem: `${problem ?? ''} The OS keyring refused to encrypt the wall's key.`.trim() };
  }
}

function keyFileInstead(options: SafeStorageSecretStoreOptions, why: string): SecretStore {
  const fallback = options.keyFileStore();
  const keyringKeyKept = options.keyFile.read() !== undefined;
  return {
    kind: fallback.kind,
    note: `No OS keyring here (${why}). ${fallback.note}`,
    detail: { ...fallback.detail, noKeyring: true },
    seal: (plain) => fallback.seal(plain),
    open(sealed) {
      if (sealed.startsWith(OS_KEYRING_PREFIX) && keyringKeyKept)
        throw new SecretStoreError(
          `a secret sealed by the OS keyring cannot be opened without it (${why}): start the wall with the keyring available, or enter it again`,
        );
      return fallback.open(sealed);
    },
  };
}
