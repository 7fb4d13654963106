import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  keyringVerdict,
  openSafeStorageSecretStore,
  type SafeStorageLike,
} from '../../../src/main/electron/secrets/safe-storage-secret-store.ts';
import { openKeyFileSecretStore } from '../../../src/main/secrets/key-file-secret-store.ts';
import { SecretStoreError } from '../../../src/main/secrets/secret-store.ts';

type Backend = ReturnType<SafeStorageLike['getSelectedStorageBackend']>;

/** A stand-in for safeStorage: reversible, keyed, and visibly not the clear text. */
function fakeSafeStorage(options: { available?: boolean; backend?: Backend; key?: number } = {}): SafeStorageLike {
  const key = options.key ?? 0x5a;
  return {
    isEncryptionAvailable: () => options.available ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString: (plain) =>
      Buffer.concat([Buffer.from([key]), Buffer.from(Buffer.from(plain, 'utf8').map((b) => b ^ key))]),
    decryptString: (sealed) => {
      if (sealed[0] !== key)
        throw new Error(
          `Error while decrypting the ciphertext provided to safeStorage.decryptString: ${sealed.toString('hex')}`,
        );
      return Buffer.from(sealed.subarray(1).map((b) => b ^ key)).toString('utf8');
    },
  };
}

const keyFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'safe-storage-'));
  return { dir, open: vi.fn(() => openKeyFileSecretStore(dir)) };
};

describe('the safeStorage secret store', () => {
  it('seals with the OS keyring ("os1:", base64), opens its own seals, and never writes the clear text', () => {
    const file = keyFile();
    const store = openSafeStorageSecretStore({
      safeStorage: fakeSafeStorage(),
      platform: 'linux',
      keyFileStore: file.open,
    });
    const sealed = store.seal('token-SECRET-42');
    expect(store.kind).toBe('os-keyring');
    expect(sealed).toMatch(/^os1:[A-Za-z0-9+/]+=*$/);
    expect(sealed).not.toContain('SECRET');
    expect(store.open(sealed)).toBe('token-SECRET-42');
    expect(store.note).toContain('GNOME keyring');
    expect(file.open).not.toHaveBeenCalled(); // no key file created where the keyring serves
  });

  it.each([
    ['win32', 'Windows'],
    ['darwin', 'Keychain'],
  ] as const)('on %s names the keyring in its note', (platform, name) => {
    const store = openSafeStorageSecretStore({
      safeStorage: fakeSafeStorage({ backend: 'basic_text' }),
      platform,
      keyFileStore: keyFile().open,
    });
    expect(store.kind).toBe('os-keyring'); // the Linux backend is not asked elsewhere
    expect(store.note).toContain(name);
  });

  it.each(['basic_text', 'unknown'] as const)(
    'Linux backend %s: no real keyring, so the key file is kept and the note says so',
    (backend) => {
      const file = keyFile();
      const store = openSafeStorageSecretStore({
        safeStorage: fakeSafeStorage({ backend }),
        platform: 'linux',
        keyFileStore: file.open,
      });
      expect(store.kind).toBe('key-file');
      expect(store.note).toMatch(/^No OS keyring here/);
      expect(store.note).toContain(join(file.dir, 'secret.key'));
      const sealed = store.seal('abc');
      expect(sealed.startsWith('v1:')).toBe(true);
      expect(store.open(sealed)).toBe('abc');
    },
  );

  it('encryption unavailable: the key file too, said plainly', () => {
    expect(keyringVerdict(fakeSafeStorage({ available: false }), 'win32')).toEqual({
      kind: 'none',
      why: expect.stringContaining('no keyring'),
    });
    const store = openSafeStorageSecretStore({
      safeStorage: fakeSafeStorage({ available: false }),
      platform: 'win32',
      keyFileStore: keyFile().open,
    });
    expect(store.kind).toBe('key-file');
    expect(store.note).toMatch(/^No OS keyring here/);
  });

  it('still opens secrets sealed earlier by the key file of the same data folder ("v1:")', () => {
    const file = keyFile();
    const old = openKeyFileSecretStore(file.dir).seal('from-headless');
    const store = openSafeStorageSecretStore({
      safeStorage: fakeSafeStorage(),
      platform: 'linux',
      keyFileStore: file.open,
    });
    expect(store.open(old)).toBe('from-headless');
  });

  it('refuses a foreign or altered seal with a SecretStoreError that quotes nothing', () => {
    const store = openSafeStorageSecretStore({
      safeStorage: fakeSafeStorage({ key: 1 }),
      platform: 'linux',
      keyFileStore: keyFile().open,
    });
    const other = openSafeStorageSecretStore({
      safeStorage: fakeSafeStorage({ key: 2 }),
      platform: 'linux',
      keyFileStore: keyFile().open,
    });
    const sealed = other.seal('hunter2');
    expect(() => store.open(sealed)).toThrow(SecretStoreError);
    try {
      store.open(sealed);
    } catch (err) {
      expect((err as Error).message).not.toMatch(/hunter2|[0-9a-f]{8}/);
    }
    expect(() => store.open('p1:xyz')).toThrow(/must start with "os1:"/);
  });

  it('a keyring that fails to encrypt gives a SecretStoreError', () => {
    const broken = {
      ...fakeSafeStorage(),
      encryptString: () => {
        throw new Error('boom: secret');
      },
    };
    const store = openSafeStorageSecretStore({ safeStorage: broken, platform: 'linux', keyFileStore: keyFile().open });
    expect(() => store.seal('secret')).toThrow(new SecretStoreError('the OS keyring refused to encrypt a secret'));
  });
});
