import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  keyringVerdict,
  openSafeStorageSecretStore,
  type SafeStorageLike,
} from '../../../src/main/electron/secrets/safe-storage-secret-store.ts';
import { wrappedKeyFile } from '../../../src/main/electron/secrets/wrapped-key-file.ts';
import { openKeyFileSecretStore } from '../../../src/main/secrets/key-file-secret-store.ts';
import { SecretStoreError } from '../../../src/main/secrets/secret-store.ts';

type Backend = ReturnType<SafeStorageLike['getSelectedStorageBackend']>;

/**
 * A stand-in for safeStorage's asynchronous API: reversible, keyed, visibly not the clear text, and
 * counting how often the keyring is asked (a real one may prompt).
 */
function fakeSafeStorage(options: { available?: boolean; backend?: Backend; key?: number; reEncrypt?: boolean } = {}) {
  const key = options.key ?? 0x5a;
  const calls = { encrypt: 0, decrypt: 0 };
  const storage: SafeStorageLike = {
    isAsyncEncryptionAvailable: () => Promise.resolve(options.available ?? true),
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptStringAsync: (plain) => {
      calls.encrypt += 1;
      return Promise.resolve(Buffer.concat([Buffer.from([key]), Buffer.from(plain, 'utf8').map((b) => b ^ key)]));
    },
    decryptStringAsync: (sealed) => {
      calls.decrypt += 1;
      if (sealed[0] !== key) return Promise.reject(new Error(`Error while decrypting ${sealed.toString('hex')}`));
      const result = Buffer.from(sealed.subarray(1).map((b) => b ^ key)).toString('utf8');
      return Promise.resolve({ result, shouldReEncrypt: options.reEncrypt ?? false });
    },
  };
  return Object.assign(storage, { calls });
}

const dataDir = () => mkdtempSync(join(tmpdir(), 'safe-storage-'));

function open(dir: string, safeStorage: SafeStorageLike, extra: { platform?: NodeJS.Platform; avoided?: string } = {}) {
  const keyFileStore = vi.fn(() => openKeyFileSecretStore(dir));
  const store = openSafeStorageSecretStore({
    safeStorage,
    platform: extra.platform ?? 'linux',
    keyFile: wrappedKeyFile(dir),
    keyFileStore,
    ...(extra.avoided !== undefined ? { avoided: extra.avoided } : {}),
    now: () => Date.parse('2025-03-01T10:00:00Z'),
  });
  return { store, keyFileStore };
}

describe('the safeStorage secret store (asynchronous API, one keyring question per start)', () => {
  it('seals under a key the keyring protects ("os1:"), opens its own seals, and never writes the clear text', async () => {
    const dir = dataDir();
    const safeStorage = fakeSafeStorage();
    const { store: pending, keyFileStore } = open(dir, safeStorage);
    const store = await pending;
    const sealed = store.seal('token-SECRET-42');
    expect(store.kind).toBe('os-keyring');
    expect(sealed).toMatch(/^os1:[\w-]+$/);
    expect(sealed).not.toContain('SECRET');
    expect(store.open(sealed)).toBe('token-SECRET-42');
    expect(store.note).toContain('GNOME keyring');
    expect(keyFileStore).not.toHaveBeenCalled(); // no key file where the keyring serves
    // The key itself is on disk only as the keyring encrypted it, owner-only.
    const wrapped = join(dir, 'keyring.key');
    expect(statSync(wrapped).mode & 0o077).toBe(0);
    expect(safeStorage.calls).toEqual({ encrypt: 1, decrypt: 0 });
    store.seal('another');
    store.open(sealed);
    expect(safeStorage.calls).toEqual({ encrypt: 1, decrypt: 0 }); // seal and open ask the keyring nothing
  });

  it('the next start opens the same key with one keyring question, so secrets saved before still open', async () => {
    const dir = dataDir();
    const first = await open(dir, fakeSafeStorage()).store;
    const sealed = first.seal('kept across restarts');
    const safeStorage = fakeSafeStorage();
    const second = await open(dir, safeStorage).store;
    expect(second.open(sealed)).toBe('kept across restarts');
    expect(safeStorage.calls).toEqual({ encrypt: 0, decrypt: 1 });
  });

  it('re-encrypts the key when the keyring asks for it (its own key rotated)', async () => {
    const dir = dataDir();
    const sealed = (await open(dir, fakeSafeStorage()).store).seal('x');
    const safeStorage = fakeSafeStorage({ reEncrypt: true });
    expect((await open(dir, safeStorage).store).open(sealed)).toBe('x');
    expect(safeStorage.calls).toEqual({ encrypt: 1, decrypt: 1 });
  });

  it('a key the keyring cannot open (another account, a reset keyring) is kept aside, a new one made, and the note says so', async () => {
    const dir = dataDir();
    const old = (await open(dir, fakeSafeStorage({ key: 1 })).store).seal('lost');
    const store = await open(dir, fakeSafeStorage({ key: 2 })).store;
    expect(store.kind).toBe('os-keyring');
    expect(store.note).toMatch(
      /could not open the wall's key .* kept as .*keyring\.key\.unreadable-2025-03-01T10-00-00-000Z/,
    );
    expect(readdirSync(dir).filter((f) => f.startsWith('keyring.key'))).toHaveLength(2);
    expect(() => store.open(old)).toThrow(SecretStoreError);
    expect(store.open(store.seal('new'))).toBe('new');
  });

  it.each([
    ['win32', 'Windows'],
    ['darwin', 'Keychain'],
  ] as const)('on %s names the keyring in its note (the Linux backend is not asked)', async (platform, name) => {
    const { store } = open(dataDir(), fakeSafeStorage({ backend: 'basic_text' }), { platform });
    expect((await store).kind).toBe('os-keyring');
    expect((await store).note).toContain(name);
  });

  it.each(['basic_text', 'unknown'] as const)(
    'Linux backend %s: no real keyring, so the key file is kept, the note says so, and the keyring is never asked',
    async (backend) => {
      const dir = dataDir();
      const safeStorage = fakeSafeStorage({ backend });
      const store = await open(dir, safeStorage).store;
      expect(store.kind).toBe('key-file');
      expect(store.note).toMatch(/^No OS keyring here/);
      expect(store.note).toContain(join(dir, 'secret.key'));
      const sealed = store.seal('abc');
      expect(sealed.startsWith('v1:')).toBe(true);
      expect(store.open(sealed)).toBe('abc');
      expect(safeStorage.calls).toEqual({ encrypt: 0, decrypt: 0 });
      expect(existsSync(join(dir, 'keyring.key'))).toBe(false);
    },
  );

  it('encryption unavailable: the key file too, said plainly', async () => {
    expect(await keyringVerdict(fakeSafeStorage({ available: false }), 'win32')).toEqual({
      kind: 'none',
      why: expect.stringContaining('no keyring'),
    });
    const store = await open(dataDir(), fakeSafeStorage({ available: false }), { platform: 'win32' }).store;
    expect(store.kind).toBe('key-file');
    expect(store.note).toMatch(/^No OS keyring here/);
    // The same as values, for the settings page to say in its language.
    expect(store.detail).toEqual({ keyFile: expect.stringContaining('secret.key'), noKeyring: true });
  });

  it('a keyring kept out at start (locked at boot): the key file, the reason on the page, and a clear refusal of keyring seals', async () => {
    const dir = dataDir();
    const sealedEarlier = (await open(dir, fakeSafeStorage()).store).seal('from an unlocked session');
    const safeStorage = fakeSafeStorage();
    const store = await open(dir, safeStorage, { avoided: 'the login keyring was locked when the wall started' }).store;
    expect(store.kind).toBe('key-file');
    expect(store.note).toMatch(/^No OS keyring here \(the login keyring was locked when the wall started\)/);
    expect(safeStorage.calls).toEqual({ encrypt: 0, decrypt: 0 });
    expect(() => store.open(sealedEarlier)).toThrow(/cannot be opened without it .* or enter it again/);
    expect(store.open(store.seal('now'))).toBe('now');
  });

  it('still opens secrets sealed earlier by the key file of the same data folder ("v1:")', async () => {
    const dir = dataDir();
    const old = openKeyFileSecretStore(dir).seal('from-headless');
    expect((await open(dir, fakeSafeStorage()).store).open(old)).toBe('from-headless');
  });

  it('refuses a foreign or altered seal with a SecretStoreError that quotes nothing', async () => {
    const store = await open(dataDir(), fakeSafeStorage({ key: 1 })).store;
    const other = await open(dataDir(), fakeSafeStorage({ key: 2 })).store;
    const sealed = other.seal('hunter2');
    expect(() => store.open(sealed)).toThrow(SecretStoreError);
    try {
      store.open(sealed);
    } catch (err) {
      expect((err as Error).message).not.toMatch(/hunter2|[0-9a-f]{8}/);
    }
    expect(() => store.open('p1:xyz')).toThrow(/must start with "os1:"/);
  });

  it('a keyring that refuses to encrypt the key: the key file, and the note says why', async () => {
    const broken = { ...fakeSafeStorage(), encryptStringAsync: () => Promise.reject(new Error('boom: secret')) };
    const dir = dataDir();
    const store = await open(dir, broken).store;
    expect(store.kind).toBe('key-file');
    expect(store.note).toContain('refused to encrypt');
    expect(store.note).not.toContain('boom');
    expect(readFileSync(join(dir, 'secret.key')).length).toBe(32);
  });
});
