import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { SourceEvent } from '../src/connectors/connector.ts';
import { validateCandidates } from '../src/main/engine/validate-candidates.ts';
import { memoryLogger } from '../src/main/logger.ts';
import { openSqliteStore } from '../src/main/store/open-sqlite-store.ts';
import { toPostRow, postRowValues, POST_ROW_COLUMNS } from '../src/main/store/post-row.ts';
import { syntheticCandidate } from './synthetic-posts.ts';
const stamp = { sourceId: 'bench', cachePolicy: { mode: 'persist' } as const, fetchedAt: new Date().toISOString() };
const dir = mkdtempSync(join(tmpdir(), 'share-'));
const cacheKb = Number(process.argv[2] ?? 0);
for (let run = 0; run < 3; run++) {
  const events: SourceEvent[] = Array.from({ length: 20000 }, (_, i) => ({ type: 'upsert', item: syntheticCandidate(i, `s${run}`) }));
  const posts = validateCandidates(events, stamp).posts;
  const rows = posts.map(toPostRow);
  const res: Record<string, number> = {};
  for (const mode of ['named-insert', 'pos-insert-do-nothing', 'upsertMany']) {
    const path = join(dir, `${run}-${mode}.db`);
    if (mode === 'upsertMany') {
      const store = openSqliteStore({ path, logger: memoryLogger('error') });
      const t = performance.now(); for (let i = 0; i < posts.length; i += 500) store.writer.upsertMany(posts.slice(i, i + 500)); res[mode] = performance.now() - t;
      store.close(); continue;
    }
    openSqliteStore({ path, logger: memoryLogger('error') }).close();
    const d = new Database(path); d.pragma('journal_mode=WAL'); d.pragma('synchronous=NORMAL');
    if (cacheKb) d.pragma(`cache_size=-${cacheKb}`);
    const sql = mode === 'named-insert'
      ? `INSERT INTO posts (${POST_ROW_COLUMNS.join(',')}) VALUES (${POST_ROW_COLUMNS.map((c) => '@' + c).join(',')})`
      : `INSERT INTO posts (${POST_ROW_COLUMNS.join(',')}) VALUES (${POST_ROW_COLUMNS.map(() => '?').join(',')}) ON CONFLICT (key) DO NOTHING`;
    const st = d.prepare(sql);
    const tx = d.transaction((c: typeof rows) => { for (const r of c) mode === 'named-insert' ? st.run(r) : st.run(...postRowValues(r)); });
    const t = performance.now(); for (let i = 0; i < rows.length; i += 500) tx(rows.slice(i, i + 500)); res[mode] = performance.now() - t;
    d.close();
  }
  console.log(Object.fromEntries(Object.entries(res).map(([k, v]) => [k, Math.round(20000 / v * 1000)])));
}
