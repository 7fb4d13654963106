// The connector vault's problems among the wall's notices: a write that keeps failing (disk full, hourly token
// renewals) shows one notice, replaced by the latest, never a growing list; a later successful write clears it.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { memoryLogger } from '../../../src/main/logger.ts';
import { CONNECTOR_SECRETS_FILE, openConnectorVaultFile } from '../../../src/main/secrets/connector-vault-file.ts';
import { openKeyFileSecretStore } from '../../../src/main/secrets/key-file-secret-store.ts';
import { vaultNotices } from '../../../src/main/secrets/vault-notices.ts';
import type { WallNotice } from '../../../src/shared/health.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

it('failed writes replace one notice instead of piling up; the next good write removes it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vault-notices-'));
  dirs.push(dir);
  const other: WallNotice = { level: 'error', message: 'config refused', at: '2026-03-01T10:00:00.000Z' };
  const notices: WallNotice[] = [other];
  const logger = memoryLogger();
  const { report, written } = vaultNotices(notices, logger);
  const vault = openConnectorVaultFile(
    dir,
    openKeyFileSecretStore(dir, 'linux'),
    report,
    Date.now(),
    written,
  ).forSource('google');

  // A directory where the file goes: every write fails (EISDIR), as on a full disk.
  const blocker = join(dir, CONNECTOR_SECRETS_FILE);
  mkdirSync(blocker);
  for (let hour = 0; hour < 5; hour++) vault.set('token', `renewed-${hour}`);
  const failed = notices.filter((n) => n.code === 'connector-secrets-not-written');
  expect(failed).toHaveLength(1);
  expect(notices).toHaveLength(2);
  expect(notices[0]).toBe(other);
  expect(failed[0]?.params).toEqual({ file: join(dir, CONNECTOR_SECRETS_FILE), error: 'EISDIR' });
  // Every failure is still logged.
  expect(logger.lines.filter((l) => l.includes('connector secrets')).length).toBe(5);

  // The disk has room again: the next renewal is written and the notice goes away; the others stay.
  rmSync(blocker, { recursive: true });
  vault.set('token', 'renewed-5');
  expect(notices).toEqual([other]);
});
