import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION as LATEST } from '../../../src/main/store/migrations/index.ts';
import { at, makePost } from './post-factory.ts';
import { ALL, keysOf, openTestStore, tempDbPath, TestClock } from './store-test-kit.ts';

const NOW = Date.parse('2026-03-02T08:15:30.123Z');
const STAMP = '2026-03-02T08-15-30-123Z';

function filesBeside(path: string): string[] {
  return readdirSync(dirname(path)).sort();
}

describe('a database the store cannot use is moved aside, never destroyed', () => {
  it('garbage bytes: kept byte for byte under .corrupt-<time>, the store starts clean, IT is told', async () => {
    const path = tempDbPath();
    const garbage = randomBytes(8192);
    writeFileSync(path, garbage);

    const store = openTestStore(path, new TestClock(NOW));

    const movedTo = `${path}.corrupt-${STAMP}`;
    expect(readFileSync(movedTo).equals(garbage)).toBe(true);
    expect(store.notices).toEqual([
      {
        level: 'warning',
        message: expect.stringContaining(movedTo),
        at: new Date(NOW).toISOString(),
        code: 'database-moved-aside',
        params: { file: path, movedTo, problem: expect.stringMatching(/not a database/) },
      },
    ]);
    // The English sentence for logs, unchanged.
    expect(store.notices[0]?.message).toMatch(
      new RegExp(
        `^The database ${path} was damaged \\(.+\\)\\. It was moved to ${movedTo} and the wall started with an empty database; posts will be fetched again\\.$`,
      ),
    );
    expect(store.logLines.some((l) => l.includes('"level":"warn"') && l.includes(movedTo))).toBe(true);
    // The new database works.
    await store.writer.upsertMany([makePost({ id: 'after', createdAt: at(0) })]);
    expect(keysOf(await store.reader.newestForPanel(ALL, 5))).toEqual(['mastodon:after']);
  });

  it('a damaged page found by the integrity check: moved aside untouched, with its WAL', async () => {
    const path = tempDbPath();
    const first = openTestStore(path);
    await first.writer.upsertMany(
      Array.from({ length: 400 }, (_, i) => makePost({ id: `c${i}`, text: 'x'.repeat(500) })),
    );
    await first.close();
    // Power lost with recent writes still in the WAL: the WAL must move with the file, not be folded into it.
    const crashed = new Database(path);
    crashed.pragma('wal_autocheckpoint = 0');
    crashed.prepare("UPDATE posts SET rating = 5 WHERE key = 'mastodon:c399'").run();
    const wal = readFileSync(`${path}-wal`);
    const bytes = readFileSync(path);
    crashed.close();
    // Damage two pages in the middle of the file (page 1, the header, stays valid).
    bytes.fill(0xa5, 4096 * 3, 4096 * 5);
    writeFileSync(path, bytes);
    writeFileSync(`${path}-wal`, wal);
    expect(wal.length).toBeGreaterThan(0);

    const store = openTestStore(path, new TestClock(NOW));

    const movedTo = `${path}.corrupt-${STAMP}`;
    expect(readFileSync(movedTo).equals(bytes)).toBe(true);
    expect(readFileSync(`${movedTo}-wal`).equals(wal)).toBe(true);
    expect(store.notices).toEqual([
      {
        level: 'warning',
        message: expect.stringMatching(/damaged \(integrity check: .+\)/),
        at: new Date(NOW).toISOString(),
        code: 'database-moved-aside',
        params: { file: path, movedTo, problem: expect.stringMatching(/^integrity check: .+/) },
      },
    ]);
    expect(await store.reader.newestForPanel(ALL, 5)).toEqual([]);
  });

  it('a newer schema version: moved aside to .newer-<time>, intact, with a notice', async () => {
    const path = tempDbPath();
    const first = openTestStore(path);
    await first.writer.upsertMany([makePost({ id: 'from-the-future' })]);
    await first.close();
    const newer = new Database(path);
    newer.pragma('user_version = 999');
    newer.close();
    const before = readFileSync(path);

    const store = openTestStore(path, new TestClock(NOW));

    const movedTo = `${path}.newer-${STAMP}`;
    expect(readFileSync(movedTo).equals(before)).toBe(true);
    expect(store.notices).toEqual([
      {
        level: 'warning',
        message:
          `The database ${path} was written by a newer version of Social Wall (schema version 999, this version knows up to ${LATEST}). ` +
          `It was moved to ${movedTo} and the wall started with an empty database; install the newer version to use it.`,
        at: new Date(NOW).toISOString(),
        code: 'database-newer',
        params: { file: path, movedTo, version: 999, latest: LATEST },
      },
    ]);
    expect(await store.reader.newestForPanel(ALL, 5)).toEqual([]);
    const kept = new Database(movedTo, { readonly: true });
    expect(kept.prepare('SELECT key FROM posts').pluck().all()).toEqual(['mastodon:from-the-future']);
    kept.close();
  });

  it('two moves in the same millisecond do not overwrite each other', async () => {
    const path = tempDbPath();
    const clock = new TestClock(NOW);
    writeFileSync(path, Buffer.from('first garbage, long enough to be a header '.repeat(10)));
    await openTestStore(path, clock).close();
    writeFileSync(path, Buffer.from('second garbage, long enough to be a header '.repeat(10)));
    await openTestStore(path, clock).close();

    const aside = filesBeside(path).filter((f) => f.includes('.corrupt-'));
    expect(aside).toEqual([`wall.db.corrupt-${STAMP}`, `wall.db.corrupt-${STAMP}-1`]);
    expect(readFileSync(join(dirname(path), aside[1] ?? '')).toString()).toMatch(/^second/);
  });

  it('a healthy database is left where it is, with no notice', async () => {
    const path = tempDbPath();
    await openTestStore(path).close();
    const store = openTestStore(path);
    expect(store.notices).toEqual([]);
    expect(filesBeside(path).filter((f) => f.includes('.corrupt-') || f.includes('.newer-'))).toEqual([]);
  });
});
