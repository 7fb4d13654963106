// Damaged and foreign files at start: a config.json that is not JSON, a wall.db that is garbage or from a
// newer version, a provisioned --config that is not JSON. The first three start the wall with a notice and
// the file kept aside; the last is refused with a message and left as it is.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { HealthResponse } from '../../src/shared/api-contract.ts';
import { startWallProcess } from '../wall-process.ts';

export interface DamagedFilesFigures {
  configNotJson: string;
  databaseGarbage: string;
  databaseNewer: string;
  provisionedNotJson: string;
}

async function startAndReadNotices(dataDir: string): Promise<string> {
  const wall = await startWallProcess(dataDir, ['--log-level', 'warn']);
  const health = (await (
    await fetch(`http://127.0.0.1:${wall.port}/api/health`, { headers: wall.display })
  ).json()) as HealthResponse;
  await wall.stop();
  const aside = readdirSync(dataDir).filter((f) => /corrupt|newer/.test(f));
  return `started; notices: ${health.notices.map((n) => n.code).join(', ') || 'none'}; kept aside: ${aside.join(', ') || 'nothing'}`;
}

export async function damagedFiles(dir: string): Promise<DamagedFilesFigures> {
  const folder = (name: string) => {
    const path = join(dir, name);
    mkdirSync(path, { recursive: true });
    return path;
  };
  const config = folder('config-not-json');
  writeFileSync(join(config, 'config.json'), '{"sources": [');
  const garbage = folder('database-garbage');
  writeFileSync(join(garbage, 'wall.db'), Buffer.alloc(64 * 1024, 0x5a));
  const newer = folder('database-newer');
  const db = new Database(join(newer, 'wall.db'));
  db.pragma('user_version = 999');
  db.close();
  const provisioned = folder('provisioned');
  const file = join(provisioned, 'provisioned.json');
  writeFileSync(file, '{"sources": [');
  let provisionedNotJson: string;
  try {
    await startWallProcess(folder('provisioned-data'), ['--config', file]);
    provisionedNotJson = 'started (wrong)';
  } catch (err) {
    const untouched = readFileSync(file, 'utf8') === '{"sources": [' && readdirSync(provisioned).length === 1;
    provisionedNotJson = `refused: "${/\(file\): [^\n]*/.exec((err as Error).message)?.[0] ?? 'no message'}"; file ${untouched ? 'left as it was' : 'CHANGED'}`;
  }
  return {
    configNotJson: await startAndReadNotices(config),
    databaseGarbage: await startAndReadNotices(garbage),
    databaseNewer: await startAndReadNotices(newer),
    provisionedNotJson,
  };
}
