// A damaged connector-secrets.json at start: the real wall moves it aside, logs it, shows it among the
// health notices (where the settings page reads them) and keeps running; the next token it saves goes to a
// fresh, valid file. One that cannot be read at all (an I/O error) is left in place, with its own notice.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { memoryLogger } from '../../../src/main/logger.ts';
import { CONNECTOR_SECRETS_FILE, ConnectorVaultFile } from '../../../src/main/secrets/connector-vault-file.ts';
import { openKeyFileSecretStore } from '../../../src/main/secrets/key-file-secret-store.ts';
import { startWall, type RunningWall } from '../../../src/main/wall.ts';

let dir: string | undefined;
let wall: RunningWall | undefined;
afterEach(async () => {
  await wall?.stop();
  wall = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it('moves the damaged file aside, logs and shows a notice, and writes a valid file at the next change', async () => {
  dir = mkdtempSync(join(tmpdir(), 'wall-vault-'));
  const dataDir = join(dir, 'data');
  mkdirSync(dataDir);
  const file = join(dataDir, CONNECTOR_SECRETS_FILE);
  writeFileSync(file, 'not json at all');
  const logger = memoryLogger();
  wall = await startWall({ dataDir, logger, port: 0, config: { sources: [{ id: 'demo', type: 'demo' }] } });

  const asides = readdirSync(dataDir).filter((f) => f.startsWith(`${CONNECTOR_SECRETS_FILE}.corrupt-`));
  expect(asides).toHaveLength(1);
  expect(readFileSync(join(dataDir, asides[0] ?? ''), 'utf8')).toBe('not json at all');
  expect(existsSync(file)).toBe(false);

  const notice = wall.engine.health().notices.find((n) => n.message.includes(CONNECTOR_SECRETS_FILE));
  expect(notice?.level).toBe('warning');
  expect(notice?.message).toContain(`It was kept as ${join(dataDir, asides[0] ?? '')}.`);
  expect(notice?.message).toContain('entered again in Settings');
  // What the settings page words in its language (GET /api/settings and /api/health carry it as is).
  expect(notice?.code).toBe('connector-secrets-moved-aside');
  expect(notice?.params).toEqual({ file, reason: 'not-json', movedTo: join(dataDir, asides[0] ?? ''), sources: [] });
  expect(logger.lines.some((l) => l.includes('connector secrets') && l.includes('not readable JSON'))).toBe(true);

  // What a connector saves from now on lands in a fresh file this wall can open again.
  ConnectorVaultFile.open(dataDir, openKeyFileSecretStore(dataDir)).forSource('demo').set('token', 'fresh');
  expect(ConnectorVaultFile.open(dataDir, openKeyFileSecretStore(dataDir)).forSource('demo').get('token')).toBe(
    'fresh',
  );
});

it('leaves a file that cannot be read (EISDIR) in place, with its own notice (not "moved aside")', async () => {
  dir = mkdtempSync(join(tmpdir(), 'wall-vault-'));
  const dataDir = join(dir, 'data');
  mkdirSync(dataDir);
  const file = join(dataDir, CONNECTOR_SECRETS_FILE);
  // A directory at the file's path: reading fails with EISDIR (an I/O error, like EBUSY or EPERM on Windows).
  mkdirSync(file);
  const logger = memoryLogger();
  wall = await startWall({ dataDir, logger, port: 0, config: { sources: [{ id: 'demo', type: 'demo' }] } });

  expect(readdirSync(dataDir).filter((f) => f.startsWith(`${CONNECTOR_SECRETS_FILE}.corrupt-`))).toEqual([]);
  expect(existsSync(file)).toBe(true);
  const notices = wall.engine.health().notices.filter((n) => n.message.includes(CONNECTOR_SECRETS_FILE));
  expect(notices.map((n) => n.code)).toEqual(['connector-secrets-unreadable']);
  expect(notices[0]?.level).toBe('warning');
  expect(notices[0]?.params).toEqual({ file, readError: 'EISDIR', sources: [] });
  expect(notices[0]?.message).toContain('It was kept in place, not moved');
});
