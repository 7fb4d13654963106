// The connectors' run-time secrets file, on real files: sealed, atomic, 0600, reopened after a restart,
// pruned of removed sources, and a wrong key or a damaged file named plainly without quoting any secret,
// the file moved aside (never overwritten) and a fresh one written at the next change.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CONNECTOR_SECRETS_FILE,
  ConnectorVaultFile,
  openConnectorVaultFile,
} from '../../../src/main/secrets/connector-vault-file.ts';
import { openKeyFileSecretStore } from '../../../src/main/secrets/key-file-secret-store.ts';
import { SecretStoreError } from '../../../src/main/secrets/secret-store.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'vault-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const TOKEN = 'rotating-refresh-token-0123456789-secret';
const NOW = Date.parse('2026-03-01T10:00:00.000Z');
const open = (dir: string) => ConnectorVaultFile.open(dir, openKeyFileSecretStore(dir, 'linux'));

describe('connector vault file', () => {
  it('seals each value, writes the file 0600 with no clear token, and reopens it after a restart', () => {
    const dir = tempDir();
    const vault = open(dir);
    vault.forSource('bsky').set('session', TOKEN);
    vault.forSource('google').set('token', 'another-secret-value');
    const file = join(dir, CONNECTOR_SECRETS_FILE);
    const bytes = readFileSync(file);
    expect(bytes.includes(TOKEN)).toBe(false);
    expect(bytes.includes('another-secret-value')).toBe(false);
    expect(JSON.parse(bytes.toString('utf8'))).toEqual({
      bsky: { session: expect.stringMatching(/^v1:/) },
      google: { token: expect.stringMatching(/^v1:/) },
    });
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    // No temp file left beside it.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const again = open(dir);
    expect(again.forSource('bsky').get('session')).toBe(TOKEN);
    expect(again.forSource('google').get('token')).toBe('another-secret-value');
    again.forSource('bsky').set('session', undefined);
    expect(open(dir).forSource('bsky').get('session')).toBeUndefined();
    expect(open(dir).forSource('google').get('token')).toBe('another-secret-value');
  });

  it('no file yet: empty, and nothing is written until a value is set', () => {
    const dir = tempDir();
    expect(open(dir).forSource('x').get('a')).toBeUndefined();
    expect(existsSync(join(dir, CONNECTOR_SECRETS_FILE))).toBe(false);
  });

  it('a source removed from the configuration loses its entries at the next write', () => {
    const dir = tempDir();
    const vault = open(dir);
    vault.forSource('old').set('session', TOKEN);
    vault.keepOnly(['kept']);
    // Not yet written: the file still holds it until the next change.
    expect(Object.keys(JSON.parse(readFileSync(join(dir, CONNECTOR_SECRETS_FILE), 'utf8')))).toEqual(['old']);
    vault.forSource('kept').set('token', 'v');
    expect(Object.keys(JSON.parse(readFileSync(join(dir, CONNECTOR_SECRETS_FILE), 'utf8')))).toEqual(['kept']);
    expect(vault.forSource('old').get('session')).toBeUndefined();
  });

  it('a wrong key file → a clear error naming the file, never quoting the secret; the wall starts with an empty vault', () => {
    const first = tempDir();
    open(first).forSource('bsky').set('session', TOKEN);
    const other = tempDir();
    copyFileSync(join(first, CONNECTOR_SECRETS_FILE), join(other, CONNECTOR_SECRETS_FILE));
    const sealed = JSON.parse(readFileSync(join(other, CONNECTOR_SECRETS_FILE), 'utf8')).bsky.session as string;
    const error = (() => {
      try {
        open(other);
      } catch (e) {
        return e;
      }
      return undefined;
    })() as Error;
    expect(error).toBeInstanceOf(SecretStoreError);
    expect(error.message).toContain(join(other, CONNECTOR_SECRETS_FILE));
    expect(error.message).toContain('cannot be opened with this wall');
    expect(error.message).not.toContain(TOKEN);
    expect(error.message).not.toContain(sealed);
    expect(error.message).not.toContain(sealed.slice(3, 20));

    const reports: string[] = [];
    const details: unknown[] = [];
    const vault = openConnectorVaultFile(
      other,
      openKeyFileSecretStore(other, 'linux'),
      (m, d) => (reports.push(m), details.push(d)),
      NOW,
    );
    const aside = `${join(other, CONNECTOR_SECRETS_FILE)}.corrupt-2026-03-01T10-00-00-000Z`;
    expect(reports).toHaveLength(1);
    expect(reports[0]).toContain(error.message);
    // Kept for IT, and the sources that lost their tokens are named with what to do.
    expect(reports[0]).toContain(`It was kept as ${aside}.`);
    expect(reports[0]).toContain('The run-time tokens of "bsky" are lost');
    expect(reports[0]).toContain('entered again in Settings');
    expect(reports[0]).not.toContain(sealed.slice(3, 20));
    // The same, as a code and values the settings page words in its language (no secret among them).
    expect(details).toEqual([
      {
        code: 'connector-secrets-moved-aside',
        params: { file: join(other, CONNECTOR_SECRETS_FILE), reason: 'other-key', movedTo: aside, sources: ['bsky'] },
      },
    ]);
    expect(JSON.stringify(details)).not.toContain(sealed.slice(3, 20));
    expect(readFileSync(aside, 'utf8')).toContain(sealed);
    expect(vault.forSource('bsky').get('session')).toBeUndefined();
    vault.forSource('bsky').set('session', 'fresh-token-after-login');
    expect(open(other).forSource('bsky').get('session')).toBe('fresh-token-after-login');
  });

  it('a write that fails is reported with its code (the value stays in memory)', () => {
    const dir = tempDir();
    const reports: string[] = [];
    const details: unknown[] = [];
    const vault = ConnectorVaultFile.open(
      dir,
      openKeyFileSecretStore(dir, 'linux'),
      (m, d) => (reports.push(m), details.push(d)),
    );
    // After the vault opened, a directory where the file goes: the write's rename fails with EISDIR.
    const file = join(dir, CONNECTOR_SECRETS_FILE);
    mkdirSync(file);
    vault.forSource('bsky').set('session', TOKEN);
    expect(reports).toEqual([
      `The connectors' run-time secrets could not be written to ${file} (EISDIR): kept in memory, retried at the next change.`,
    ]);
    expect(details).toEqual([{ code: 'connector-secrets-not-written', params: { file, error: 'EISDIR' } }]);
    expect(vault.forSource('bsky').get('session')).toBe(TOKEN);
  });

  it('a file that cannot be read (EISDIR) is not called "not JSON": reported with its code, kept in place, never overwritten', () => {
    const dir = tempDir();
    const file = join(dir, CONNECTOR_SECRETS_FILE);
    // A directory at the file's path: reading fails with EISDIR (an I/O error, like EBUSY or EPERM on Windows).
    mkdirSync(file);
    writeFileSync(join(file, 'inside'), 'kept');
    const error = (() => {
      try {
        open(dir);
      } catch (e) {
        return e;
      }
      return undefined;
    })() as Error;
    expect(error).toBeInstanceOf(SecretStoreError);
    expect(error.message).toBe(`The connectors' run-time secrets file ${file} cannot be read (EISDIR).`);

    const reports: string[] = [];
    const details: unknown[] = [];
    const vault = openConnectorVaultFile(
      dir,
      openKeyFileSecretStore(dir, 'linux'),
      (m, d) => (reports.push(m), details.push(d)),
      NOW,
    );
    expect(reports).toHaveLength(1);
    expect(reports[0]).toContain('cannot be read (EISDIR)');
    expect(reports[0]).not.toContain('not readable JSON');
    expect(reports[0]).toContain('It was kept in place, not moved');
    expect(reports[0]).toContain('in memory until the next start');
    expect(details).toEqual([
      { code: 'connector-secrets-unreadable', params: { file, readError: 'EISDIR', sources: [] } },
    ]);
    // Not moved aside.
    expect(readdirSync(dir).filter((f) => f.includes('.corrupt-'))).toEqual([]);
    expect(statSync(file).isDirectory()).toBe(true);

    // Memory only until the next start: a token is kept, nothing is written (no temp file, no replacement).
    vault.forSource('bsky').set('session', TOKEN);
    expect(vault.forSource('bsky').get('session')).toBe(TOKEN);
    expect(statSync(file).isDirectory()).toBe(true);
    expect(readFileSync(join(file, 'inside'), 'utf8')).toBe('kept');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(reports).toHaveLength(1);
  });

  it('a file that cannot be read at start is never overwritten once it reads again (the same run stays in memory)', () => {
    const dir = tempDir();
    const file = join(dir, CONNECTOR_SECRETS_FILE);
    open(dir).forSource('google').set('token', 'good-token-on-disk');
    const good = readFileSync(file, 'utf8');
    // Simulate a transient read error (antivirus lock) by making the path a directory at start, then putting the good file back.
    rmSync(file);
    mkdirSync(file);
    const vault = openConnectorVaultFile(dir, openKeyFileSecretStore(dir, 'linux'), () => {}, NOW);
    rmSync(file, { recursive: true });
    writeFileSync(file, good);
    vault.forSource('bsky').set('session', TOKEN);
    expect(readFileSync(file, 'utf8')).toBe(good);
    expect(open(dir).forSource('google').get('token')).toBe('good-token-on-disk');
  });

  it('a file that is not JSON → an error naming the file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, CONNECTOR_SECRETS_FILE), '{"bsky": ');
    expect(() => open(dir)).toThrow(join(dir, CONNECTOR_SECRETS_FILE));
  });

  it('a damaged file is moved aside (a second one beside it too), reported, and the next change writes a valid file', () => {
    const dir = tempDir();
    const file = join(dir, CONNECTOR_SECRETS_FILE);
    const reports: string[] = [];
    const details: unknown[] = [];
    const start = () =>
      openConnectorVaultFile(
        dir,
        openKeyFileSecretStore(dir, 'linux'),
        (m, d) => (reports.push(m), details.push(d)),
        NOW,
      );

    writeFileSync(file, '\u0000garbage{{');
    const vault = start();
    expect(existsSync(file)).toBe(false);
    expect(readFileSync(`${file}.corrupt-2026-03-01T10-00-00-000Z`, 'utf8')).toBe('\u0000garbage{{');
    expect(reports[0]).toMatch(
      /is not readable JSON\. It was kept as .*corrupt-2026-03-01T10-00-00-000Z\. The connectors' run-time tokens \(Bluesky sessions, renewed Google tokens\) are lost/,
    );
    expect(details[0]).toEqual({
      code: 'connector-secrets-moved-aside',
      params: { file, reason: 'not-json', movedTo: `${file}.corrupt-2026-03-01T10-00-00-000Z`, sources: [] },
    });

    vault.forSource('google').set('token', 'renewed-after-loss');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ google: { token: expect.stringMatching(/^v1:/) } });
    expect(open(dir).forSource('google').get('token')).toBe('renewed-after-loss');

    // Damaged again within the same millisecond: the first copy is kept, the second gets its own name.
    writeFileSync(file, '[1, 2]');
    start();
    expect(readFileSync(`${file}.corrupt-2026-03-01T10-00-00-000Z-1`, 'utf8')).toBe('[1, 2]');
    expect(reports[1]).toContain('is damaged.');
    expect(details[1]).toEqual({
      code: 'connector-secrets-moved-aside',
      params: { file, reason: 'damaged', movedTo: `${file}.corrupt-2026-03-01T10-00-00-000Z-1`, sources: [] },
    });
    expect(readdirSync(dir).filter((f) => f.includes('.corrupt-'))).toHaveLength(2);
  });
});
