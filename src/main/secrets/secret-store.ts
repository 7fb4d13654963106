// Seals and opens the secrets kept at rest (source tokens in the config file; the connectors' run-time
// tokens in connector-secrets.json, connector-vault-file.ts). Two implementations:
//  - headless (key-file-secret-store.ts): AES-256-GCM with a key file readable by its owner only;
//  - Electron: safeStorage (the OS keyring: DPAPI, Keychain, libsecret/kwallet). The Electron shell wires it
//    in src/main/electron/ by implementing this interface over safeStorage.encryptString / decryptString
//    (prefix "os1:", base64), reporting kind 'os-keyring', and passing it to startWall({ secretStore }).
//    Where safeStorage.getSelectedStorageBackend() is 'basic_text' (no keyring), keep the key file and say so
//    in `note` and `detail`: the settings page shows it.
import type { SecretStorageDetail } from '../../shared/settings-contract.ts';

export interface SecretStore {
  readonly kind: 'key-file' | 'os-keyring';
  /** One sentence, in English, about where the key lives (logs). */
  readonly note: string;
  /** The same as values, for the settings page to say in its language. */
  readonly detail?: SecretStorageDetail;
  /** A printable sealed form, with a version prefix ("v1:…"). */
  seal(plain: string): string;
  /** @throws SecretStoreError when the sealed text is not ours (another machine's key, tampered). */
  open(sealed: string): string;
}

/** A failure to seal or open; its message names no secret. */
export class SecretStoreError extends Error {
  override readonly name = 'SecretStoreError';
}
