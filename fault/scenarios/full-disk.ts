// A full disk under the data folder (a small tmpfs; mounting one needs root): the wall says so in a notice,
// keeps every post it acknowledged, and takes posts again as soon as space is freed.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { HealthResponse } from '../../src/shared/api-contract.ts';
import { withTmpfs } from '../tmpfs.ts';
import { startWallProcess } from '../wall-process.ts';
import { pushReviews, review, SITE_CONFIG } from '../site-feed.ts';

export type FullDiskFigures =
  | { skipped: string }
  | {
      acknowledged: number;
      lostAcknowledged: number;
      notice: string;
      screensAnswered: boolean;
      recoveryMs: number;
      noticeGoneAfterRecovery: boolean;
    };

export function fullDisk(dir: string): Promise<FullDiskFigures> {
  const mount = join(dir, 'full-disk');
  return withTmpfs(mount, 6, async () => {
    const dataDir = join(mount, 'data');
    mkdirSync(dataDir);
    writeFileSync(join(mount, 'filler'), Buffer.alloc(2 * 2 ** 20));
    writeFileSync(join(dataDir, 'config.json'), JSON.stringify(SITE_CONFIG));
    const wall = await startWallProcess(dataDir, ['--log-level', 'warn']);
    const acknowledged: string[] = [];
    let next = 0;
    const push = async () => {
      const batch = Array.from({ length: 20 }, () => review(`d${next++}`, 'très bien '.repeat(300)));
      const ok = await pushReviews(wall.port, batch);
      if (ok) acknowledged.push(...batch.map((r) => String(r['id'])));
      return ok;
    };
    for (let i = 0; i < 500 && (await push()); i++);
    const health = (await (
      await fetch(`http://127.0.0.1:${wall.port}/api/health`, { headers: wall.display })
    ).json()) as HealthResponse;
    const notice = health.notices.find((n) => n.code === 'storage-failed')?.message ?? 'none';
    const screensAnswered =
      (await fetch(`http://127.0.0.1:${wall.port}/api/panels/reviews/posts`, { headers: wall.display })).status === 200;
    rmSync(join(mount, 'filler'));
    const freedAt = Date.now();
    while (!(await push()) && Date.now() - freedAt < 120_000) await new Promise((r) => setTimeout(r, 200));
    const recoveryMs = Date.now() - freedAt;
    const after = (await (
      await fetch(`http://127.0.0.1:${wall.port}/api/health`, { headers: wall.display })
    ).json()) as HealthResponse;
    await wall.stop();
    const db = new Database(join(dataDir, 'wall.db'), { readonly: true });
    const keys = new Set(
      (db.prepare(`SELECT key FROM posts WHERE source_id = 'site'`).pluck().all() as string[]).map((k) =>
        k.slice(k.lastIndexOf(':') + 1),
      ),
    );
    db.close();
    return {
      acknowledged: acknowledged.length,
      lostAcknowledged: acknowledged.filter((id) => !keys.has(id)).length,
      notice,
      screensAnswered,
      recoveryMs,
      noticeGoneAfterRecovery: !after.notices.some((n) => n.code === 'storage-failed'),
    };
  });
}
