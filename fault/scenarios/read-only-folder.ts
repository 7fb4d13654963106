// A data folder whose disk is read-only (remounted so after errors) when the wall starts: the start stops with
// what to do, the files untouched; once the disk is writable again the wall starts with every post it had.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withTmpfs } from '../tmpfs.ts';
import { startWallProcess } from '../wall-process.ts';
import { pushReviews, review, SITE_CONFIG } from '../site-feed.ts';

export type ReadOnlyFigures =
  | { skipped: string }
  | { acknowledged: number; startOnReadOnly: string; storedAfterRemountRw: number; lostAcknowledged: number };

async function storedCount(port: number, display: Record<string, string>): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}/api/panels/reviews/posts?limit=200`, { headers: display });
  return ((await res.json()) as { posts: unknown[] }).posts.length;
}

export function readOnlyFolder(dir: string): Promise<ReadOnlyFigures> {
  return withTmpfs(join(dir, 'read-only'), 8, async (disk) => {
    const dataDir = join(dir, 'read-only', 'data');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, 'config.json'), JSON.stringify(SITE_CONFIG));
    const first = await startWallProcess(dataDir, ['--log-level', 'warn']);
    let acknowledged = 0;
    for (let i = 0; i < 5; i++) {
      const batch = Array.from({ length: 10 }, (_, j) => review(`ro${i * 10 + j}`));
      if (await pushReviews(first.port, batch)) acknowledged += batch.length;
    }
    await first.stop();
    disk.readOnly(true);
    let startOnReadOnly: string;
    try {
      const wrong = await startWallProcess(dataDir, ['--log-level', 'warn'], 30_000);
      await wrong.stop();
      startOnReadOnly = 'started (without saying the folder is read-only)';
    } catch (err) {
      startOnReadOnly = `refused: "${/could not start: ([^\n]*)/.exec((err as Error).message)?.[1] ?? (err as Error).message}"`;
    }
    disk.readOnly(false);
    const again = await startWallProcess(dataDir, ['--log-level', 'warn']);
    const stored = await storedCount(again.port, again.display);
    await again.stop();
    return { acknowledged, startOnReadOnly, storedAfterRemountRw: stored, lostAcknowledged: acknowledged - stored };
  });
}
