// Seals a profile's secrets with a passphrase, so another PC can open them: AES-256-GCM under a key derived by
// scrypt (slow parameters) from the passphrase and a random salt per export. Each sealed value carries its salt:
// "p1:<salt>:<iv+tag+ciphertext>" (base64url). Opening derives each salt's key once.
import { randomBytes, scryptSync } from 'node:crypto';
import { openWithKey, sealWithKey } from './key-file-secret-store.ts';
import { SecretStoreError, type SecretStore } from './secret-store.ts';

const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

function deriveKey(passphrase: string, salt: Buffer): Buffer {
  return scryptSync(passphrase.normalize('NFKC'), salt, 32, SCRYPT);
}

export function passphraseSealer(passphrase: string): SecretStore {
  const salt = randomBytes(16);
  const prefix = `p1:${salt.toString('base64url')}:`;
  let sealKey: Buffer | undefined;
  const openKeys = new Map<string, Buffer>();
  return {
    kind: 'key-file',
    note: 'sealed with the profile passphrase',
    seal(plain) {
      sealKey ??= deriveKey(passphrase, salt);
      return sealWithKey(sealKey, plain, prefix);
    },
    open(sealed) {
      const match = /^p1:([\w-]+):/.exec(sealed);
      if (!match?.[1]) throw new SecretStoreError('this secret was not sealed with a profile passphrase');
      let key = openKeys.get(match[1]);
      if (!key) {
        key = deriveKey(passphrase, Buffer.from(match[1], 'base64url'));
        openKeys.set(match[1], key);
      }
      return openWithKey(key, sealed, match[0]);
    },
  };
}
