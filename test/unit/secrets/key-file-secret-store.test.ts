import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { connectorRegistry } from '../../../src/connectors/registry.ts';
import { openKeyFileSecretStore } from '../../../src/main/secrets/key-file-secret-store.ts';
import { maskSecrets, openSealedSecrets, sealSecrets, stripSecrets } from '../../../src/main/secrets/sealed-config.ts';
import { SecretStoreError } from '../../../src/main/secrets/secret-store.ts';
import { validateConfig } from '../../../src/main/config/validate-config.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'secrets-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const SECRET = 'page-token-0123456789-very-secret';

describe('key-file secret store', () => {
  it('creates a 32-byte key readable by its owner only, and round-trips a secret', () => {
    const dir = tempDir();
    const store = openKeyFileSecretStore(dir, 'linux');
    expect(statSync(join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'secret.key')).length).toBe(32);
    const sealed = store.seal(SECRET);
    expect(sealed).toMatch(/^v1:/);
    expect(sealed).not.toContain(SECRET);
    expect(openKeyFileSecretStore(dir, 'linux').open(sealed)).toBe(SECRET);
  });

  it('refuses a key file that group or others can read, saying how to fix it', () => {
    const dir = tempDir();
    openKeyFileSecretStore(dir, 'linux');
    chmodSync(join(dir, 'secret.key'), 0o644);
    expect(() => openKeyFileSecretStore(dir, 'linux')).toThrow(/chmod 600/);
  });

  it('refuses to open a secret sealed with another key, without quoting it', () => {
    const sealed = openKeyFileSecretStore(tempDir(), 'linux').seal(SECRET);
    const other = openKeyFileSecretStore(tempDir(), 'linux');
    expect(() => other.open(sealed)).toThrow(SecretStoreError);
    try {
      other.open(sealed);
    } catch (err) {
      expect((err as Error).message).not.toContain(SECRET);
    }
  });
});

describe('secrets in the configuration', () => {
  const input = {
    sources: [
      { id: 'fb', type: 'facebook', options: { pageId: '123', token: SECRET } },
      {
        id: 'masto',
        type: 'mastodon',
        options: { instances: [{ url: 'https://mastodon.social', token: SECRET }], hashtags: ['AtelierNova'] },
      },
    ],
  };

  it('seals every secret field (nested in arrays too), opens them back, masks and strips them', () => {
    const store = openKeyFileSecretStore(tempDir(), 'linux');
    const result = validateConfig(input, connectorRegistry);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const sealed = sealSecrets(result.value.config, connectorRegistry, store);
    expect(JSON.stringify(sealed)).not.toContain(SECRET);
    expect(JSON.stringify(sealed).match(/\$sealed/g)?.length).toBe(2);
    const opened = openSealedSecrets(sealed, connectorRegistry, store);
    expect(opened.errors).toEqual([]);
    expect(JSON.stringify(opened.value)).toContain(SECRET);
    const masked = JSON.stringify(maskSecrets(result.value.config, connectorRegistry));
    expect(masked).not.toContain(SECRET);
    expect(masked.match(/"\$secret":"set"/g)?.length).toBe(2);
    expect(JSON.stringify(stripSecrets(result.value.config, connectorRegistry))).not.toContain(SECRET);
  });

  it('names the field of a sealed secret that cannot be opened', () => {
    const sealedElsewhere = sealSecrets(
      validateConfigOrThrow(input),
      connectorRegistry,
      openKeyFileSecretStore(tempDir(), 'linux'),
    );
    const opened = openSealedSecrets(sealedElsewhere, connectorRegistry, openKeyFileSecretStore(tempDir(), 'linux'));
    expect(opened.errors.map((e) => e.field)).toEqual([
      'sources[0].options.token',
      'sources[1].options.instances[0].token',
    ]);
  });
});

function validateConfigOrThrow(input: unknown) {
  const result = validateConfig(input, connectorRegistry);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value.config;
}

describe('loadConfig (the kiosk reads the same file)', () => {
  it('reads a file whose secrets the settings sealed', async () => {
    const { writeFileSync } = await import('node:fs');
    const { loadConfig } = await import('../../../src/main/config/load-config.ts');
    const dir = tempDir();
    const config = validateConfigOrThrow({
      sources: [{ id: 'fb', type: 'facebook', options: { pageId: '123', token: SECRET } }],
    });
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify(sealSecrets(config, connectorRegistry, openKeyFileSecretStore(dir, 'linux'))),
    );
    const loaded = loadConfig(join(dir, 'config.json'), connectorRegistry);
    expect((loaded.sources[0]?.options as { token: string }).token).toBe(SECRET);
  });
});
