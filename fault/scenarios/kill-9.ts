// kill -9 at random moments while the site's webhook feeds the wall: every acknowledged post must be stored
// after the restarts, the database must pass SQLite's integrity check, and no post may be stored twice.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { startWallProcess } from '../wall-process.ts';
import { pushReviews, review, SITE_CONFIG } from '../site-feed.ts';

export interface Kill9Figures {
  kills: number;
  acknowledged: number;
  stored: number;
  lostAcknowledged: number;
  duplicates: number;
  integrity: string;
}

export async function kill9(dir: string, kills: number, random: () => number): Promise<Kill9Figures> {
  const dataDir = join(dir, 'kill-9');
  const configFile = join(dir, 'kill-9.json');
  writeFileSync(configFile, JSON.stringify(SITE_CONFIG));
  const acknowledged: string[] = [];
  let next = 0;
  for (let round = 0; round < kills; round++) {
    const wall = await startWallProcess(dataDir, ['--config', configFile, '--log-level', 'warn']);
    const killAt = Date.now() + 300 + random() * 1_700;
    const senders = [0, 1, 2].map(async () => {
      while (Date.now() < killAt + 500) {
        const batch = Array.from({ length: 10 }, () => review(`k${next++}`));
        if (await pushReviews(wall.port, batch)) acknowledged.push(...batch.map((r) => String(r['id'])));
        else if (wall.child.exitCode !== null || wall.child.signalCode !== null) return;
      }
    });
    await new Promise((r) => setTimeout(r, killAt - Date.now()));
    await wall.kill9();
    await Promise.all(senders);
  }
  // A last start replays the WAL as the wall would, then a clean stop.
  const last = await startWallProcess(dataDir, ['--config', configFile, '--log-level', 'warn']);
  await last.stop();
  const db = new Database(join(dataDir, 'wall.db'), { readonly: true });
  const integrity = (db.prepare('PRAGMA integrity_check').pluck().get() as string) ?? 'unknown';
  const keys = db.prepare(`SELECT key FROM posts WHERE source_id = 'site'`).pluck().all() as string[];
  db.close();
  const ids = keys.map((k) => k.slice(k.lastIndexOf(':') + 1));
  const stored = new Set(ids);
  return {
    kills,
    acknowledged: acknowledged.length,
    stored: stored.size,
    lostAcknowledged: acknowledged.filter((id) => !stored.has(id)).length,
    duplicates: ids.length - stored.size,
    integrity,
  };
}
